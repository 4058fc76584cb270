import { ApiProperty } from '@nestjs/swagger';
import {
  COMPANIES,
  DIFFICULTIES,
  QUESTION_TYPES,
  TRACKS,
  type Company,
  type CoverageCell,
  type Difficulty,
  type Page,
  type QuestionCoverage,
  type QuestionDetail,
  type QuestionSummary,
  type QuestionType,
  type TagCount,
  type Track,
} from '@interview-prep/contracts';

export class QuestionSummaryDto implements QuestionSummary {
  @ApiProperty({ example: 'swe_intern.google.medium.course-schedule' }) id!: string;
  @ApiProperty({ enum: TRACKS }) track!: Track;
  @ApiProperty({ enum: COMPANIES }) company!: Company;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
  @ApiProperty({ enum: QUESTION_TYPES }) question_type!: QuestionType;
  @ApiProperty({ example: 'Course Schedule Order' }) title!: string;
  @ApiProperty({ type: [String], example: ['graphs', 'sorting'] }) tags!: string[];
  @ApiProperty({ type: Number, nullable: true, example: 25 }) estimated_minutes!: number | null;
}

export class QuestionDetailDto extends QuestionSummaryDto implements QuestionDetail {
  @ApiProperty({ description: 'With {company} filled in' }) prompt!: string;
  @ApiProperty({ type: [String] }) followups!: string[];
  @ApiProperty({ type: [String] }) expected_topics!: string[];
}

export class QuestionPageDto implements Page<QuestionSummary> {
  @ApiProperty({ type: [QuestionSummaryDto] }) items!: QuestionSummaryDto[];
  @ApiProperty({ example: 137 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) page_size!: number;
}

class CoverageCellDto implements CoverageCell {
  @ApiProperty({ enum: TRACKS }) track!: Track;
  @ApiProperty({ enum: COMPANIES }) company!: Company;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
  @ApiProperty({ enum: QUESTION_TYPES }) question_type!: QuestionType;
  @ApiProperty({ example: 4 }) count!: number;
}

class EmptyCellDto {
  @ApiProperty({ enum: TRACKS }) track!: Track;
  @ApiProperty({ enum: COMPANIES }) company!: Company;
  @ApiProperty({ enum: DIFFICULTIES }) difficulty!: Difficulty;
}

export class TagCountDto implements TagCount {
  @ApiProperty({ example: 'graphs' }) tag!: string;
  @ApiProperty({ enum: ['technical', 'behavioral'] }) kind!: 'technical' | 'behavioral';
  @ApiProperty({ example: 31 }) count!: number;
}

export class QuestionCoverageDto implements QuestionCoverage {
  @ApiProperty({ example: 612 }) total!: number;
  @ApiProperty({ type: [CoverageCellDto] }) cells!: CoverageCellDto[];
  @ApiProperty({ type: [EmptyCellDto] }) empty_cells!: EmptyCellDto[];
  @ApiProperty({ type: [TagCountDto] }) by_tag!: TagCountDto[];
}
