import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { LocatedQuestion } from '@interview-prep/domain';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AllConfig } from '../config';
import { QuestionEntity } from './question.entity';
import { parseQuestionBank, readQuestionFiles } from './question-bank.reader';
import { toQuestionRow, type QuestionRow } from './question-mapping';

export interface SeedSummary {
  readonly files: number;
  readonly added: number;
  readonly updated: number;
  readonly retired: number;
  readonly unchanged: number;
  readonly rejected: number;
}

/** A row with the hash of its content, to tell an edited question from an unchanged one. */
type HashedRow = QuestionRow & { readonly contentHash: string };

/** Rows per INSERT: 19 parameters each stays far below Postgres' 65,535. */
const CHUNK_SIZE = 500;

/** Part of the stored fingerprint: bump it when uniqueRows maps questions to rows differently. */
const ROW_FORMAT = 1;

/**
 * Loads the question files into the questions table on every start. Upserts by id and compares a
 * content hash, so an edited file shows up after a restart and an unchanged bank writes nothing.
 * A bank seeded without an error leaves a fingerprint of its files: a restart that finds the same
 * files (and as many active questions) stops there, without parsing a question.
 */
@Injectable()
export class QuestionSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(QuestionSeeder.name);

  constructor(
    private readonly config: ConfigService<AllConfig, true>,
    @InjectRepository(QuestionEntity)
    private readonly questions: Repository<QuestionEntity>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('database.seedQuestions', { infer: true })) {
      await this.seed();
    }
  }

  async seed(): Promise<SeedSummary> {
    const started = performance.now();
    const dir = this.config.get('database.questionsDir', { infer: true });
    const read = await readQuestionFiles(dir);
    const fingerprint = sha256(`${ROW_FORMAT}:${read.fingerprint}`);
    const active = await this.activeIfUnchanged(dir, fingerprint);
    if (active !== null) {
      return this.report(started, active, {
        files: read.files.length,
        added: 0,
        updated: 0,
        retired: 0,
        unchanged: active,
        rejected: 0,
      });
    }

    const bank = parseQuestionBank(read);
    for (const issue of bank.issues) {
      const at = issue.index === null ? issue.file : `${issue.file}:${issue.index}`;
      const line = `${at}:${issue.field}: ${issue.message}`;
      if (issue.severity === 'error') {
        this.logger.error(`Skipped: ${line}`);
      } else {
        this.logger.debug(line);
      }
    }

    const rows = this.uniqueRows(bank.questions);
    // Duplicated ids are errors too (uniqueRows reports them).
    const rejected =
      bank.issues.filter((issue) => issue.severity === 'error').length +
      bank.questions.length -
      rows.length;
    // Plain rows: hydrating every question as an entity was a third of a no-change restart.
    const existing = new Map(
      (
        await this.questions.query<
          { id: string; content_hash: string; is_active: boolean; source_file: string }[]
        >('SELECT id, content_hash, is_active, source_file FROM questions')
      ).map((row) => [
        row.id,
        {
          id: row.id,
          contentHash: row.content_hash,
          isActive: row.is_active,
          sourceFile: row.source_file,
        },
      ]),
    );
    const changed = rows.filter((row) => {
      const before = existing.get(row.id);
      return !before || before.contentHash !== row.contentHash || !before.isActive;
    });
    const seen = new Set(rows.map((row) => row.id));
    const retired = [...existing.values()]
      .filter((row) => row.isActive && !seen.has(row.id) && !bank.failedFiles.has(row.sourceFile))
      .map((row) => row.id);

    await this.questions.manager.transaction(async (manager) => {
      for (let i = 0; i < changed.length; i += CHUNK_SIZE) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(QuestionEntity)
          .values(changed.slice(i, i + CHUNK_SIZE))
          .orUpdate(UPDATABLE_COLUMNS, ['id'])
          .execute();
      }
      if (retired.length > 0) {
        await manager.update(QuestionEntity, retired, { isActive: false });
      }
      // A bank with errors keeps no fingerprint: every start reads it again and reports them.
      if (rejected === 0) {
        await manager.query(
          `INSERT INTO question_bank_fingerprints (directory, fingerprint, active_questions, seeded_at)
           SELECT $1, $2, count(*), now() FROM questions WHERE is_active
           ON CONFLICT (directory) DO UPDATE SET fingerprint = excluded.fingerprint,
             active_questions = excluded.active_questions, seeded_at = excluded.seeded_at`,
          [dir, fingerprint],
        );
      } else {
        await manager.query('DELETE FROM question_bank_fingerprints WHERE directory = $1', [dir]);
      }
    });

    return this.report(started, rows.length, {
      files: bank.files.length,
      added: changed.filter((row) => !existing.has(row.id)).length,
      updated: changed.filter((row) => existing.has(row.id)).length,
      retired: retired.length,
      unchanged: rows.length - changed.length,
      rejected,
    });
  }

  /** The active questions, if the files are those of the last seeding and the table kept them. */
  private async activeIfUnchanged(dir: string, fingerprint: string): Promise<number | null> {
    const [row] = await this.questions.query<{ stored: number; active: number }[]>(
      `SELECT f.active_questions AS stored,
              (SELECT count(*)::int FROM questions WHERE is_active) AS active
         FROM question_bank_fingerprints f WHERE f.directory = $1 AND f.fingerprint = $2`,
      [dir, fingerprint],
    );
    return row && row.stored === row.active ? row.active : null;
  }

  private report(started: number, questions: number, summary: SeedSummary): SeedSummary {
    const ms = Math.round(performance.now() - started);
    this.logger.log(
      `Question bank: ${summary.files} files, ${questions} questions: ${summary.added} added, ` +
        `${summary.updated} updated, ${summary.retired} retired, ${summary.unchanged} unchanged, ` +
        `${summary.rejected} errors (${ms} ms)`,
    );
    return summary;
  }

  /** A second question with an id already taken is reported and left out: one row per id. */
  private uniqueRows(questions: readonly LocatedQuestion[]): HashedRow[] {
    const rows = new Map<string, HashedRow>();
    for (const { file, index, question } of questions) {
      if (rows.has(question.id)) {
        this.logger.error(
          `Skipped: ${file}:${index}:id: "${question.id}" is already used by another question`,
        );
        continue;
      }
      const row = toQuestionRow(question, file);
      rows.set(question.id, {
        ...row,
        contentHash: sha256(JSON.stringify(row)),
      });
    }
    return [...rows.values()];
  }
}

const UPDATABLE_COLUMNS = [
  'track',
  'company',
  'difficulty',
  'question_type',
  'is_behavioral',
  'title',
  'prompt',
  'tags',
  'followups',
  'key_points',
  'expected_topics',
  'evaluation_focus',
  'hints',
  'reference_answer',
  'estimated_minutes',
  'source_file',
  'content_hash',
  'is_active',
  'updated_at',
];

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
