import {
  COMPANIES,
  DIFFICULTIES,
  INTERVIEW_LIMITS,
  JOB_DESCRIPTION_MAX_CHARS,
  SESSION_TRACKS,
  type Company,
  type CreateSessionRequest,
  type Difficulty,
  type SessionTrack,
} from '@interview-prep/contracts';
import { EnumField, IntField, TextField } from '../../common/validation/decorators';

const limits = INTERVIEW_LIMITS;

export class CreateSessionDto implements CreateSessionRequest {
  @EnumField(SESSION_TRACKS, { example: 'swe_intern' })
  track!: SessionTrack;

  @EnumField(COMPANIES, { example: 'google' })
  company!: Company;

  @EnumField(DIFFICULTIES, {
    example: 'medium',
    description: 'Where the difficulty starts; it adapts',
  })
  difficulty!: Difficulty;

  @IntField({ optional: true, ...limits.max_questions, example: limits.max_questions.default })
  max_questions?: number;

  @IntField({
    optional: true,
    ...limits.behavioral_questions,
    example: limits.behavioral_questions.default,
    description: 'Behavioral questions among them; never the first',
  })
  behavioral_questions?: number;

  @IntField({
    optional: true,
    ...limits.duration_minutes,
    example: limits.duration_minutes.default,
  })
  duration_minutes?: number;

  @TextField({
    optional: true,
    max: JOB_DESCRIPTION_MAX_CHARS,
    description: 'A pasted job description: its topics lean the choice of questions',
  })
  job_description?: string;
}
