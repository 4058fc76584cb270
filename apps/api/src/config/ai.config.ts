import { registerAs } from '@nestjs/config';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { validateEnv } from './validate-env';

const url = {
  require_tld: false,
  require_protocol: true,
  protocols: ['http', 'https'],
};

class AiEnv {
  @IsOptional() @IsString() DEEPSEEK_API_KEY?: string;
  @IsOptional() @IsUrl(url) DEEPSEEK_BASE_URL?: string;
  @IsOptional() @IsString() DEEPSEEK_MODEL?: string;
  /** Generic aliases, for any OpenAI-compatible server (Ollama, vLLM...). */
  @IsOptional() @IsString() LLM_API_KEY?: string;
  @IsOptional() @IsUrl(url) LLM_BASE_URL?: string;
  @IsOptional() @IsString() LLM_MODEL?: string;
  @IsOptional() @IsInt() @Min(1000) @Max(300_000) LLM_TIMEOUT_MS?: number;
  @IsOptional() @IsInt() @Min(0) @Max(10) LLM_MAX_RETRIES?: number;
  /** How long the circuit stays open after repeated failures before the LLM is tried again. */
  @IsOptional() @IsInt() @Min(1000) @Max(3_600_000) LLM_CIRCUIT_RESET_MS?: number;
}

export interface AiConfig {
  /** The LLM is used when a key or a base URL is given (local servers need no key). */
  readonly enabled: boolean;
  readonly apiKey: string | null;
  readonly baseUrl: string;
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly circuitResetMs: number;
}

export const aiConfig = registerAs('ai', (): AiConfig => {
  const env = validateEnv(AiEnv);
  const apiKey = env.LLM_API_KEY ?? env.DEEPSEEK_API_KEY ?? null;
  const explicitBaseUrl = env.LLM_BASE_URL ?? env.DEEPSEEK_BASE_URL;
  return {
    enabled: apiKey !== null || explicitBaseUrl !== undefined,
    apiKey,
    baseUrl: explicitBaseUrl ?? 'https://api.deepseek.com',
    model: env.LLM_MODEL ?? env.DEEPSEEK_MODEL ?? 'deepseek-chat',
    timeoutMs: env.LLM_TIMEOUT_MS ?? 20_000,
    maxRetries: env.LLM_MAX_RETRIES ?? 2,
    circuitResetMs: env.LLM_CIRCUIT_RESET_MS ?? 30_000,
  };
});
