import { type AbstractControl, Validators } from '@angular/forms';
import {
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@interview-prep/contracts';

/** The first problem of a control in words, once the user has touched it or submitted. */
export function controlError(
  control: AbstractControl,
  submitted: boolean,
  messages: Partial<Record<string, string>>,
): string | null {
  if (control.valid || !(control.touched || submitted)) {
    return null;
  }
  const key = Object.keys(control.errors ?? {})[0];
  return (key && messages[key]) ?? 'Check this field.';
}

/** An email address's checks, the API's own limits: on every form that asks for one. */
export const EMAIL_VALIDATORS = [
  Validators.required,
  Validators.email,
  Validators.maxLength(EMAIL_MAX_LENGTH),
];

export const EMAIL_MESSAGES: Readonly<Record<string, string>> = {
  required: 'Enter your email address.',
  email: 'Enter a valid email address, like ada@example.com.',
  maxlength: 'That address is too long.',
};

/** A new password's checks, the API's own limits: on sign-up, reset and change of password. */
export const NEW_PASSWORD_VALIDATORS = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];

/** What a new password field says when a check fails; `required` asks in the page's words. */
export function newPasswordMessages(required: string): Record<string, string> {
  return {
    required,
    minlength: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    maxlength: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  };
}
