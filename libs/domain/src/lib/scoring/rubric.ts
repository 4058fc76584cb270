import {
  QUESTION_KINDS,
  type QuestionKind,
  RUBRIC_DIMENSIONS,
  RUBRIC_SCORE_MAX,
  RUBRIC_SCORE_MIN,
  type RubricDimension,
  type SessionTrack,
  TRACKS,
  type Track,
} from '@interview-prep/contracts';

/** One band of a dimension's 0-10 scale, e.g. 7-8 "Strong". */
export interface RubricLevel {
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly description: string;
}

export interface RubricDimensionSpec {
  readonly label: string;
  /** What the dimension measures for this kind of question. */
  readonly description: string;
  /** What to practise when it is weak. */
  readonly practice: string;
  /** Contiguous integer bands from 0 to 10. */
  readonly levels: readonly RubricLevel[];
}

/** A rubric file of data/rubrics, validated. */
export interface Rubric {
  readonly id: string;
  readonly name: string;
  readonly questionKind: QuestionKind;
  /** Session tracks it applies to. */
  readonly tracks: readonly Track[];
  readonly dimensions: Readonly<Record<RubricDimension, RubricDimensionSpec>>;
}

/** The rubrics one session is scored with: one per kind of question. */
export type RubricSet = Readonly<Record<QuestionKind, Rubric>>;

export type RubricParseResult =
  | { readonly ok: true; readonly rubric: Rubric }
  | { readonly ok: false; readonly errors: readonly string[] };

const MIN_LEVELS = 3;
const MAX_LEVELS = 6;

/**
 * Validates an already-parsed rubric file (the API reads data/rubrics/*.json at start-up and
 * refuses to start on errors). Errors name the JSON path: `dimensions.complexity.levels[2].max`.
 */
export function parseRubric(json: unknown): RubricParseResult {
  const errors: string[] = [];
  const root = asObject(json, '', errors);
  if (root === null) {
    return { ok: false, errors };
  }
  const id = text(root, 'id', '', errors);
  if (id !== null && !/^[a-z0-9][a-z0-9-]*$/u.test(id)) {
    errors.push('id: use lowercase letters, digits and dashes');
  }
  const name = text(root, 'name', '', errors);
  const questionKind = oneOf(root['question_kind'], QUESTION_KINDS, 'question_kind', errors);
  const tracks = parseTracks(root['tracks'], errors);
  const dimensions = parseDimensions(root['dimensions'], errors);
  if (
    errors.length > 0 ||
    id === null ||
    name === null ||
    questionKind === null ||
    dimensions === null
  ) {
    return { ok: false, errors };
  }
  return { ok: true, rubric: { id, name, questionKind, tracks, dimensions } };
}

function parseTracks(value: unknown, errors: string[]): Track[] {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push('tracks: must be a non-empty list');
    return [];
  }
  return value.flatMap((track, i) => oneOf(track, TRACKS, `tracks[${i}]`, errors) ?? []);
}

function parseDimensions(
  value: unknown,
  errors: string[],
): Record<RubricDimension, RubricDimensionSpec> | null {
  const node = asObject(value, 'dimensions', errors);
  if (node === null) {
    return null;
  }
  for (const key of Object.keys(node)) {
    if (!(RUBRIC_DIMENSIONS as readonly string[]).includes(key)) {
      errors.push(`dimensions.${key}: not a rubric dimension (${RUBRIC_DIMENSIONS.join(', ')})`);
    }
  }
  const entries = RUBRIC_DIMENSIONS.map(
    (dimension) =>
      [dimension, parseDimension(node[dimension], `dimensions.${dimension}`, errors)] as const,
  );
  return entries.every(([, spec]) => spec !== null)
    ? (Object.fromEntries(entries) as Record<RubricDimension, RubricDimensionSpec>)
    : null;
}

