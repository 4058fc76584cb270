import {
  locationFromPath,
  parseQuestionFile,
  type LocatedQuestion,
  type ParsedQuestionFile,
  type QuestionFileIssue,
} from '@interview-prep/domain';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface FileIssue extends QuestionFileIssue {
  /** Relative to the questions folder, with `/` separators. */
  readonly file: string;
}

export interface QuestionBank {
  readonly files: readonly string[];
  readonly questions: readonly LocatedQuestion[];
  readonly issues: readonly FileIssue[];
  /** Files that could not be loaded at all (unreadable, not JSON, wrong header or place). */
  readonly failedFiles: ReadonlySet<string>;
}

/** One of the bank's files as read from disk. */
export interface QuestionFile {
  /** Relative to the questions folder, with `/` separators. */
  readonly path: string;
  /** The file's bytes, or why it could not be read. */
  readonly content: Buffer | Error;
}

/** The bank's files, sorted by path, and a fingerprint of them. */
export interface QuestionFiles {
  readonly files: readonly QuestionFile[];
  /** sha256 over every file's path and bytes: equal fingerprints mean the same files. */
  readonly fingerprint: string;
}

/** Reads every `.json` file below `dir`, without parsing it. */
export async function readQuestionFiles(dir: string): Promise<QuestionFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const files = await Promise.all(
    paths.map(async (path) => ({
      path,
      content: await readFile(join(dir, path)).catch((error: Error) => error),
    })),
  );
  const hash = createHash('sha256');
  for (const { path, content } of files) {
    hash
      .update(`${path}\0`)
      .update(content instanceof Buffer ? content : `${content}`)
      .update('\0');
  }
  return { files, fingerprint: hash.digest('hex') };
}

/** Validates every `<track>/<company>/<difficulty>.json` of the files read; never throws on a bad file. */
export function parseQuestionBank({ files }: QuestionFiles): QuestionBank {
  const questions: LocatedQuestion[] = [];
  const issues: FileIssue[] = [];
  const failedFiles = new Set<string>();
  for (const { path: file, content } of files) {
    const result = parseOne(file, content);
    issues.push(...result.issues.map((issue) => ({ ...issue, file })));
    if (result.issues.some((issue) => issue.severity === 'error' && issue.index === null)) {
      failedFiles.add(file);
    }
    questions.push(...result.questions.map(({ index, question }) => ({ file, index, question })));
  }
  return { files: files.map(({ path }) => path), questions, issues, failedFiles };
}

/** Reads and validates the bank below `dir`. */
export async function readQuestionBank(dir: string): Promise<QuestionBank> {
  return parseQuestionBank(await readQuestionFiles(dir));
}

function parseOne(file: string, content: Buffer | Error): ParsedQuestionFile {
  const fileError = (message: string): ParsedQuestionFile => ({
    questions: [],
    issues: [{ severity: 'error', index: null, field: '(file)', message }],
  });
  const location = locationFromPath(file);
  if (!location) {
    return fileError('is not at <track>/<company>/<difficulty>.json');
  }
  if (content instanceof Error) {
    return fileError(`cannot be read: ${content.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch (error) {
    return fileError(`is not valid JSON: ${(error as Error).message}`);
  }
  return parseQuestionFile(json, location);
}
