import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** A mail as the SMTP peer received it, with its text part decoded. */
export interface ReceivedMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly raw: string;
}

type Waiter = {
  readonly matches: (mail: ReceivedMail) => boolean;
  readonly resolve: (mail: ReceivedMail) => void;
};

/**
 * A real SMTP server on a loopback port for the integration tests: the API's nodemailer transport
 * talks to it over TCP as it would to any mail server, with a login, and the test reads what it got.
 */
export class SmtpPeer {
  readonly received: ReceivedMail[] = [];
  private readonly taken = new Set<ReceivedMail>();
  private waiters: Waiter[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly username: string,
    readonly password: string,
  ) {}

  static async start(username = 'mailer', password = 'smtp-test-password'): Promise<SmtpPeer> {
    let peer: SmtpPeer | null = null;
    const server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === username && auth.password === password) {
          callback(null, { user: username });
        } else {
          callback(new Error('Invalid username or password'));
        }
      },
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          peer?.accept(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((rcpt) => rcpt.address),
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
    peer = new SmtpPeer(server, port, username, password);
    return peer;
  }

  /** The variables that point the API at this server. */
  env(): Record<string, string> {
    return {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.port),
      SMTP_USERNAME: this.username,
      SMTP_PASSWORD: this.password,
      SMTP_TLS: 'false',
      SMTP_FROM: 'no-reply@interview-prep.test',
    };
  }

  /** The next mail to `to` (whose subject matches) not returned before, waiting for it if need be. */
  waitForMail(to: string, subject = /./, timeoutMs = 10_000): Promise<ReceivedMail> {
    const matches = (mail: ReceivedMail) =>
      !this.taken.has(mail) && mail.to.includes(to) && subject.test(mail.subject);
    const found = this.received.find(matches);
    if (found) {
      this.taken.add(found);
      return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        reject(new Error(`No mail to ${to} matching ${subject} within ${timeoutMs} ms`));
      }, timeoutMs);
      const entry: Waiter = {
        matches,
        resolve: (mail) => {
          clearTimeout(timer);
          this.taken.add(mail);
          resolve(mail);
        },
      };
      this.waiters.push(entry);
    });
  }

  mailsTo(to: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(to));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(raw: string, to: string[]): void {
    const mail: ReceivedMail = { to, raw, subject: header(raw, 'subject'), text: textPart(raw) };
    this.received.push(mail);
    const waiter = this.waiters.find((candidate) => candidate.matches(mail));
    if (waiter) {
      this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
      waiter.resolve(mail);
    }
  }
}

/** The link to `path` in a mail's text, e.g. `linkIn(mail, '/verify')`. */
export function linkIn(mail: ReceivedMail, path: string): URL {
  const match = mail.text.match(new RegExp(`https?://[^\\s/]+${path}(?:\\?\\S*)?(?=\\s|$)`));
  if (!match) {
    throw new Error(`No ${path} link in the mail:\n${mail.text}`);
  }
  return new URL(match[0]);
}

// A minimal MIME reader: enough for what nodemailer writes (multipart, quoted-printable, base64).

function splitEntity(entity: string): { headers: string; body: string } {
  const at = entity.indexOf('\r\n\r\n');
  return at < 0
    ? { headers: entity, body: '' }
    : { headers: entity.slice(0, at), body: entity.slice(at + 4) };
}

function header(entity: string, name: string): string {
  const unfolded = splitEntity(entity).headers.replace(/\r\n[ \t]+/g, ' ');
  const match = unfolded.match(new RegExp(`^${name}:[ \\t]*(.*)$`, 'im'));
  return match ? match[1].trim() : '';
}

function textPart(entity: string): string {
  const contentType = header(entity, 'content-type') || 'text/plain';
  const { body } = splitEntity(entity);
  const boundary = contentType.match(/boundary="?([^";]+)"?/i)?.[1];
  if (/^multipart\//i.test(contentType) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    for (const part of parts) {
      const text = textPart(part.replace(/^\r\n/, ''));
      if (text) {
        return text;
      }
    }
    return '';
  }
  if (!/^text\/plain/i.test(contentType)) {
    return '';
  }
  const encoding = header(entity, 'content-transfer-encoding').toLowerCase();
  if (encoding === 'base64') {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
