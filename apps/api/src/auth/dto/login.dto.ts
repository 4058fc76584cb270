import type { LoginRequest } from '@interview-prep/contracts';
import { EmailField, PasswordField } from './auth-fields';

export class LoginDto implements LoginRequest {
  @EmailField()
  email!: string;

  @PasswordField()
  password!: string;
}
