import type { CandidateQuery, CandidateQuestion, QuestionCatalog } from '@interview-prep/domain';
import type { EntityManager } from 'typeorm';
import { UserQuestionSeenEntity } from '../sessions/user-question-seen.entity';
import { toBankQuestion } from './question-mapping';
import { QuestionEntity } from './question.entity';

/**
 * The engine's question catalog over the database, for one user: an indexed pre-filter that
 * puts unseen questions first, then the preferred difficulty and company; the domain's selector
 * ranks the result. Runs on the caller's transaction.
 */
export class DatabaseQuestionCatalog implements QuestionCatalog {
  constructor(
    private readonly manager: EntityManager,
    private readonly userId: string,
  ) {}

  async findCandidates(query: CandidateQuery): Promise<readonly CandidateQuestion[]> {
    const { entities, raw } = await this.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .leftJoin(
        UserQuestionSeenEntity,
        'seen',
        'seen.question_id = q.id AND seen.user_id = :user',
        {
          user: this.userId,
        },
      )
      .addSelect('seen.last_seen_at', 'last_seen_at')
      .where('q.is_active')
      .andWhere('q.track = ANY(:tracks)', { tracks: query.tracks })
      .andWhere('q.company = ANY(:companies)', { companies: query.companies })
      .andWhere('q.difficulty = ANY(:difficulties)', { difficulties: query.difficulties })
      .andWhere('q.is_behavioral = :behavioral', { behavioral: query.behavioral })
      .andWhere('NOT (q.id = ANY(:exclude))', { exclude: query.excludeIds })
      .orderBy('seen.last_seen_at IS NOT NULL')
      .addOrderBy('array_position(:difficulties::varchar[], q.difficulty)')
      .addOrderBy('array_position(:companies::varchar[], q.company)')
      .addOrderBy('seen.last_seen_at')
      .addOrderBy('q.random_key')
      .limit(query.limit)
      .getRawAndEntities<{ last_seen_at: Date | null }>();
    return entities.map((entity, i) => ({
      ...toBankQuestion(entity),
      lastSeenAt: raw[i].last_seen_at?.toISOString() ?? null,
    }));
  }
}
