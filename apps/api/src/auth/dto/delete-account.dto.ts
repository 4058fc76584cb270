import type { DeleteAccountRequest } from '@interview-prep/contracts';
import { PasswordField } from './auth-fields';

export class DeleteAccountDto implements DeleteAccountRequest {
  @PasswordField('The account password, to confirm the deletion.')
  password!: string;
}
