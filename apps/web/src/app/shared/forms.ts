import type { AbstractControl } from '@angular/forms';

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
