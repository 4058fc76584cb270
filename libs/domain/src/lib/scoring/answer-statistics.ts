import type { AnswerStatistics } from '@interview-prep/contracts';
import { STAR_PARTS } from '../analysis/behavioral-signals';
import { mean, round } from '../util/text';
import type { QuestionReview } from './question-review';
import type { TranscriptMessage } from './transcript';

const TOP_FILLERS = 5;

/** Words, fillers, STAR coverage and pace over every counted answer. */
export function answerStatistics(
  reviews: readonly QuestionReview[],
  transcript: readonly TranscriptMessage[],
): AnswerStatistics {
  const analyses = reviews.flatMap((review) => review.analyses);
  const words = analyses.reduce((sum, analysis) => sum + analysis.words, 0);
  const fillers = analyses.flatMap((analysis) => analysis.fillers);
  const behavioral = reviews.filter(
    (review) => review.profile.kind === 'behavioral' && review.features !== null,
  );
  const starShares = behavioral.map(
    (review) =>
      STAR_PARTS.filter((part) => review.features?.behavior.includes(part)).length /
      STAR_PARTS.length,
  );
  return {
    answers: analyses.length,
    words,
    average_words: analyses.length === 0 ? 0 : round(words / analyses.length, 1),
    filler_words: fillers.length,
    filler_rate: words === 0 ? 0 : round((100 * fillers.length) / words, 1),
    top_fillers: topCounts(fillers.map((filler) => filler.label)),
    hedges: analyses.reduce((sum, analysis) => sum + analysis.hedges.length, 0),
    star_coverage: starShares.length === 0 ? null : round(mean(starShares), 2),
    measurable_outcomes: behavioral.filter((review) =>
      review.features?.behavior.includes('measurable'),
    ).length,
    hints_used: reviews.reduce((sum, review) => sum + review.record.hintsUsed, 0),
    questions_skipped: reviews.filter((review) => review.outcome === 'skipped').length,
    average_seconds_per_answer: averageSecondsPerAnswer(
      new Set(analyses.map((analysis) => analysis.messageId)),
      transcript,
    ),
  };
}

function topCounts(labels: readonly string[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const label of labels) {
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_FILLERS)
    .map(([word, count]) => ({ word, count }));
}

/** From the interviewer's message to each counted answer; null without timestamps. */
function averageSecondsPerAnswer(
  counted: ReadonlySet<string>,
  transcript: readonly TranscriptMessage[],
): number | null {
  const durations: number[] = [];
  let askedAt: number | null = null;
  for (const message of transcript) {
    const at = message.createdAt === null ? Number.NaN : Date.parse(message.createdAt);
    if (message.role === 'interviewer') {
      askedAt = Number.isNaN(at) ? null : at;
    } else if (counted.has(message.id) && askedAt !== null && !Number.isNaN(at) && at >= askedAt) {
      durations.push((at - askedAt) / 1000);
    }
  }
  return durations.length === 0 ? null : round(mean(durations), 1);
}
