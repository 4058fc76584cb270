import {
  type EvidenceQuote,
  FEEDBACK_SECTIONS,
  type FeedbackSection,
  type InterviewResults,
  RUBRIC_DIMENSIONS,
  RUBRIC_SCORE_MAX,
  RUBRIC_SCORE_MIN,
  type RubricDimension,
} from '@interview-prep/contracts';
import { round } from '../util/text';
import { type Quote, toEvidenceQuote } from './evidence';
import { overallOf } from './offline-grader';
import { EVIDENCE_THRESHOLD } from './question-review';
import type { TranscriptMessage } from './transcript';

const MAX_ITEMS = 5;
const MAX_TEXT = 400;

/**
 * The JSON the LLM must reply with (JSON Schema, draft 2020-12). Overall is not asked for: it is
 * always recomputed from the rubric.
 */
export const SCORING_REPLY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['rubric', 'evidence', 'strengths', 'weaknesses', 'next_steps'],
  properties: {
    rubric: {
      type: 'object',
      additionalProperties: false,
      required: [...RUBRIC_DIMENSIONS],
      properties: Object.fromEntries(
        RUBRIC_DIMENSIONS.map((dimension) => [
          dimension,
          { type: 'number', minimum: RUBRIC_SCORE_MIN, maximum: RUBRIC_SCORE_MAX },
        ]),
      ),
    },
    evidence: {
      type: 'array',
      description:
        'For every dimension scored 7 or more: a quote copied exactly from a candidate message.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dimension', 'message_id', 'quote'],
        properties: {
          dimension: { enum: [...RUBRIC_DIMENSIONS] },
          message_id: { type: 'string' },
          quote: { type: 'string', minLength: 1 },
        },
      },
    },
    ...Object.fromEntries(
      FEEDBACK_SECTIONS.map((section) => [
        section,
        {
          type: 'array',
          maxItems: MAX_ITEMS,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['text', 'message_id', 'quote'],
            properties: {
              text: { type: 'string', minLength: 1, maxLength: MAX_TEXT },
              message_id: { type: 'string' },
              quote: { type: 'string', minLength: 1 },
            },
          },
        },
      ]),
    ),
  },
} as const;

export interface LlmScoringContext {
  readonly model: string;
  readonly transcript: readonly TranscriptMessage[];
}

/**
 * Merges an LLM's scoring reply (already JSON-parsed) into the offline results. Each field is
 * checked on its own: a dimension out of range, a 7+ without an exact quote, or a feedback list
 * with any unquotable line falls back to the offline value, and `source.fallback_fields` says
 * which. Overall is recomputed from the merged rubric, whatever the LLM said.
 */
export function mergeLlmScoring(
  reply: unknown,
  offline: InterviewResults,
  context: LlmScoringContext,
): InterviewResults {
  const root = isObject(reply) ? reply : {};
  const locate = quoteLocator(context.transcript);
  const fallbacks: string[] = [];

  const llmEvidence = readRubricEvidence(root['evidence'], locate);
  const offlineEvidence = rubricQuotesOf(offline.evidence);
  const rubricNode = isObject(root['rubric']) ? root['rubric'] : {};
  const rubric = {} as Record<RubricDimension, number>;
  const evidence: EvidenceQuote[] = [];
  for (const dimension of RUBRIC_DIMENSIONS) {
    const score = readScore(rubricNode[dimension]);
    const quote = llmEvidence.get(dimension) ?? offlineEvidence.get(dimension) ?? null;
    const valid = score !== null && (score < EVIDENCE_THRESHOLD || quote !== null);
    rubric[dimension] = valid ? score : offline.rubric[dimension];
    if (!valid) {
      fallbacks.push(`rubric.${dimension}`);
    }
    const shown = valid ? quote : (offlineEvidence.get(dimension) ?? null);
    if (shown !== null) {
      evidence.push(shown);
    }
  }

  const sections = {} as Record<FeedbackSection, readonly string[]>;
  for (const section of FEEDBACK_SECTIONS) {
    const lines = readFeedback(root[section], locate);
    if (lines === null) {
      fallbacks.push(section);
      sections[section] = offline[section];
      evidence.push(...offline.evidence.filter((quote) => quote.target.section === section));
    } else {
      sections[section] = lines.map((line) => line.text);
      lines.forEach((line, index) =>
        evidence.push(toEvidenceQuote({ section, index }, line.quote)),
      );
    }
  }

  const everythingFellBack =
    fallbacks.length === RUBRIC_DIMENSIONS.length + FEEDBACK_SECTIONS.length;
  return {
    ...offline,
    overall_score: overallOf(rubric),
    rubric,
    strengths: sections.strengths,
    weaknesses: sections.weaknesses,
    next_steps: sections.next_steps,
    evidence: everythingFellBack ? offline.evidence : evidence,
    source: everythingFellBack
      ? { kind: 'offline' }
      : { kind: 'llm', model: context.model, fallback_fields: fallbacks },
  };
}

type JsonObject = Readonly<Record<string, unknown>>;
type Locate = (messageId: unknown, quote: unknown) => Quote | null;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readScore(value: unknown): number | null {
  return typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= RUBRIC_SCORE_MIN &&
    value <= RUBRIC_SCORE_MAX
    ? round(value, 1)
    : null;
}

/** A quote stands only as an exact substring of one of the candidate's own messages. */
function quoteLocator(transcript: readonly TranscriptMessage[]): Locate {
  const candidate = new Map(
    transcript
      .filter((message) => message.role === 'candidate')
      .map((message) => [message.id, message.content]),
  );
  return (messageId, quote) => {
    if (typeof messageId !== 'string' || typeof quote !== 'string' || quote.trim() === '') {
      return null;
    }
    const start = candidate.get(messageId)?.indexOf(quote) ?? -1;
    return start < 0 ? null : { messageId, start, end: start + quote.length, text: quote };
  };
}

function readRubricEvidence(value: unknown, locate: Locate): Map<RubricDimension, EvidenceQuote> {
  const found = new Map<RubricDimension, EvidenceQuote>();
  for (const item of Array.isArray(value) ? value : []) {
    const dimension = isObject(item) ? item['dimension'] : undefined;
    const quote = isObject(item) ? locate(item['message_id'], item['quote']) : null;
    if (isDimension(dimension) && quote !== null && !found.has(dimension)) {
      found.set(dimension, toEvidenceQuote({ section: 'rubric', dimension }, quote));
    }
  }
  return found;
}

function rubricQuotesOf(evidence: readonly EvidenceQuote[]): Map<RubricDimension, EvidenceQuote> {
  return new Map(
    evidence.flatMap((quote) =>
      quote.target.section === 'rubric' ? [[quote.target.dimension, quote] as const] : [],
    ),
  );
}

function isDimension(value: unknown): value is RubricDimension {
  return typeof value === 'string' && (RUBRIC_DIMENSIONS as readonly string[]).includes(value);
}

/** The section's lines, or null when the list or any line in it is invalid. */
function readFeedback(value: unknown, locate: Locate): { text: string; quote: Quote }[] | null {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) {
    return null;
  }
  const lines = value.map((item) => {
    if (!isObject(item) || typeof item['text'] !== 'string') {
      return null;
    }
    const text = item['text'].trim();
    const quote = locate(item['message_id'], item['quote']);
    return text === '' || text.length > MAX_TEXT || quote === null ? null : { text, quote };
  });
  return lines.every((line) => line !== null) ? (lines as { text: string; quote: Quote }[]) : null;
}
