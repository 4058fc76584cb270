import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

/**
 * The end-to-end suite: Debian's Chromium (never a downloaded browser) against the real app,
 * which the global setup builds nothing of but starts: the built API serving the built SPA, an
 * embedded database in a temporary folder, the offline AI and an SMTP peer that keeps the mails.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const OUTPUT_DIR = join(__dirname, 'test-output');

export default defineConfig({
  testDir: './src',
  outputDir: join(OUTPUT_DIR, 'results'),
  globalSetup: './src/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
