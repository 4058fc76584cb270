import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SessionTrack } from '@interview-prep/contracts';
import { parseRubric, selectRubrics, type Rubric, type RubricSet } from '@interview-prep/domain';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AllConfig } from '../config';

/** The rubrics of data/rubrics, loaded and validated once at start-up: a bad one stops it. */
@Injectable()
export class RubricStore implements OnModuleInit {
  private readonly logger = new Logger(RubricStore.name);
  private rubrics: readonly Rubric[] = [];

  constructor(private readonly config: ConfigService<AllConfig, true>) {}

  async onModuleInit(): Promise<void> {
    const dir = this.config.get('database.rubricsDir', { infer: true });
    const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
    const loaded: Rubric[] = [];
    for (const file of files) {
      const result = parseRubric(JSON.parse(await readFile(join(dir, file), 'utf8')));
      if (!result.ok) {
        throw new Error(`Invalid rubric ${file}:\n  - ${result.errors.join('\n  - ')}`);
      }
      loaded.push(result.rubric);
    }
    this.rubrics = loaded;
    this.logger.log(`Rubrics: ${files.join(', ')}`);
  }

  forTrack(track: SessionTrack): RubricSet {
    return selectRubrics(this.rubrics, track);
  }
}
