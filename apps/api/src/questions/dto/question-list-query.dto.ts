import {
  COMPANIES,
  DEFAULT_PAGE_SIZE,
  DIFFICULTIES,
  MAX_PAGE_SIZE,
  QUESTION_TYPES,
  TRACKS,
  type Company,
  type Difficulty,
  type QuestionListQuery,
  type QuestionType,
  type Track,
} from '@interview-prep/contracts';
import { EnumField, IntField, TextField } from '../../common/validation/decorators';

export class QuestionListQueryDto implements QuestionListQuery {
  @EnumField(TRACKS, { optional: true })
  track?: Track;

  @EnumField(COMPANIES, { optional: true })
  company?: Company;

  @EnumField(DIFFICULTIES, { optional: true })
  difficulty?: Difficulty;

  @EnumField(QUESTION_TYPES, { optional: true, description: 'Question type' })
  type?: QuestionType;

  @TextField({ optional: true, max: 40, pattern: /^[a-z0-9-]+$/, example: 'graphs' })
  tag?: string;

  @TextField({
    optional: true,
    max: 100,
    description: 'Words in the title or prompt',
    example: 'cache',
  })
  q?: string;

  @IntField({ optional: true, min: 1, max: 10_000, example: 1 })
  page?: number;

  @IntField({ optional: true, min: 1, max: MAX_PAGE_SIZE, example: DEFAULT_PAGE_SIZE })
  page_size?: number;
}
