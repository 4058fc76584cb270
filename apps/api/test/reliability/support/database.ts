import * as argon2 from 'argon2';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';
import { ARGON2_OPTIONS } from '../../../src/auth/password.service';
import { SECRET_KEY } from './api-process';

export const PASSWORD = 'plum-tractor-quietly-7';

/** The suite's own connection to the database the API processes use. */
export function openDatabase(): Pool {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 3 });
  // A restart of Postgres ends these connections too; the pool makes new ones.
  pool.on('error', () => undefined);
  return pool;
}

export async function resetSchema(db: Pool): Promise<void> {
  await db.query('DROP SCHEMA IF EXISTS public CASCADE');
  await db.query('CREATE SCHEMA public');
}

export interface SeededUser {
  readonly id: string;
  readonly email: string;
}

let hash: Promise<string> | null = null;

/** Verified users written straight to the table (one argon2 hash for all), to save the mails. */
export async function createUsers(
  db: Pool,
  count: number,
  label: string,
  fullName = 'Ada Candidate',
): Promise<SeededUser[]> {
  hash ??= argon2.hash(PASSWORD, ARGON2_OPTIONS);
  const passwordHash = await hash;
  const emails = Array.from(
    { length: count },
    (_, i) => `${label}-${i}-${Date.now()}@example.test`,
  );
  const { rows } = await db.query<SeededUser>(
    `INSERT INTO users (email, password_hash, full_name, is_verified, verified_at)
     SELECT email, $2, $3, true, now() FROM unnest($1::varchar[]) AS email
     RETURNING id, email`,
    [emails, passwordHash, fullName],
  );
  return rows;
}

/** An access token as the API issues them (HS256, sub and token version). */
export function accessToken(userId: string): string {
  return jwt.sign({ sub: userId, ver: 0 }, SECRET_KEY, { algorithm: 'HS256', expiresIn: 3600 });
}

/**
 * What the database holds must be what the candidates were told: per session, messages numbered
 * 1..n without a gap, every candidate message answered by the interviewer right after it, each
 * client_message_id stored once, and every acknowledged message stored. Returns the problems.
 */
export async function checkTranscripts(
  db: Pool,
  interviews: readonly { sessionId: string; acked: Map<string, string> }[],
): Promise<string[]> {
  const problems: string[] = [];
  const ids = interviews.map((interview) => interview.sessionId);
  const { rows } = await db.query<{
    session_id: string;
    id: string;
    seq: number;
    role: string;
    client_message_id: string | null;
  }>(
    `SELECT session_id, id, seq, role, client_message_id FROM messages
     WHERE session_id = ANY($1::uuid[]) ORDER BY session_id, seq`,
    [ids],
  );
  const bySession = new Map<string, typeof rows>();
  for (const row of rows) {
    bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row]);
  }
  for (const interview of interviews) {
    const messages = bySession.get(interview.sessionId) ?? [];
    messages.forEach((message, i) => {
      if (message.seq !== i + 1) {
        problems.push(`${interview.sessionId}: seq ${message.seq} at position ${i + 1}`);
      }
      if (message.role === 'candidate' && messages[i + 1]?.role !== 'interviewer') {
        problems.push(`${interview.sessionId}: candidate message ${message.seq} has no reply`);
      }
    });
    const clientIds = messages.flatMap((m) => (m.client_message_id ? [m.client_message_id] : []));
    if (new Set(clientIds).size !== clientIds.length) {
      problems.push(`${interview.sessionId}: a client_message_id is stored twice`);
    }
    for (const [clientId, messageId] of interview.acked) {
      const stored = messages.find((m) => m.client_message_id === clientId);
      if (!stored) {
        problems.push(`${interview.sessionId}: acknowledged message ${clientId} is not stored`);
      } else if (stored.id !== messageId) {
        problems.push(`${interview.sessionId}: ${clientId} acknowledged as another message`);
      }
    }
  }
  return problems;
}

/** True when the suite runs on the embedded database that its globalSetup started. */
export const onEmbeddedDatabase = (): boolean => process.env['RELIABILITY_EMBEDDED'] === '1';
