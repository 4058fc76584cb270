/**
 * The migration commands (`npm run db:*`), on the same DataSource options as the app:
 *   migrate | revert | status      the configured database (DATABASE_URL, else the embedded one)
 *   generate <Name>                a migration from the entities' difference to the migrations
 *   check                          fails when the entities and the migrations have drifted apart
 * generate and check run on a fresh in-memory Postgres, so local data never shapes a migration.
 */
import 'reflect-metadata';
import { config as loadEnv } from 'dotenv';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { appConfig } from '../config/app.config';
import { databaseConfig } from '../config/database.config';
import { ENV_FILE } from '../config/workspace';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';

const MIGRATIONS_DIR = join(__dirname, 'migrations');

type Database = { dataSource: DataSource; close: () => Promise<void> };

async function openDatabase(kind: 'configured' | 'scratch'): Promise<Database> {
  loadEnv({ path: ENV_FILE, quiet: true });
  const { url } = databaseConfig();
  const embedded =
    kind === 'scratch' || !url
      ? await EmbeddedPostgres.start({
          dataDir: kind === 'scratch' ? null : join(appConfig().dataDir, 'pgdata'),
          maxConnections: 2,
        })
      : null;
  const dataSource = new DataSource({
    ...dataSourceOptions({
      url: embedded?.url ?? (url as string),
      poolSize: 1,
      runMigrations: false,
    }),
    logging: ['error', 'migration'],
  });
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

async function pendingSchemaChanges(dataSource: DataSource) {
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource.driver.createSchemaBuilder().log();
}

const commands: Record<string, (db: DataSource, args: string[]) => Promise<number>> = {
  async migrate(db) {
    const applied = await db.runMigrations({ transaction: 'each' });
    console.log(
      applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Nothing to migrate.',
    );
    return 0;
  },
  async revert(db) {
    await db.undoLastMigration({ transaction: 'each' });
    return 0;
  },
  async status(db) {
    const executed = new Set(
      (await db.query(`SELECT name FROM migrations`).catch(() => [])).map(
        (row: { name: string }) => row.name,
      ),
    );
    for (const migration of db.migrations) {
      console.log(`${executed.has(migration.name ?? '') ? '[x]' : '[ ]'} ${migration.name}`);
    }
    return 0;
  },
  async check(db) {
    const { upQueries } = await pendingSchemaChanges(db);
    if (upQueries.length === 0) {
      console.log('Schema check: the migrations match the entities.');
      return 0;
    }
    console.error('Schema drift: the entities need changes that no migration makes:');
    upQueries.forEach((query) => console.error(`  ${query.query}`));
    console.error('Run: npm run db:migration:generate -- <Name>');
    return 1;
  },
  async generate(db, [name]) {
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
      console.error('Usage: npm run db:migration:generate -- <PascalCaseName>');
      return 2;
    }
    const { upQueries, downQueries } = await pendingSchemaChanges(db);
    if (upQueries.length === 0) {
      console.log('No changes: the migrations already match the entities.');
      return 0;
    }
    const timestamp = Date.now();
    const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      migrationSource(`${name}${timestamp}`, upQueries, [...downQueries].reverse()),
    );
    writeMigrationIndex();
    console.log(`Wrote ${file}; review it, then run npm run db:migrate`);
    return 0;
  },
};

function migrationSource(
  className: string,
  up: readonly { query: string; parameters?: unknown[] }[],
  down: readonly { query: string; parameters?: unknown[] }[],
): string {
  const lines = (queries: typeof up) =>
    queries
      .map((q) => {
        const sql = q.query.replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
        const parameters = q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : '';
        return `    await queryRunner.query(\`${sql}\`${parameters});`;
      })
      .join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/** The app is bundled, so migrations are imported by name rather than globbed at run time. */
function writeMigrationIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+-\w+\.ts$/.test(file))
    .sort();
  const classes = files.map((file) => {
    const [timestamp, name] = file.replace(/\.ts$/, '').split('-');
    return {
      file: file.replace(/\.ts$/, ''),
      className: `${name}${timestamp}`,
    };
  });
  writeFileSync(
    join(MIGRATIONS_DIR, 'index.ts'),
    `// Generated by \`npm run db:migration:generate\`: every migration, oldest first.\n` +
      classes.map((c) => `import { ${c.className} } from './${c.file}';`).join('\n') +
      `\n\nexport const MIGRATIONS = [${classes.map((c) => c.className).join(', ')}];\n`,
  );
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const run = commands[command ?? ''];
  if (!run) {
    console.error(`Usage: db <${Object.keys(commands).join('|')}>`);
    process.exit(2);
  }
  const scratch = command === 'check' || command === 'generate';
  const db = await openDatabase(scratch ? 'scratch' : 'configured');
  try {
    process.exitCode = await run(db.dataSource, args);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
