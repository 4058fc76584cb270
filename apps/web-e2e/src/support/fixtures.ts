import { type Page, expect, test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The suite's base URL comes from the global setup, which picked a free port. */
export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter: none here.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(process.env['E2E_BASE_URL']);
  },
});

export { expect };

/** Waits until Angular has rendered and no request or animation is pending. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page
    .locator('.spinner')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** axe-core on the page as it is now: no serious or critical violation (WCAG 2.1 A/AA + best practice). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') allows.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
  expect(summary, `axe found serious/critical violations on ${label}`).toBe('');
}

/**
 * Screenshots of the page at desktop and phone width (light), and at desktop width in dark mode,
 * each checked with axe. Saved under apps/web-e2e/screenshots (gitignored).
 */
export async function capturePage(page: Page, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOT_DIR'] ?? 'screenshots';
  const shots: { suffix: string; size: typeof DESKTOP; scheme: 'light' | 'dark' }[] = [
    { suffix: 'desktop', size: DESKTOP, scheme: 'light' },
    { suffix: 'phone', size: PHONE, scheme: 'light' },
    { suffix: 'desktop-dark', size: DESKTOP, scheme: 'dark' },
  ];
  for (const shot of shots) {
    await page.emulateMedia({ colorScheme: shot.scheme });
    await page.setViewportSize(shot.size);
    await settle(page);
    await page.screenshot({ path: join(dir, `${name}-${shot.suffix}.png`), fullPage: true });
    await expectAccessible(page, `${name} (${shot.suffix})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(DESKTOP);
}
