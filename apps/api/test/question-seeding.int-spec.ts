import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { workspaceRoot } from '../src/config';
import { QuestionSeeder } from '../src/questions/question-seeder.service';
import { createTestApp, resetDatabase } from './support/test-app';

describe('Seeding the question bank on bootstrap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'questions-'));
  const bank = join(workspaceRoot(), 'data/questions');
  cpSync(join(bank, 'swe_intern/general/easy.json'), join(dir, 'swe_intern/general/easy.json'), {
    recursive: true,
  });
  cpSync(join(bank, 'behavioral/amazon/easy.json'), join(dir, 'behavioral/amazon/easy.json'), {
    recursive: true,
  });
  const internFile = join(dir, 'swe_intern/general/easy.json');
  const internCount = JSON.parse(readFileSync(internFile, 'utf8')).questions.length as number;
  const behavioralCount = JSON.parse(readFileSync(join(dir, 'behavioral/amazon/easy.json'), 'utf8'))
    .questions.length as number;

  let app: NestFastifyApplication;
  let seeder: QuestionSeeder;
  let db: DataSource;

  beforeAll(async () => {
    process.env['QUESTIONS_DIR'] = dir;
    await resetDatabase();
    app = await createTestApp();
    seeder = app.get(QuestionSeeder);
    db = app.get(DataSource);
  });

  afterAll(async () => {
    delete process.env['QUESTIONS_DIR'];
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const activeCount = async () =>
    Number((await db.query(`SELECT count(*) AS n FROM questions WHERE is_active`))[0].n);

  it('should load every question on the first start', async () => {
    expect(await activeCount()).toBe(internCount + behavioralCount);
  });

  it('should write nothing on a restart with no change', async () => {
    const summary = await seeder.seed();
    expect(summary).toMatchObject({
      added: 0,
      updated: 0,
      retired: 0,
      unchanged: internCount + behavioralCount,
    });
  });

  it("should stop at the files' fingerprint on a restart with no change, writing nothing", async () => {
    const fingerprint = `SELECT fingerprint, seeded_at FROM question_bank_fingerprints WHERE directory = $1`;
    const [before] = await db.query(fingerprint, [dir]);
    expect(before.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const summary = await seeder.seed();
    expect(summary.unchanged).toBe(internCount + behavioralCount);
    expect(await db.query(fingerprint, [dir])).toEqual([before]);
  });

  it('should read every question again when the table no longer holds what was seeded', async () => {
    const [{ id }] = await db.query(`SELECT id FROM questions WHERE is_active LIMIT 1`);
    await db.query(`UPDATE questions SET is_active = false WHERE id = $1`, [id]);
    const summary = await seeder.seed();
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    expect(await activeCount()).toBe(internCount + behavioralCount);
  });

  it('should update an edited question in place, keeping its id', async () => {
    const file = JSON.parse(readFileSync(internFile, 'utf8'));
    file.questions[0].prompt = 'An edited prompt about reversing a string in place.';
    writeFileSync(internFile, JSON.stringify(file));
    const summary = await seeder.seed();
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    const [row] = await db.query(`SELECT prompt FROM questions WHERE id = $1`, [
      file.questions[0].id,
    ]);
    expect(row.prompt).toBe('An edited prompt about reversing a string in place.');
  });

  it('should load a file in the original format, deriving ids from titles', async () => {
    writeFileSync(
      join(dir, 'swe_intern/general/medium.json'),
      JSON.stringify({
        track: 'swe_intern',
        company_style: 'general',
        difficulty: 'medium',
        questions: [
          {
            title: 'Rotate an Array',
            prompt: 'Rotate an array right by k steps.',
            tags: ['arrays'],
            followups: ['In place?'],
          },
        ],
      }),
    );
    const summary = await seeder.seed();
    expect(summary.added).toBe(1);
    const [row] = await db.query(
      `SELECT id, question_type FROM questions WHERE title = 'Rotate an Array'`,
    );
    expect(row).toEqual({
      id: 'swe_intern.general.medium.rotate-an-array',
      question_type: 'coding',
    });
  });

  it('should report and skip a malformed file and keep loading the others', async () => {
    writeFileSync(join(dir, 'swe_intern/general/hard.json'), '{ "track": "swe_intern", ');
    const before = await activeCount();
    const summary = await seeder.seed();
    expect(summary.rejected).toBe(1);
    expect(await activeCount()).toBe(before);
    // No fingerprint is kept for a bank with errors: the next start reports them again.
    expect((await seeder.seed()).rejected).toBe(1);
  });

  it('should skip only the invalid question of a file, naming its index and field', async () => {
    const file = JSON.parse(readFileSync(internFile, 'utf8'));
    file.questions[1].tags = ['Not A Tag'];
    writeFileSync(internFile, JSON.stringify(file));
    const summary = await seeder.seed();
    expect(summary.rejected).toBeGreaterThanOrEqual(1);
    const [row] = await db.query(`SELECT is_active FROM questions WHERE id = $1`, [
      file.questions[1].id,
    ]);
    expect(row.is_active).toBe(false);
  });

  it('should retire questions removed from the files instead of deleting them', async () => {
    rmSync(join(dir, 'behavioral/amazon/easy.json'));
    const summary = await seeder.seed();
    expect(summary.retired).toBe(behavioralCount);
    const [row] = await db.query(`SELECT count(*) AS n FROM questions WHERE track = 'behavioral'`);
    expect(Number(row.n)).toBe(behavioralCount);
  });
});
