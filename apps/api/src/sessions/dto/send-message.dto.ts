import { MESSAGE_MAX_CHARS, type SendMessageRequest } from '@interview-prep/contracts';
import { TextField } from '../../common/validation/decorators';

export class SendMessageDto implements SendMessageRequest {
  @TextField({ max: MESSAGE_MAX_CHARS, example: 'I would use a hash map from value to index...' })
  content!: string;

  @TextField({
    max: 100,
    pattern: /^[\w-]+$/,
    example: '5b0f4a52-3c2e-4bba-8a7e-0c4f1b9d2e11',
    description: 'Chosen by the client per message; a retried post returns the first result',
  })
  client_message_id!: string;
}
