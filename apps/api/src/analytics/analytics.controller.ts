import { Controller, Get, Header } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/validation/uuid-param';
import { AnalyticsService } from './analytics.service';
import { ProgressReportDto } from './dto/progress-report.dto';
import { SessionResultsDto } from './dto/interview-results.dto';
import { renderReportMarkdown } from './report-markdown';

@ApiTags('analytics')
@ApiBearerAuth('bearer')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('sessions/:id/results')
  @ApiOperation({ summary: 'The scored report of a finalized session' })
  @ApiOkResponse({ type: SessionResultsDto })
  @ApiNotFoundResponse({ description: 'No such session for this user, or not finalized yet' })
  results(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string) {
    return this.analytics.results(user.id, id);
  }

  @Get('sessions/:id/report.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="interview-report.md"')
  @ApiOperation({ summary: 'The report as Markdown, for download' })
  @ApiProduces('text/markdown')
  @ApiOkResponse({ description: 'Markdown', schema: { type: 'string' } })
  async report(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string) {
    return renderReportMarkdown(await this.analytics.results(user.id, id));
  }

  @Get('progress')
  @ApiOperation({ summary: 'Scores over time per dimension and tag; what to practise next' })
  @ApiOkResponse({ type: ProgressReportDto })
  progress(@CurrentUser() user: AuthenticatedUser) {
    return this.analytics.progress(user.id);
  }
}
