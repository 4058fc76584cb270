import { Logger } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import type { AllConfig } from '../config';
import { accountExistsMail, passwordResetMail, verificationMail } from './mail-templates';
import { MailService } from './mail.service';

const TOKEN = 'kQ2mV8yX1cN5bR7tL0pW3sZ6dF9gH4jK2nB8vC1xE5a';

function config(values: Record<string, unknown>): ConfigService<AllConfig, true> {
  return { get: (key: string) => values[key] } as unknown as ConfigService<AllConfig, true>;
}

describe('MailService', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('should log the link and the token instead of sending when SMTP is not configured', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const mail = new MailService(
      config({
        mail: { smtp: null, from: 'no-reply@example.com' },
        'app.appUrl': 'http://web.test',
      }),
    );
    expect(mail.enabled).toBe(false);
    mail.sendVerificationLink('ada@example.com', TOKEN);
    mail.sendPasswordResetLink('ada@example.com', TOKEN);
    await mail.idle();
    const lines = log.mock.calls.map(([line]) => String(line));
    expect(lines).toEqual([
      expect.stringContaining(
        `Verification link for ada@example.com: http://web.test/verify?token=${TOKEN} (token: ${TOKEN})`,
      ),
      expect.stringContaining(
        `Password reset link for ada@example.com: http://web.test/reset-password?token=${TOKEN}`,
      ),
    ]);
  });

  it('should log a failed delivery without the mail content and never reject', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const mail = new MailService(
      config({
        mail: {
          smtp: { host: '127.0.0.1', port: 1, username: null, password: null, tls: false },
          from: 'no-reply@example.com',
        },
        'app.appUrl': 'http://web.test',
      }),
    );
    mail.sendVerificationLink('ada@example.com', TOKEN);
    await mail.idle();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toMatch(
      /Could not send "Verify your email.*" to ada@example.com/,
    );
    expect(String(error.mock.calls[0][0])).not.toContain(TOKEN);
    await mail.onApplicationShutdown();
  });
});

describe('The account mails', () => {
  it('should link to the web app pages with the token in the query', () => {
    const verify = verificationMail('http://web.test', 'ada@example.com', TOKEN);
    expect(verify.text).toContain(`http://web.test/verify?token=${TOKEN}`);
    expect(verify.html).toContain(`href="http://web.test/verify?token=${TOKEN}"`);
    expect(verify.text).toContain('24 hours');
    const reset = passwordResetMail('http://web.test', 'ada@example.com', TOKEN);
    expect(reset.text).toContain(`http://web.test/reset-password?token=${TOKEN}`);
    expect(reset.text).toContain('1 hour');
  });

  it('should give no token to a mail that needs none', () => {
    const notice = accountExistsMail('http://web.test', 'ada@example.com');
    expect(notice.text).toContain('http://web.test/login');
    expect(notice.text).not.toContain('token');
  });
});
