import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigService } from '@nestjs/config';
import { API_PREFIX } from '@interview-prep/contracts';
import type { AllConfig } from '../config';
import { registerRequestLogging } from '../common/logging/request-logging';
import { setUpApiDocs } from './api-docs';
import { registerJsonBodyParser } from './json-body';
import { registerSecurityHeaders } from './security-headers';

/** Everything about the HTTP surface that needs the app instance; shared by main.ts and the tests. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<ConfigService<AllConfig, true>>(ConfigService);
  const { corsOrigins } = config.get('app', { infer: true });

  app.setGlobalPrefix(API_PREFIX);
  registerJsonBodyParser(app);
  // No origin allowed (production's default: the API serves the web app itself) needs no CORS
  // plugin at all, which saves its hook on every request; a preflight then gets 404, not 204.
  if (corsOrigins === true || corsOrigins.length > 0) {
    app.enableCors({
      origin: corsOrigins === true ? true : [...corsOrigins],
      exposedHeaders: ['Retry-After', 'X-Request-Id', 'X-Tts-Provider'],
      maxAge: 600,
    });
  }
  registerRequestLogging(app);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular inlines critical CSS and Swagger UI sets inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:', 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.enableShutdownHooks();
  setUpApiDocs(app);
}
