import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AiModule } from '../ai/ai.module';
import { AnalyticsModule } from '../analytics/analytics.module';
import { createLoggerOptions } from '../common/logging/logger-options';
import { RateLimitModule } from '../common/rate-limit';
import { GlobalExceptionFilter } from '../common/errors/global-exception.filter';
import { createValidationPipe } from '../common/errors/validation.pipe';
import { AuthModule } from '../auth/auth.module';
import { configLoaders, ENV_FILE, type AllConfig } from '../config';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { QuestionsModule } from '../questions/questions.module';
import { SessionsModule } from '../sessions/sessions.module';
import { TtsModule } from '../tts/tts.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      load: configLoaders,
      envFilePath: ENV_FILE,
      // Tests set their own environment; a developer's .env must not leak into them.
      ignoreEnvFile: process.env['NODE_ENV'] === 'test',
    }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) =>
        createLoggerOptions(config.get('app', { infer: true })),
    }),
    DatabaseModule,
    RateLimitModule,
    AuthModule,
    HealthModule,
    AiModule,
    QuestionsModule,
    SessionsModule,
    AnalyticsModule,
    TtsModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GlobalExceptionFilter },
  ],
})
export class AppModule {}
