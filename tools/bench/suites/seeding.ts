import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type DbTarget } from '../lib/api';
import { scratchDatabase } from '../lib/databases';
import { ROOT, tempDir } from '../lib/processes';
import { log, printTable } from '../lib/report';

const QUESTIONS = 10_000;

interface SeedLine {
  readonly line: string;
  readonly ms: number;
}

/**
 * Seeding on the production build: a bank of 10,000 questions in the original's file layout
 * (the shipped texts, renamed), loaded on a first start, then a restart with no change. The
 * figures are the QuestionSeeder's own timing line from the API's log.
 */
export async function runSeedingSuite(options: {
  targets: DbTarget[];
  logDir: string;
}): Promise<void> {
  const dir = writeBank();
  const rows: (string | number)[][] = [];
  for (const target of options.targets) {
    const db: DbTarget =
      target.kind === 'postgres'
        ? { kind: 'postgres', url: (await scratchDatabase('bench_seed')) ?? target.url }
        : target;
    const dataDir = tempDir('seed-data');
    const runs: SeedLine[] = [];
    for (const run of ['first start', 'restart, no change']) {
      log(`seeding/${db.kind}: ${run}`);
      const started = Date.now();
      const api = await startApi({
        db,
        dataDir,
        logDir: options.logDir,
        env: { QUESTIONS_DIR: dir },
      });
      const boot = Date.now() - started;
      await api.stop();
      const seeded = seedLine(api.log());
      runs.push(seeded);
      rows.push([
        db.kind === 'embedded' ? 'embedded (PGlite)' : 'Postgres 15',
        run,
        seeded.ms,
        boot,
        seeded.line.replace(/^Question bank: /, ''),
      ]);
    }
  }
  printTable({
    title: `Seeding ${QUESTIONS.toLocaleString('en')} questions from JSON (production build)`,
    columns: [
      'database',
      'start',
      'seeding ms',
      'process start to HTTP ready ms',
      'seeder log line',
    ],
    rows,
    notes: ['Floors: first load <= 5,000 ms; a restart with no change <= 500 ms of seeding work.'],
  });
}

/** The shipped files' questions copied until there are 10,000, in the same layout. */
function writeBank(): string {
  const source = join(ROOT, 'data/questions');
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.split('/').length === 3 && file.endsWith('.json'),
  );
  const dir = tempDir('questions');
  const perFile = Math.ceil(QUESTIONS / files.length);
  let written = 0;
  for (const file of files) {
    const bank = JSON.parse(readFileSync(join(source, file), 'utf8')) as {
      questions: Record<string, unknown>[];
    };
    const questions = Array.from({ length: Math.min(perFile, QUESTIONS - written) }, (_, i) => {
      const original = bank.questions[i % bank.questions.length] ?? {};
      const copy = Math.floor(i / bank.questions.length);
      return {
        ...original,
        id: `${String(original['id'] ?? file)}.copy-${copy}`,
        title: `${String(original['title'])} (${copy})`,
      };
    });
    written += questions.length;
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify({ ...bank, questions }, null, 2));
  }
  log(`seeding: wrote ${written} questions in ${files.length} files to ${dir}`);
  return dir;
}

function seedLine(text: string): SeedLine {
  for (const line of text.split('\n').reverse()) {
    const match = /"msg":"(Question bank: [^"]*\((\d+) ms\))"/.exec(line);
    if (match?.[1] && match[2]) {
      return { line: match[1], ms: Number(match[2]) };
    }
  }
  throw new Error('The API logged no seeding line');
}
