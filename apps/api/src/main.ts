import { Logger as NestLogger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { createHttpAdapter } from './app/http-adapter';
import type { AllConfig } from './config';
import { serveWebApp } from './web-app/web-app';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createHttpAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await configureApp(app);
  await serveWebApp(app);

  const { port, host } = app
    .get<ConfigService<AllConfig, true>>(ConfigService)
    .get('app', { infer: true });
  await app.listen(port, host);
  app
    .get(Logger)
    .log(`Interview Prep AI is running on http://localhost:${port} (API docs: /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  // A configuration error is the message itself; anything else gets its stack.
  const message =
    error instanceof Error
      ? error.message.startsWith('Invalid configuration')
        ? error.message
        : error.stack
      : String(error);
  new NestLogger('Bootstrap').error(message);
  process.exit(1);
});
