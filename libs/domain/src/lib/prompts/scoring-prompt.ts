import {
  type Company,
  COMPANY_DISPLAY_NAMES,
  type InterviewResults,
  QUESTION_KINDS,
  RUBRIC_DIMENSIONS,
} from '@interview-prep/contracts';
import { questionKind } from '../analysis/question-profile';
import { SCORING_REPLY_SCHEMA } from '../scoring/llm-scoring';
import type { Rubric, RubricSet } from '../scoring/rubric';
import type { AskedQuestionRecord, TranscriptMessage } from '../scoring/transcript';
import type { ChatMessage } from './chat-message';
import { DATA_RULE, fenceData } from './fenced-data';

export interface ScoringPromptInput {
  readonly company: Company;
  readonly transcript: readonly TranscriptMessage[];
  readonly questions: readonly AskedQuestionRecord[];
  readonly rubrics: RubricSet;
  /** The offline results: the deterministic analysis the LLM refines. */
  readonly offline: InterviewResults;
}

export interface ScoringPrompt {
  readonly messages: readonly ChatMessage[];
  /** For JSON mode; validate the reply with mergeLlmScoring. */
  readonly schema: typeof SCORING_REPLY_SCHEMA;
}

/**
 * Asks an LLM to score the interview on the rubric. Instructions and rubric are in the system
 * message; the transcript is only in the fenced data block, so a candidate cannot instruct the
 * grader. The reply is validated field by field by mergeLlmScoring.
 */
export function buildScoringPrompt(input: ScoringPromptInput): ScoringPrompt {
  const system = [
    `You are a fair, experienced interviewer scoring a mock interview for ${COMPANY_DISPLAY_NAMES[input.company]}.`,
    'Score the whole interview on each rubric dimension from 0 to 10, using the level descriptions. Technical questions use the technical rubric, behavioral ones the behavioral rubric; combine them as one score per dimension.',
    'Rules:',
    '- Judge only what the candidate wrote. A skipped or empty answer earns nothing.',
    "- Every quote must be copied character for character from one candidate message, with that message's id.",
    '- A score of 7 or more on a dimension needs an entry in "evidence" quoting the candidate.',
    '- Each strength, weakness and next step is one specific sentence with a supporting quote.',
    '- Do not compute an overall score; it is derived from the rubric.',
    '- Reply with one JSON object that matches this JSON Schema, and nothing else:',
    JSON.stringify(SCORING_REPLY_SCHEMA),
    DATA_RULE,
    '',
    ...QUESTION_KINDS.map((kind) => describeRubric(input.rubrics[kind])),
  ].join('\n');
  const user = [
    'Score this interview.',
    fenceData({
      questions: input.questions.map(({ question, hintsUsed }) => ({
        id: question.id,
        title: question.title,
        kind: questionKind(question),
        prompt: question.prompt,
        key_points: question.keyPoints,
        hints_used: hintsUsed,
      })),
      transcript: input.transcript.map((message) => ({
        id: message.id,
        role: message.role,
        question_id: message.questionId,
        content: message.content,
      })),
      offline_analysis: {
        note: 'A deterministic keyword-based analysis; it can miss paraphrases. Use it as a hint, not as the answer.',
        rubric: input.offline.rubric,
        questions: input.offline.questions.map((note) => ({
          question_id: note.question_id,
          outcome: note.outcome,
          covered_key_points: note.covered_key_points,
          missed_key_points: note.missed_key_points,
        })),
      },
    }),
  ].join('\n');
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    schema: SCORING_REPLY_SCHEMA,
  };
}

function describeRubric(rubric: Rubric): string {
  const lines = [`${rubric.name} (${rubric.questionKind} questions):`];
  for (const dimension of RUBRIC_DIMENSIONS) {
    const spec = rubric.dimensions[dimension];
    lines.push(`- ${dimension} (${spec.label}): ${spec.description}`);
    for (const level of spec.levels) {
      lines.push(`  ${level.min}-${level.max} ${level.label}: ${level.description}`);
    }
  }
  return lines.join('\n');
}
