import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createTransport, type Transporter } from 'nodemailer';
import type { AllConfig } from '../config';
import {
  accountExistsMail,
  passwordResetMail,
  verificationMail,
  type OutgoingMail,
} from './mail-templates';

/** How long shutdown waits for mails still being sent. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Sends mail through SMTP (nodemailer) when SMTP_HOST is set. Without it, as in the original,
 * nothing is sent and the mail's link and token are logged, so a local user can still verify.
 *
 * The account mails go out in the background: a request answers in the same time whether or not
 * a mail was due (no account enumeration by timing), and a slow SMTP server never holds it up.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;
  private readonly from: string;
  private readonly appUrl: string;
  private readonly pending = new Set<Promise<void>>();

  constructor(config: ConfigService<AllConfig, true>) {
    const { smtp, from } = config.get('mail', { infer: true });
    this.from = from;
    this.appUrl = config.get('app.appUrl', { infer: true });
    this.transport = smtp
      ? createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.tls,
          auth: smtp.username ? { user: smtp.username, pass: smtp.password ?? '' } : undefined,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  /** True when mails are really sent; false when they are only logged. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  sendVerificationLink(to: string, token: string): void {
    this.sendInBackground(verificationMail(this.appUrl, to, token));
  }

  sendPasswordResetLink(to: string, token: string): void {
    this.sendInBackground(passwordResetMail(this.appUrl, to, token));
  }

  sendAccountExistsNotice(to: string): void {
    this.sendInBackground(accountExistsMail(this.appUrl, to));
  }

  /** Sends now (or logs without SMTP); rejects when the SMTP server refuses. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) {
      this.logger.log(`SMTP is not configured, so nothing was sent. ${mail.note}`);
      return;
    }
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  }

  /** Sends without making the caller wait; a failure is logged (without the mail's content). */
  sendInBackground(mail: OutgoingMail): void {
    const sending = this.send(mail).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(`Could not send "${mail.subject}" to ${mail.to}: ${reason}`);
    });
    this.pending.add(sending);
    void sending.finally(() => this.pending.delete(sending));
  }

  /** Resolves once every mail handed over so far has been sent or has failed. */
  async idle(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async onApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, SHUTDOWN_GRACE_MS);
      timer.unref();
    });
    await Promise.race([this.idle(), grace]);
    clearTimeout(timer);
    this.transport?.close();
  }
}
