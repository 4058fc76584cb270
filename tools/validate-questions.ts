/**
 * Validates the question bank: every file's schema and place, allowed values from libs/contracts,
 * unique ids, near-duplicate prompts and the minimum count per cell.
 *
 *   npm run validate:questions [-- --strict] [-- --dir <folder>]
 *
 * Prints `file:question-index:field: reason`; exits non-zero on errors (with --strict, on warnings too).
 */
import {
  countCells,
  findDuplicateIds,
  findNearDuplicates,
  findThinCells,
  type BankFinding,
} from '@interview-prep/domain';
import { join } from 'node:path';
import { readQuestionBank } from '../apps/api/src/questions/question-bank.reader';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const dirFlag = args.indexOf('--dir');
  const dir = dirFlag >= 0 ? args[dirFlag + 1] : join(__dirname, '..', 'data', 'questions');

  const bank = await readQuestionBank(dir);
  const questions = bank.questions.map((located) => located.question);
  const errors: BankFinding[] = [
    ...bank.issues.filter((issue) => issue.severity === 'error'),
    ...findDuplicateIds(bank.questions),
    ...findNearDuplicates(bank.questions),
    ...findThinCells(questions),
  ];
  const warnings: BankFinding[] = bank.issues.filter((issue) => issue.severity === 'warning');

  const print = (label: string, findings: readonly BankFinding[]) =>
    findings.forEach((f) =>
      console.log(
        `${label} ${f.file}${f.index === null ? '' : `:${f.index}`}:${f.field}: ${f.message}`,
      ),
    );
  print('error', errors);
  print('warning', warnings);

  const cells = countCells(questions);
  const smallest = Math.min(...cells.map((cell) => cell.count));
  console.log(
    `${bank.files.length} files, ${questions.length} questions, ${cells.length} cells ` +
      `(smallest has ${smallest}); ${errors.length} errors, ${warnings.length} warnings`,
  );
  return errors.length > 0 || (strict && warnings.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
