import { Injectable } from '@nestjs/common';
import { RUBRIC_DIMENSIONS, type RubricDimension } from '@interview-prep/contracts';
import type { EntityManager } from 'typeorm';

export interface WeakSpots {
  /** Weakest first. */
  readonly tags: readonly string[];
  readonly dimensions: readonly RubricDimension[];
}

/** Below these averages a tag (0-100) or a dimension (0-10) counts as weak. */
const WEAK_TAG_SCORE = 60;
const WEAK_DIMENSION_SCORE = 6;
const RECENT_SESSIONS = 10;
const MAX_WEAK_TAGS = 5;

/** What a user's past sessions say they should practise: it leans the next session's questions. */
@Injectable()
export class LearningProfile {
  async weakSpots(manager: EntityManager, userId: string): Promise<WeakSpots> {
    const tags = await manager.query<{ tag: string }[]>(
      `SELECT tag FROM (
         SELECT unnest(q.tags) AS tag, sq.score
           FROM session_questions sq
           JOIN sessions s ON s.id = sq.session_id
           JOIN questions q ON q.id = sq.question_id
          WHERE s.user_id = $1 AND sq.score IS NOT NULL
          ORDER BY sq.asked_at DESC
          LIMIT 200
       ) recent
       WHERE tag <> 'behavioral'
       GROUP BY tag
       HAVING avg(score) < $2
       ORDER BY avg(score), tag
       LIMIT $3`,
      [userId, WEAK_TAG_SCORE, MAX_WEAK_TAGS],
    );
    const rubrics = await manager.query<{ rubric: Record<RubricDimension, number> }[]>(
      `SELECT e.rubric FROM evaluations e JOIN sessions s ON s.id = e.session_id
        WHERE s.user_id = $1 ORDER BY e.created_at DESC LIMIT $2`,
      [userId, RECENT_SESSIONS],
    );
    const dimensions = RUBRIC_DIMENSIONS.map((dimension) => ({
      dimension,
      mean: rubrics.reduce((sum, row) => sum + row.rubric[dimension], 0) / (rubrics.length || 1),
    }))
      .filter((entry) => rubrics.length > 0 && entry.mean < WEAK_DIMENSION_SCORE)
      .sort((a, b) => a.mean - b.mean)
      .map((entry) => entry.dimension);
    return { tags: tags.map((row) => row.tag), dimensions };
  }
}