function parseDimension(
  value: unknown,
  path: string,
  errors: string[],
): RubricDimensionSpec | null {
  const node = asObject(value, path, errors);
  if (node === null) {
    return null;
  }
  const label = text(node, 'label', path, errors);
  const description = text(node, 'description', path, errors);
  const practice = text(node, 'practice', path, errors);
  const levels = parseLevels(node['levels'], `${path}.levels`, errors);
  return label === null || description === null || practice === null || levels === null
    ? null
    : { label, description, practice, levels };
}

function parseLevels(value: unknown, path: string, errors: string[]): RubricLevel[] | null {
  if (!Array.isArray(value) || value.length < MIN_LEVELS || value.length > MAX_LEVELS) {
    errors.push(`${path}: must list ${MIN_LEVELS} to ${MAX_LEVELS} levels`);
    return null;
  }
  const before = errors.length;
  const levels = value.map((item, i) => parseLevel(item, `${path}[${i}]`, errors));
  levels.forEach((level, i) => {
    const expectedMin = i === 0 ? RUBRIC_SCORE_MIN : (levels[i - 1]?.max ?? Number.NaN) + 1;
    if (level !== null && level.min !== expectedMin) {
      errors.push(`${path}[${i}].min: must be ${expectedMin} so the bands are contiguous`);
    }
  });
  if (levels[levels.length - 1]?.max !== RUBRIC_SCORE_MAX) {
    errors.push(`${path}: the last level must end at ${RUBRIC_SCORE_MAX}`);
  }
  return errors.length === before
    ? levels.filter((level): level is RubricLevel => level !== null)
    : null;
}

function parseLevel(value: unknown, path: string, errors: string[]): RubricLevel | null {
  const node = asObject(value, path, errors);
  if (node === null) {
    return null;
  }
  const min = integer(node, 'min', path, errors);
  const max = integer(node, 'max', path, errors);
  const label = text(node, 'label', path, errors);
  const description = text(node, 'description', path, errors);
  if (min !== null && max !== null && min > max) {
    errors.push(`${path}: min must not exceed max`);
  }
  return min === null || max === null || label === null || description === null
    ? null
    : { min, max, label, description };
}

type JsonObject = Readonly<Record<string, unknown>>;

function asObject(value: unknown, path: string, errors: string[]): JsonObject | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${path || '(root)'}: must be an object`);
    return null;
  }
  return value as JsonObject;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function text(node: JsonObject, key: string, path: string, errors: string[]): string | null {
  const value = node[key];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${join(path, key)}: must be a non-empty string`);
    return null;
  }
  return value;
}

function integer(node: JsonObject, key: string, path: string, errors: string[]): number | null {
  const value = node[key];
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < RUBRIC_SCORE_MIN ||
    value > RUBRIC_SCORE_MAX
  ) {
    errors.push(
      `${join(path, key)}: must be an integer from ${RUBRIC_SCORE_MIN} to ${RUBRIC_SCORE_MAX}`,
    );
    return null;
  }
  return value;
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  errors: string[],
): T | null {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    errors.push(`${path}: must be one of ${allowed.join(', ')}`);
    return null;
  }
  return value as T;
}

/** The session's rubrics: for each kind of question, the one listing the session's track. */
export function selectRubrics(rubrics: readonly Rubric[], track: SessionTrack): RubricSet {
  const pick = (kind: QuestionKind): Rubric => {
    const found = rubrics.find(
      (rubric) => rubric.questionKind === kind && rubric.tracks.includes(track),
    );
    if (found === undefined) {
      throw new Error(`No ${kind} rubric applies to track ${track}`);
    }
    return found;
  };
  return { technical: pick('technical'), behavioral: pick('behavioral') };
}

/** The band a score falls in (scores are rounded to the bands' integers). */
export function levelFor(spec: RubricDimensionSpec, score: number): RubricLevel {
  const rounded = Math.round(score);
  return (
    spec.levels.find((level) => rounded >= level.min && rounded <= level.max) ??
    (spec.levels[0] as RubricLevel)
  );
}
