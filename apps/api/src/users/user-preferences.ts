import type { UserPreferences, UserPreferencesUpdate } from '@interview-prep/contracts';

/** Applies a partial update: a value sets the key, `null` removes it, an absent key stays. */
export function mergePreferences(
  current: UserPreferences,
  update: UserPreferencesUpdate,
): UserPreferences {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) {
      delete merged[key];
    } else if (value !== undefined) {
      merged[key] = value;
    }
  }
  return merged as UserPreferences;
}
