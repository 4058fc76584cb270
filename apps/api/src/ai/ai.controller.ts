import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AiStatusDto } from './ai-status.dto';
import { LlmClient } from './llm-client';

@ApiTags('ai')
@ApiBearerAuth('bearer')
@Controller('ai')
export class AiController {
  constructor(private readonly llm: LlmClient) {}

  @Get('status')
  @ApiOperation({ summary: 'Is the LLM configured and answering? (the AI badge)' })
  @ApiOkResponse({ type: AiStatusDto })
  status() {
    return this.llm.status();
  }
}
