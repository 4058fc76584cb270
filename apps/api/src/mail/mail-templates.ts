/** A mail ready to send; `note` is what is logged instead when SMTP is not configured. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly note: string;
}

const PRODUCT = 'Interview Prep AI';

export function verificationMail(appUrl: string, to: string, token: string): OutgoingMail {
  const link = `${appUrl}/verify?token=${encodeURIComponent(token)}`;
  return linkMail({
    to,
    subject: `Verify your email for ${PRODUCT}`,
    intro: `Welcome to ${PRODUCT}! Confirm your email address to start practising:`,
    link,
    action: 'Verify my email',
    outro: 'The link works once and expires in 24 hours. If you did not sign up, ignore this mail.',
    note: `Verification link for ${to}: ${link} (token: ${token})`,
  });
}

export function passwordResetMail(appUrl: string, to: string, token: string): OutgoingMail {
  const link = `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
  return linkMail({
    to,
    subject: `Reset your ${PRODUCT} password`,
    intro: 'Someone (hopefully you) asked to reset the password of your account. Choose a new one:',
    link,
    action: 'Choose a new password',
    outro:
      'The link works once and expires in 1 hour. If you did not ask for it, ignore this mail: ' +
      'your password stays as it is.',
    note: `Password reset link for ${to}: ${link} (token: ${token})`,
  });
}

/** Sent instead of a second account when someone signs up with an address that has one. */
export function accountExistsMail(appUrl: string, to: string): OutgoingMail {
  const link = `${appUrl}/login`;
  return linkMail({
    to,
    subject: `You already have a ${PRODUCT} account`,
    intro:
      'Someone tried to sign up with this address, which already has an account. ' +
      'If it was you, log in instead (or reset your password from the login page):',
    link,
    action: 'Log in',
    outro: 'If it was not you, no action is needed: nothing has changed on your account.',
    note: `Account-exists notice for ${to}: ${link}`,
  });
}

interface LinkMail {
  readonly to: string;
  readonly subject: string;
  readonly intro: string;
  readonly link: string;
  readonly action: string;
  readonly outro: string;
  readonly note: string;
}

function linkMail(mail: LinkMail): OutgoingMail {
  const text = `${mail.intro}\n\n${mail.link}\n\n${mail.outro}\n\n${PRODUCT}\n`;
  const html =
    `<p>${escapeHtml(mail.intro)}</p>` +
    `<p><a href="${escapeHtml(mail.link)}">${escapeHtml(mail.action)}</a></p>` +
    `<p>Or open this address: ${escapeHtml(mail.link)}</p>` +
    `<p>${escapeHtml(mail.outro)}</p><p>${PRODUCT}</p>`;
  return { to: mail.to, subject: mail.subject, text, html, note: mail.note };
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
