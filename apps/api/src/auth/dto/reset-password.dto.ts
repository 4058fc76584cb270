import type { ResetPasswordRequest } from '@interview-prep/contracts';
import { LinkTokenField, NewPasswordField } from './auth-fields';

export class ResetPasswordDto implements ResetPasswordRequest {
  @LinkTokenField()
  token!: string;

  @NewPasswordField()
  new_password!: string;
}
