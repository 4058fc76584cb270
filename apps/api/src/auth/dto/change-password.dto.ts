import type { ChangePasswordRequest } from '@interview-prep/contracts';
import { NewPasswordField, PasswordField } from './auth-fields';

export class ChangePasswordDto implements ChangePasswordRequest {
  @PasswordField('The password in use now.')
  current_password!: string;

  @NewPasswordField()
  new_password!: string;
}
