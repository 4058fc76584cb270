import type { ForgotPasswordRequest } from '@interview-prep/contracts';
import { EmailField } from './auth-fields';

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @EmailField()
  email!: string;
}
