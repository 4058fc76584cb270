import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { TtsCacheStatus } from '@interview-prep/contracts';
import { LRUCache } from 'lru-cache';
import { createHash, randomBytes } from 'node:crypto';
import {
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import type { AllConfig } from '../config';
import { AUDIO_TYPES, type AudioType, type SpeechAudio } from './speech-provider';

/** `<sha256>.<wav|mp3>`: anything else in the folder is not ours and is left alone. */
const ENTRY_FILE = /^([0-9a-f]{64})\.(wav|mp3)$/;
const TEMP_FILE = /^[0-9a-f]{64}\.(wav|mp3)\.tmp-[0-9a-f]+$/;

interface Entry {
  readonly file: string;
  readonly size: number;
  readonly contentType: AudioType;
}

export interface CacheKey {
  readonly provider: string;
  readonly voice: string;
  readonly text: string;
}

/**
 * Synthesized audio on disk under `<DATA_DIR>/tts-cache`, one file per provider + voice + text,
 * bounded by total size: the least recently used files are deleted first. The index lives in
 * memory (lru-cache) and is rebuilt from the folder at start, oldest modification time first; a
 * hit touches its file, so the order survives restarts. Failures to read or write only cost a
 * cache miss.
 */
@Injectable()
export class TtsCache implements OnModuleInit {
  private readonly logger = new Logger('TtsCache');
  private readonly dir: string;
  readonly maxBytes: number;
  private readonly index: LRUCache<string, Entry> | null;

  constructor(config: ConfigService<AllConfig, true>) {
    this.dir = join(config.get('app.dataDir', { infer: true }), 'tts-cache');
    this.maxBytes = config.get('tts.cacheMaxBytes', { infer: true });
    this.index =
      this.maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: this.maxBytes,
            sizeCalculation: (entry) => Math.max(1, entry.size),
            // Evicted or deleted: the file goes too. Not on 'set', where a new file replaced it.
            dispose: (entry, _key, reason) => {
              if (reason === 'evict' || reason === 'delete') {
                void this.remove(entry.file);
              }
            },
          })
        : null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.index) {
      return;
    }
    await mkdir(this.dir, { recursive: true });
    const found: { key: string; entry: Entry; mtimeMs: number }[] = [];
    for (const name of await readdir(this.dir)) {
      if (TEMP_FILE.test(name)) {
        await this.remove(name);
        continue;
      }
      const match = ENTRY_FILE.exec(name);
      const info = match ? await stat(join(this.dir, name)).catch(() => null) : null;
      if (match && info?.isFile()) {
        const contentType = contentTypeOf(match[2]);
        found.push({
          key: match[1],
          entry: { file: name, size: info.size, contentType },
          mtimeMs: info.mtimeMs,
        });
      }
    }
    // Oldest first, so the most recently used ends up the most recent in the index.
    for (const { key, entry } of found.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
      this.index.set(key, entry);
    }
    if (found.length > 0) {
      this.logger.log(`${this.index.size} cached recordings, ${this.index.calculatedSize} bytes`);
    }
  }

  async get(key: CacheKey): Promise<SpeechAudio | null> {
    const hash = hashKey(key);
    const entry = this.index?.get(hash);
    if (!entry) {
      return null;
    }
    try {
      const audio = await readFile(join(this.dir, entry.file));
      const now = new Date();
      void utimes(join(this.dir, entry.file), now, now).catch(() => undefined);
      return { audio, contentType: entry.contentType };
    } catch {
      // Deleted behind our back (another process sharing the folder, or by hand).
      this.index?.delete(hash);
      return null;
    }
  }

  async set(key: CacheKey, speech: SpeechAudio): Promise<void> {
    if (!this.index || speech.audio.length > this.maxBytes) {
      return;
    }
    const hash = hashKey(key);
    const file = `${hash}.${AUDIO_TYPES[speech.contentType]}`;
    const temp = `${file}.tmp-${randomBytes(4).toString('hex')}`;
    try {
      await writeFile(join(this.dir, temp), speech.audio);
      await rename(join(this.dir, temp), join(this.dir, file));
      const previous = this.index.peek(hash);
      if (previous && previous.file !== file) {
        await this.remove(previous.file);
      }
      this.index.set(hash, { file, size: speech.audio.length, contentType: speech.contentType });
    } catch (error) {
      this.logger.warn(`Could not keep audio in the cache: ${(error as Error).message}`);
      await this.remove(temp);
    }
  }

  status(): TtsCacheStatus {
    return {
      entries: this.index?.size ?? 0,
      bytes: this.index?.calculatedSize ?? 0,
      max_bytes: this.maxBytes,
    };
  }

  private async remove(file: string): Promise<void> {
    await unlink(join(this.dir, file)).catch(() => undefined);
  }
}

function hashKey({ provider, voice, text }: CacheKey): string {
  return createHash('sha256')
    .update(JSON.stringify([provider, voice, text]))
    .digest('hex');
}

function contentTypeOf(extension: string): AudioType {
  return extension === 'mp3' ? 'audio/mpeg' : 'audio/wav';
}
