import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BEHAVIORAL_TAGS,
  COMPANIES,
  DEFAULT_PAGE_SIZE,
  DIFFICULTIES,
  SESSION_TRACKS,
  TECHNICAL_TAGS,
  type Company,
  type CoverageCell,
  type Difficulty,
  type Page,
  type QuestionCoverage,
  type QuestionDetail,
  type QuestionListQuery,
  type QuestionSummary,
  type TagCount,
  type Track,
} from '@interview-prep/contracts';
import { renderPrompt } from '@interview-prep/domain';
import { Repository } from 'typeorm';
import { toQuestionSummary } from './question-mapping';
import { QuestionEntity } from './question.entity';

const behavioralTags = new Set<string>(BEHAVIORAL_TAGS);

@Injectable()
export class QuestionsService {
  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
  ) {}

  async list(query: QuestionListQuery): Promise<Page<QuestionSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.page_size ?? DEFAULT_PAGE_SIZE;
    const builder = this.questions.createQueryBuilder('q').where('q.is_active');
    if (query.track) {
      builder.andWhere('q.track = :track', { track: query.track });
    }
    if (query.company) {
      builder.andWhere('q.company = :company', { company: query.company });
    }
    if (query.difficulty) {
      builder.andWhere('q.difficulty = :difficulty', { difficulty: query.difficulty });
    }
    if (query.type) {
      builder.andWhere('q.question_type = :type', { type: query.type });
    }
    if (query.tag) {
      builder.andWhere(':tag = ANY(q.tags)', { tag: query.tag });
    }
    if (query.q) {
      // Every word must appear in the title or the prompt; LIKE wildcards in the input are literal.
      query.q
        .split(/\s+/)
        .filter(Boolean)
        .forEach((word, i) =>
          builder.andWhere(`(q.title ILIKE :w${i} OR q.prompt ILIKE :w${i})`, {
            [`w${i}`]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
          }),
        );
    }
    const [rows, total] = await builder
      .orderBy('q.track')
      .addOrderBy('q.company')
      .addOrderBy('q.difficulty')
      .addOrderBy('q.title')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toQuestionSummary), total, page, page_size: pageSize };
  }

  async findOne(id: string): Promise<QuestionDetail> {
    const row = await this.questions.findOneBy({ id, isActive: true });
    if (!row) {
      throw new NotFoundException('Question not found');
    }
    return {
      ...toQuestionSummary(row),
      prompt: renderPrompt(row.prompt, row.company as Company),
      followups: row.followups,
      expected_topics: row.expectedTopics,
    };
  }

  async coverage(): Promise<QuestionCoverage> {
    const cells: CoverageCell[] = (
      await this.questions
        .createQueryBuilder('q')
        .select(['q.track AS track', 'q.company AS company', 'q.difficulty AS difficulty'])
        .addSelect('q.question_type', 'question_type')
        .addSelect('count(*)::int', 'count')
        .where('q.is_active')
        .groupBy('q.track, q.company, q.difficulty, q.question_type')
        .orderBy('q.track')
        .addOrderBy('q.company')
        .addOrderBy('q.difficulty')
        .addOrderBy('q.question_type')
        .getRawMany<CoverageCell>()
    ).map((cell) => ({ ...cell, count: Number(cell.count) }));

    const filled = new Set(cells.map((c) => `${c.track}/${c.company}/${c.difficulty}`));
    const tracks: readonly Track[] = [...SESSION_TRACKS, 'behavioral'];
    const emptyCells = tracks.flatMap((track) =>
      COMPANIES.flatMap((company) =>
        DIFFICULTIES.filter((difficulty) => !filled.has(`${track}/${company}/${difficulty}`)).map(
          (difficulty: Difficulty) => ({ track, company, difficulty }),
        ),
      ),
    );
    return {
      total: cells.reduce((sum, cell) => sum + cell.count, 0),
      cells,
      empty_cells: emptyCells,
      by_tag: await this.tagCounts(),
    };
  }

  /** Every tag of the vocabulary, with how many active questions carry it (0 included). */
  async tagCounts(): Promise<TagCount[]> {
    const rows = await this.questions.query<{ tag: string; count: number }[]>(
      `SELECT tag, count(*)::int AS count FROM questions, unnest(tags) AS tag
       WHERE is_active GROUP BY tag`,
    );
    const counts = new Map(rows.map((row) => [row.tag, Number(row.count)]));
    return [...TECHNICAL_TAGS, ...BEHAVIORAL_TAGS].map((tag) => ({
      tag,
      kind: behavioralTags.has(tag) ? 'behavioral' : 'technical',
      count: counts.get(tag) ?? 0,
    }));
  }
}
