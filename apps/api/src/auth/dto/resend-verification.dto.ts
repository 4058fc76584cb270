import type { ResendVerificationRequest } from '@interview-prep/contracts';
import { EmailField } from './auth-fields';

export class ResendVerificationDto implements ResendVerificationRequest {
  @EmailField()
  email!: string;
}
