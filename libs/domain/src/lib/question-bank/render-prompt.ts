import { COMPANY_DISPLAY_NAMES, type Company } from '@interview-prep/contracts';

/** Fills a prompt's `{company}` placeholder with the company's display name. */
export function renderPrompt(prompt: string, company: Company): string {
  return prompt.replaceAll('{company}', COMPANY_DISPLAY_NAMES[company]);
}
