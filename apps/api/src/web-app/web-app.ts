import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_PREFIX } from '@interview-prep/contracts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '../config';

export const WEB_APP_DIR = join(workspaceRoot(), 'dist/apps/web/browser');

/**
 * Serves the built Angular app from the API's own port: files as they are (hashed ones cached for
 * a year), and index.html for any other GET outside /api so that deep links work.
 */
export async function serveWebApp(app: NestFastifyApplication, dir = WEB_APP_DIR): Promise<void> {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`No web app build in ${dir}: run "npm start" or "npx nx build web"`);
    return;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      // Angular names built files with a content hash: main-5M3HXBLX.js
      const hashed = /-[0-9A-Z]{8}\.(js|css|woff2?)$/.test(path);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith(`/${API_PREFIX.split('/')[0]}/`)) {
      return reply.callNotFound();
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
