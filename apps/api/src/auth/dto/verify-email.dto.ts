import type { VerifyEmailRequest } from '@interview-prep/contracts';
import { LinkTokenField } from './auth-fields';

export class VerifyEmailDto implements VerifyEmailRequest {
  @LinkTokenField()
  token!: string;
}
