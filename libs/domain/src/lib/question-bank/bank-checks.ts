import {
  COMPANIES,
  DIFFICULTIES,
  SESSION_TRACKS,
  type Company,
  type Difficulty,
  type Track,
} from '@interview-prep/contracts';
import type { BankQuestion } from './bank-question';

/** A question together with the file it came from, so a finding can point at it. */
export interface LocatedQuestion {
  readonly file: string;
  readonly index: number;
  readonly question: BankQuestion;
}

export interface BankFinding {
  readonly file: string;
  readonly index: number | null;
  readonly field: string;
  readonly message: string;
}

/** Minimum questions in every track x company x difficulty cell. */
export const MIN_QUESTIONS_PER_CELL: Readonly<Record<Track, number>> = {
  swe_intern: 12,
  swe_engineer: 12,
  behavioral: 6,
};

/** Word-set similarity above which two prompts count as the same question told twice. */
export const NEAR_DUPLICATE_THRESHOLD = 0.3;

const STOP_WORDS = new Set(
  (
    'a an the of to in on for and or is are be with that this it as by at from your you what how ' +
    'do does would could should can tell me about time when i we'
  ).split(' '),
);

/** Content words and adjacent pairs of a prompt: pairs keep "binary tree" apart from "tree". */
export function promptShingles(prompt: string): ReadonlySet<string> {
  const words = (prompt.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => !STOP_WORDS.has(word),
  );
  const shingles = new Set(words);
  for (let i = 1; i < words.length; i++) {
    shingles.add(`${words[i - 1]} ${words[i]}`);
  }
  return shingles;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) {
    if (b.has(item)) {
      shared++;
    }
  }
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export function findDuplicateIds(questions: readonly LocatedQuestion[]): BankFinding[] {
  const firstSeen = new Map<string, LocatedQuestion>();
  const findings: BankFinding[] = [];
  for (const located of questions) {
    const earlier = firstSeen.get(located.question.id);
    if (earlier) {
      findings.push({
        file: located.file,
        index: located.index,
        field: 'id',
        message: `"${located.question.id}" is already used by ${earlier.file}:${earlier.index}`,
      });
    } else {
      firstSeen.set(located.question.id, located);
    }
  }
  return findings;
}

export function findNearDuplicates(
  questions: readonly LocatedQuestion[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): BankFinding[] {
  const shingled = questions.map((located) => ({
    located,
    shingles: promptShingles(located.question.prompt),
  }));
  const findings: BankFinding[] = [];
  for (let i = 0; i < shingled.length; i++) {
    for (let j = i + 1; j < shingled.length; j++) {
      const similarity = jaccard(shingled[i].shingles, shingled[j].shingles);
      if (similarity >= threshold) {
        const { file, index } = shingled[j].located;
        const other = shingled[i].located;
        findings.push({
          file,
          index,
          field: 'prompt',
          message: `is a near-duplicate (${similarity.toFixed(2)}) of ${other.file}:${other.index} "${other.question.title}"`,
        });
      }
    }
  }
  return findings;
}

export interface CellCount {
  readonly track: Track;
  readonly company: Company;
  readonly difficulty: Difficulty;
  readonly count: number;
}

/** Counts per cell for every cell the bank must fill, empty ones included. */
export function countCells(questions: readonly BankQuestion[]): CellCount[] {
  const key = (track: string, company: string, difficulty: string) =>
    `${track}/${company}/${difficulty}`;
  const counts = new Map<string, number>();
  for (const q of questions) {
    const cell = key(q.track, q.company, q.difficulty);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const tracks: readonly Track[] = [...SESSION_TRACKS, 'behavioral'];
  return tracks.flatMap((track) =>
    COMPANIES.flatMap((company) =>
      DIFFICULTIES.map((difficulty) => ({
        track,
        company,
        difficulty,
        count: counts.get(key(track, company, difficulty)) ?? 0,
      })),
    ),
  );
}

export function findThinCells(questions: readonly BankQuestion[]): BankFinding[] {
  return countCells(questions)
    .filter((cell) => cell.count < MIN_QUESTIONS_PER_CELL[cell.track])
    .map((cell) => ({
      file: `${cell.track}/${cell.company}/${cell.difficulty}.json`,
      index: null,
      field: 'questions',
      message: `has ${cell.count} questions; at least ${MIN_QUESTIONS_PER_CELL[cell.track]} expected`,
    }));
}
