/** Lowercase words joined by "-", ASCII letters and digits only: the slug part of an id. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * The id of a question whose file gives none. Stable while the title stays, so re-seeding an
 * original-format file updates the same row instead of adding one.
 */
export function deriveQuestionId(
  track: string,
  company: string,
  difficulty: string,
  title: string,
): string {
  return `${track}.${company}.${difficulty}.${slugify(title) || 'question'}`;
}
