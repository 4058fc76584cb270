import type { SignupRequest } from '@interview-prep/contracts';
import { EmailField, FullNameField, NewPasswordField } from './auth-fields';

export class SignupDto implements SignupRequest {
  @EmailField()
  email!: string;

  @NewPasswordField('The password to log in with.')
  password!: string;

  @FullNameField({ nullable: false })
  full_name?: string;
}
