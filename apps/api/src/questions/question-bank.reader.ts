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

/** The bank's files below `dir`, relative with `/` separators, sorted. */
async function listQuestionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The bank's files and a sha256 over every file's path and bytes, without parsing them: equal
 * fingerprints mean the same files with the same content.
 */
export async function fingerprintQuestionFiles(
  dir: string,
): Promise<{ files: readonly string[]; fingerprint: string }> {
  const files = await listQuestionFiles(dir);
  const contents = await Promise.all(files.map((file) => readFile(join(dir, file))));
  const hash = createHash('sha256');
  files.forEach((file, i) =>
    hash
      .update(`${file}\0`)
      .update(contents[i] ?? '')
      .update('\0'),
  );
  return { files, fingerprint: hash.digest('hex') };
}

/** Reads and validates every `<track>/<company>/<difficulty>.json` below `dir`; never throws on a bad file. */
export async function readQuestionBank(dir: string): Promise<QuestionBank> {
  const files = await listQuestionFiles(dir);

  const questions: LocatedQuestion[] = [];
  const issues: FileIssue[] = [];
  const failedFiles = new Set<string>();
  for (const file of files) {
    const result = await readOne(dir, file);
    issues.push(...result.issues.map((issue) => ({ ...issue, file })));
    if (result.issues.some((issue) => issue.severity === 'error' && issue.index === null)) {
      failedFiles.add(file);
    }
    questions.push(
      ...result.questions.map(({ index, question }) => ({
        file,
        index,
        question,
      })),
    );
  }
  return { files, questions, issues, failedFiles };
}

async function readOne(dir: string, file: string): Promise<ParsedQuestionFile> {
  const fileError = (message: string): ParsedQuestionFile => ({
    questions: [],
    issues: [{ severity: 'error', index: null, field: '(file)', message }],
  });
  const location = locationFromPath(file);
  if (!location) {
    return fileError('is not at <track>/<company>/<difficulty>.json');
  }
  let content: unknown;
  try {
    content = JSON.parse(await readFile(join(dir, file), 'utf8'));
  } catch (error) {
    return fileError(`is not valid JSON: ${(error as Error).message}`);
  }
  return parseQuestionFile(content, location);
}
