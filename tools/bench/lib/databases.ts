import { Client } from 'pg';

const SERVER = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

/** Drops and creates a scratch database on the Postgres server; null when none answers. */
export async function scratchDatabase(name: string): Promise<string | null> {
  const client = new Client({
    connectionString: `${SERVER}/postgres`,
    connectionTimeoutMillis: 3_000,
  });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return `${SERVER}/${name}`;
}
