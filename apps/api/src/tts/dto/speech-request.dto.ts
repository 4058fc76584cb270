import { TTS_MAX_TEXT_LENGTH, type SpeechRequest } from '@interview-prep/contracts';
import { TextField } from '../../common/validation/decorators';

export class SpeechRequestDto implements SpeechRequest {
  /** What to say, 1 to 2,000 characters after trimming. */
  @TextField({
    max: TTS_MAX_TEXT_LENGTH,
    example: 'Tell me about a time you disagreed with a teammate.',
  })
  text!: string;

  /**
   * A voice of the provider that answers: an offline voice (kal16, slt, awb, rms, kal) or an
   * ElevenLabs voice id. Another provider's voice is ignored and the configured one used.
   */
  @TextField({ optional: true, max: 64, pattern: /^[A-Za-z0-9_-]+$/, example: 'slt' })
  voice?: string;
}
