import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { workspaceRoot } from '../src/config';
import { MIGRATIONS } from '../src/database/migrations';
import { resetDatabase } from './support/test-app';

const run = promisify(execFile);
const root = workspaceRoot();

/** The `npm run db:*` commands, run as a user would, in their own process. */
async function db(command: string, env: Record<string, string | undefined>): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/api/src/database/cli.ts', command],
    {
      cwd: root,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json',
        ...env,
      },
      timeout: 60_000,
    },
  );
  return stdout;
}

describe('The migration commands', () => {
  beforeAll(async () => {
    await resetDatabase();
  });

  it('should migrate, revert and migrate again on the configured database', async () => {
    const env = { DATABASE_URL: process.env['DATABASE_URL'] };
    expect(await db('migrate', env)).toContain('Applied InitialSchema');
    const newest = MIGRATIONS[MIGRATIONS.length - 1]?.name ?? '';
    expect(await db('status', env)).toContain(`[x] ${newest}`);
    // revert undoes the newest migration only.
    await db('revert', env);
    const status = await db('status', env);
    expect(status).toMatch(/^\[x\] InitialSchema/m);
    expect(status).toContain(`[ ] ${newest}`);
    expect(await db('migrate', env)).toContain(`Applied ${newest}`);
    expect(await db('migrate', env)).toContain('Nothing to migrate.');
  });

  it('should keep the embedded database on disk across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'embedded-'));
    try {
      const env = { DATABASE_URL: '', DATA_DIR: dataDir };
      expect(await db('migrate', env)).toContain('Applied InitialSchema');
      expect(await db('status', env)).toMatch(/^\[x\] InitialSchema/m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('should find no drift between the entities and the migrations', async () => {
    expect(await db('check', {})).toContain('the migrations match the entities');
  });
});
