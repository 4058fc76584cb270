import {
  COMPANIES,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  SESSION_STATUSES,
  SESSION_TRACKS,
  type Company,
  type SessionStatus,
  type SessionTrack,
} from '@interview-prep/contracts';
import { EnumField, IntField } from '../../common/validation/decorators';

export class SessionListQueryDto {
  @EnumField(SESSION_TRACKS, { optional: true })
  track?: SessionTrack;

  @EnumField(COMPANIES, { optional: true })
  company?: Company;

  @EnumField(SESSION_STATUSES, { optional: true })
  status?: SessionStatus;

  @IntField({ optional: true, min: 1, max: 10_000, example: 1 })
  page?: number;

  @IntField({ optional: true, min: 1, max: MAX_PAGE_SIZE, example: DEFAULT_PAGE_SIZE })
  page_size?: number;
}
