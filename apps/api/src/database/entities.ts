import { AuditEventEntity } from '../auth/audit-event.entity';
import { AuthTokenEntity } from '../auth/auth-token.entity';
import { QuestionBankFingerprintEntity } from '../questions/question-bank-fingerprint.entity';
import { QuestionEntity } from '../questions/question.entity';
import { EvaluationEntity } from '../sessions/evaluation.entity';
import { MessageEntity } from '../sessions/message.entity';
import { SessionQuestionEntity } from '../sessions/session-question.entity';
import { SessionEntity } from '../sessions/session.entity';
import { UserQuestionSeenEntity } from '../sessions/user-question-seen.entity';
import { UserEntity } from '../users/user.entity';

/** Listed, not globbed: the API is bundled by webpack, where a glob finds nothing. */
export const ENTITIES = [
  UserEntity,
  AuthTokenEntity,
  AuditEventEntity,
  QuestionEntity,
  QuestionBankFingerprintEntity,
  SessionEntity,
  MessageEntity,
  SessionQuestionEntity,
  EvaluationEntity,
  UserQuestionSeenEntity,
];
