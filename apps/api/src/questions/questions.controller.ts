import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { QuestionListQueryDto } from './dto/question-list-query.dto';
import {
  QuestionCoverageDto,
  QuestionDetailDto,
  QuestionPageDto,
  TagCountDto,
} from './dto/question.dto';
import { QuestionsService } from './questions.service';

@ApiTags('questions')
@ApiBearerAuth('bearer')
@Controller('questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get()
  @ApiOperation({ summary: 'Browse the question bank: filters, text search, pages' })
  @ApiOkResponse({ type: QuestionPageDto })
  list(@Query() query: QuestionListQueryDto) {
    return this.questions.list(query);
  }

  @Get('coverage')
  @ApiOperation({ summary: 'Question counts per track x company x difficulty x type, and per tag' })
  @ApiOkResponse({ type: QuestionCoverageDto })
  coverage() {
    return this.questions.coverage();
  }

  @Get('tags')
  @ApiOperation({ summary: 'The tag vocabulary with the number of questions per tag' })
  @ApiOkResponse({ type: [TagCountDto] })
  tags() {
    return this.questions.tagCounts();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One question, without its key points, hints or reference answer' })
  @ApiOkResponse({ type: QuestionDetailDto })
  @ApiNotFoundResponse({ description: 'No active question has this id' })
  findOne(@Param('id') id: string) {
    return this.questions.findOne(id);
  }
}
