import { registerAs } from '@nestjs/config';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { EnvBoolean } from './env-transforms';
import { validateEnv } from './validate-env';

class MailEnv {
  @IsOptional() @IsString() SMTP_HOST?: string;
  @IsOptional() @IsInt() @Min(1) @Max(65535) SMTP_PORT?: number;
  @IsOptional() @IsString() SMTP_USERNAME?: string;
  @IsOptional() @IsString() SMTP_PASSWORD?: string;
  @IsOptional() @IsEmail() SMTP_FROM?: string;
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  @IsOptional() @EnvBoolean() @IsBoolean() SMTP_TLS?: boolean;
}

export interface MailConfig {
  /** Null: mails are not sent; their links are logged instead. */
  readonly smtp: {
    readonly host: string;
    readonly port: number;
    readonly username: string | null;
    readonly password: string | null;
    readonly tls: boolean;
  } | null;
  readonly from: string;
}

export const mailConfig = registerAs('mail', (): MailConfig => {
  const env = validateEnv(MailEnv);
  return {
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT ?? (env.SMTP_TLS ? 465 : 587),
          username: env.SMTP_USERNAME ?? null,
          password: env.SMTP_PASSWORD ?? null,
          tls: env.SMTP_TLS ?? false,
        }
      : null,
    from: env.SMTP_FROM ?? 'no-reply@interview-prep.local',
  };
});
