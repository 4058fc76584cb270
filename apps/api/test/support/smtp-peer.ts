import { simpleParser } from 'mailparser';
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
          const raw = Buffer.concat(chunks).toString('utf8');
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          peer?.accept(raw, to).then(() => callback(), callback);
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

  private async accept(raw: string, to: string[]): Promise<void> {
    const parsed = await simpleParser(raw);
    const mail: ReceivedMail = { to, raw, subject: parsed.subject ?? '', text: parsed.text ?? '' };
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
