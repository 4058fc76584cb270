import { z } from 'zod';
import {
  BEHAVIORAL_TAG,
  COMPANIES,
  DIFFICULTIES,
  QUESTION_TAGS,
  QUESTION_TYPES,
  TRACKS,
} from '@interview-prep/contracts';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const textList = (max: number) => z.array(text(max));
const knownTags = new Set<string>(QUESTION_TAGS);

/**
 * One question as written in a bank file. The original's files have only title, prompt, tags and
 * followups (plus optional expected_topics, evaluation_focus, question_type), so everything else is
 * optional here: those files must keep loading unchanged.
 */
export const questionEntrySchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9._-]{2,199}$/,
      'must be 3-200 lowercase letters, digits, ".", "_" or "-"',
    )
    .optional(),
  title: text(200),
  prompt: text(4000),
  tags: z
    .array(
      z.string().refine((tag) => knownTags.has(tag), {
        error: (issue) =>
          typeof issue.input === 'string' && issue.input !== issue.input.toLowerCase()
            ? 'tags are lowercase'
            : 'is not in the tag vocabulary (libs/contracts)',
      }),
    )
    .min(1, 'needs at least one tag'),
  followups: textList(500),
  question_type: z.enum(QUESTION_TYPES).optional(),
  expected_topics: textList(200).optional(),
  evaluation_focus: textList(200).optional(),
  key_points: textList(300).optional(),
  hints: textList(500).max(3, 'at most 3 hints').optional(),
  reference_answer: text(6000).optional(),
  estimated_minutes: z.number().int().min(1).max(120).optional(),
});

export const questionFileSchema = z.object({
  track: z.enum(TRACKS),
  company_style: z.enum(COMPANIES),
  difficulty: z.enum(DIFFICULTIES),
  questions: z.array(z.unknown()),
});

export type QuestionEntry = z.infer<typeof questionEntrySchema>;

export function isBehavioralEntry(entry: Pick<QuestionEntry, 'tags' | 'question_type'>): boolean {
  return entry.tags.includes(BEHAVIORAL_TAG) || entry.question_type === 'behavioral';
}
