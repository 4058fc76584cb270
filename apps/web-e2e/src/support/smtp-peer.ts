import { simpleParser } from 'mailparser';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export const SMTP_USER = 'mailer';
export const SMTP_PASSWORD = 'e2e-smtp-password';

/**
 * A real SMTP server on a loopback port. Each mail it gets is written to `dir` as JSON, so the
 * tests (in Playwright's worker processes) can read what the API sent.
 */
export async function startSmtpPeer(
  dir: string,
): Promise<{ port: number; stop: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === SMTP_USER && auth.password === SMTP_PASSWORD
        ? callback(null, { user: SMTP_USER })
        : callback(new Error('Invalid username or password')),
    onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        count++;
        writeFileSync(
          join(dir, `${Date.now()}-${String(count).padStart(4, '0')}.json`),
          JSON.stringify(mail),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface ReceivedMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** Waits for a mail to `to` whose text matches `pattern`, among those not `seen` before. */
export async function waitForMail(
  dir: string,
  to: string,
  pattern: RegExp,
  seen: Set<string>,
  timeoutMs = 20_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir).sort()) {
      if (seen.has(file)) {
        continue;
      }
      const stored = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        to: string[];
        raw: string;
      };
      const parsed = await simpleParser(stored.raw);
      const text = parsed.text ?? '';
      if (stored.to.includes(to.toLowerCase()) && pattern.test(text)) {
        seen.add(file);
        return { to: stored.to, subject: parsed.subject ?? '', text };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No mail to ${to} matching ${pattern} within ${timeoutMs} ms`);
}

/** The path and query of the link to `path` in a mail, e.g. `/verify?token=...`. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s/]+(${path}(?:\\?[^\\s]*)?)`));
  if (!match) {
    throw new Error(`No ${path} link in the mail:\n${mail.text}`);
  }
  return match[1];
}
