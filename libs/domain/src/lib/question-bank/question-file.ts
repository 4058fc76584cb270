import type { Company, Difficulty, Track } from '@interview-prep/contracts';
import { BEHAVIORAL_TAG } from '@interview-prep/contracts';
import type { z } from 'zod';
import type { BankQuestion } from './bank-question';
import { deriveQuestionId } from './question-id';
import {
  isBehavioralEntry,
  questionEntrySchema,
  questionFileSchema,
  type QuestionEntry,
} from './question-file.schema';

/** Where a file sits: `<track>/<company>/<difficulty>.json`, relative to the questions folder. */
export interface QuestionFileLocation {
  readonly track: string;
  readonly company: string;
  readonly difficulty: string;
}

export type IssueSeverity = 'error' | 'warning';

/** One problem found in a file; `index` is the question's position, null for the file itself. */
export interface QuestionFileIssue {
  readonly severity: IssueSeverity;
  readonly index: number | null;
  readonly field: string;
  readonly message: string;
}

/** A question that loaded, with its position in the file. */
export interface IndexedQuestion {
  readonly index: number;
  readonly question: BankQuestion;
}

export interface ParsedQuestionFile {
  /** The valid questions; an invalid one is left out and reported, its neighbours still load. */
  readonly questions: readonly IndexedQuestion[];
  readonly issues: readonly QuestionFileIssue[];
}

/** `swe_intern/amazon/easy.json` -> its location; null when the path has another shape. */
export function locationFromPath(relativePath: string): QuestionFileLocation | null {
  const parts = relativePath.split(/[\\/]/);
  if (parts.length !== 3 || !parts[2].endsWith('.json')) {
    return null;
  }
  return {
    track: parts[0],
    company: parts[1],
    difficulty: parts[2].slice(0, -'.json'.length),
  };
}

/**
 * Validates one parsed question file against the bank's format and its place in the folder tree.
 * Pure: the caller reads and JSON-parses the file, so the seeder and the validator share this.
 */
export function parseQuestionFile(
  content: unknown,
  location: QuestionFileLocation,
): ParsedQuestionFile {
  const header = questionFileSchema.safeParse(content);
  if (!header.success) {
    return { questions: [], issues: zodIssues(header.error, null) };
  }
  const file = header.data;
  const mismatches = locationMismatches(file, location);
  if (mismatches.length > 0) {
    return { questions: [], issues: mismatches };
  }

  const questions: IndexedQuestion[] = [];
  const issues: QuestionFileIssue[] = [];
  file.questions.forEach((raw, index) => {
    const entry = questionEntrySchema.safeParse(raw);
    if (!entry.success) {
      issues.push(...zodIssues(entry.error, index));
      return;
    }
    issues.push(...contentWarnings(entry.data, file.track, index));
    questions.push({
      index,
      question: toBankQuestion(entry.data, file.track, file.company_style, file.difficulty),
    });
  });
  return { questions, issues };
}

function locationMismatches(
  file: { track: Track; company_style: Company; difficulty: Difficulty },
  location: QuestionFileLocation,
): QuestionFileIssue[] {
  const expected: ReadonlyArray<[keyof typeof file, string]> = [
    ['track', location.track],
    ['company_style', location.company],
    ['difficulty', location.difficulty],
  ];
  return expected
    .filter(([field, fromPath]) => file[field] !== fromPath)
    .map(([field, fromPath]) => ({
      severity: 'error',
      index: null,
      field,
      message: `is "${file[field]}" but the file's path says "${fromPath}"`,
    }));
}

/** What the original's format allows but a good question of ours has. */
function contentWarnings(entry: QuestionEntry, track: Track, index: number): QuestionFileIssue[] {
  const warn = (field: string, message: string): QuestionFileIssue => ({
    severity: 'warning',
    index,
    field,
    message,
  });
  const warnings: QuestionFileIssue[] = [];
  if (entry.id === undefined) {
    warnings.push(
      warn('id', 'is missing: one is derived from the title, which changes if the title does'),
    );
  }
  if (entry.followups.length < 2 || entry.followups.length > 4) {
    warnings.push(warn('followups', `has ${entry.followups.length}; 2-4 expected`));
  }
  const keyPoints = entry.key_points?.length ?? 0;
  if (keyPoints < 3 || keyPoints > 6) {
    warnings.push(warn('key_points', `has ${keyPoints}; 3-6 expected`));
  }
  if (!entry.expected_topics?.length) {
    warnings.push(warn('expected_topics', 'is missing'));
  }
  if (!entry.reference_answer) {
    warnings.push(warn('reference_answer', 'is missing'));
  }
  if (entry.estimated_minutes === undefined) {
    warnings.push(warn('estimated_minutes', 'is missing'));
  }
  if (track === 'behavioral' && !entry.tags.includes(BEHAVIORAL_TAG)) {
    warnings.push(warn('tags', `a behavioral-track question needs the "${BEHAVIORAL_TAG}" tag`));
  }
  if (track !== 'behavioral' && isBehavioralEntry(entry)) {
    warnings.push(warn('tags', 'a behavioral question belongs in the behavioral track'));
  }
  return warnings;
}

function toBankQuestion(
  entry: QuestionEntry,
  track: Track,
  company: Company,
  difficulty: Difficulty,
): BankQuestion {
  return {
    id: entry.id ?? deriveQuestionId(track, company, difficulty, entry.title),
    track,
    company,
    difficulty,
    title: entry.title,
    prompt: entry.prompt,
    questionType: entry.question_type ?? (isBehavioralEntry(entry) ? 'behavioral' : 'coding'),
    tags: [...new Set(entry.tags)],
    followups: entry.followups,
    keyPoints: entry.key_points ?? [],
    expectedTopics: entry.expected_topics ?? [],
    evaluationFocus: entry.evaluation_focus ?? [],
    hints: entry.hints ?? [],
    referenceAnswer: entry.reference_answer ?? null,
    estimatedMinutes: entry.estimated_minutes ?? null,
  };
}

function zodIssues(error: z.ZodError, index: number | null): QuestionFileIssue[] {
  return error.issues.map((issue) => ({
    severity: 'error',
    index,
    field: issue.path.join('.') || '(file)',
    message: issue.message,
  }));
}
