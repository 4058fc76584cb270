/**
 * The benchmarks of issue 9: figures printed as Markdown tables, each beside a baseline measured
 * in the same run. Run against the production build:
 *
 *   npx nx build api && npm run bench
 *   npm run bench -- --db postgres --suites http --seconds 5
 *
 * --db embedded,postgres     which databases (default both; Postgres at BENCH_POSTGRES_URL,
 *                            default postgres://postgres@127.0.0.1:5432, in a scratch database)
 * --suites http,selection,seeding,streaming,login,web   (default all)
 * --seconds N                length of one HTTP run (default 5, after a 2 s warm-up)
 * --connections 1,10,50
 */
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DbTarget } from './lib/api';
import { scratchDatabase } from './lib/databases';
import { tempDir } from './lib/processes';
import { log, tables } from './lib/report';
import { runHttpSuite } from './suites/http';
import { runLoginSuite } from './suites/login';
import { runSeedingSuite } from './suites/seeding';
import { runSelectionSuite } from './suites/selection';
import { runStreamingSuite } from './suites/streaming';
import { runWebSuite } from './suites/web';

const SUITES = ['http', 'selection', 'seeding', 'streaming', 'login', 'web'] as const;
type Suite = (typeof SUITES)[number];

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.split('=')[1] ?? (index >= 0 ? (args[index + 1] ?? fallback) : fallback);
}

async function main(): Promise<void> {
  const dbs = option('db', 'embedded,postgres').split(',');
  const suites = option('suites', SUITES.join(',')).split(',') as Suite[];
  const seconds = Number(option('seconds', '5'));
  const connections = option('connections', '1,10,50').split(',').map(Number);
  const logDir = tempDir('logs');
  const started = new Date();
  console.log(`# Benchmarks, ${started.toISOString()}`);
  console.log(
    `\nMachine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. ` +
      `Command: npm run bench -- ${process.argv.slice(2).join(' ')}. Logs: ${logDir}`,
  );

  const targets: DbTarget[] = [];
  for (const db of dbs) {
    if (db === 'embedded') {
      targets.push({ kind: 'embedded' });
    } else if (db === 'postgres') {
      const url = await scratchDatabase('bench');
      if (url) {
        targets.push({ kind: 'postgres', url });
      } else {
        log('Postgres does not answer: its figures are skipped');
      }
    }
  }

  for (const suite of suites) {
    switch (suite) {
      case 'http':
        for (const db of targets) {
          if (db.kind === 'postgres') {
            db.url = (await scratchDatabase('bench')) ?? db.url;
          }
          await runHttpSuite({ db, seconds, connections, logDir });
        }
        break;
      case 'selection':
        await runSelectionSuite({ targets, logDir });
        break;
      case 'seeding':
        await runSeedingSuite({ targets, logDir });
        break;
      case 'streaming':
        await runStreamingSuite({ targets, logDir });
        break;
      case 'login':
        await runLoginSuite({ targets, logDir, seconds });
        break;
      case 'web':
        await runWebSuite({ logDir });
        break;
    }
  }
  const out = join(logDir, 'results.json');
  writeFileSync(out, JSON.stringify({ started, tables }, null, 2));
  log(`done in ${Math.round((Date.now() - started.getTime()) / 1000)} s; figures also in ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
