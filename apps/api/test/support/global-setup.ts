import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';

declare global {
  var embeddedPostgres: EmbeddedPostgres | undefined;
}

/** PGlite cannot start inside a test file's sandbox, so the embedded server starts here, once. */
export default async function globalSetup(): Promise<void> {
  process.env['NODE_ENV'] = 'test';
  process.env['DATA_DIR'] = mkdtempSync(join(tmpdir(), 'interview-prep-test-'));
  if (!process.env['DATABASE_URL']) {
    globalThis.embeddedPostgres = await EmbeddedPostgres.start({
      dataDir: null,
      maxConnections: 24,
    });
    process.env['DATABASE_URL'] = globalThis.embeddedPostgres.url;
    // One connection, as `npm start` gives the app on the embedded database: pglite-socket runs
    // every connection on one session and interleaves their statements outside a transaction
    // (docs/PERFORMANCE.md, "Embedded database: one connection").
    process.env['DATABASE_POOL_SIZE'] = '1';
  }
}
