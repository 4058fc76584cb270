import { chromium, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ApiClient, startApi } from '../lib/api';
import { ROOT } from '../lib/processes';
import { log, percentile, printTable, round } from '../lib/report';

const WEB_DIR = join(ROOT, 'dist/apps/web/browser');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LOADS = 5;

/**
 * The web app: the gzipped size of what index.html loads before anything else (its scripts,
 * module preloads and styles), and how long the interview page takes to become usable in
 * headless Chromium, served by the production API: from navigation until the transcript shows
 * the interviewer and the answer box takes input, or the end of the last long task if later.
 */
export async function runWebSuite(options: { logDir: string }): Promise<void> {
  log('web: building the web app (npx nx build web)');
  execFileSync('npx', ['nx', 'build', 'web', '--output-style=static'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const bundle = initialBundle();
  printTable({
    title: 'Web app: initial bundle (production build, what index.html loads)',
    columns: ['file', 'bytes', 'gzipped bytes'],
    rows: [
      ...bundle.files.map((file) => [file.name, file.raw, file.gzip]),
      ['total', bundle.raw, bundle.gzip],
    ],
    notes: ['gzip level 6, as a server compresses on the fly; lazy route chunks are not counted.'],
  });
  if (!existsSync(CHROMIUM)) {
    log(`web: no Chromium at ${CHROMIUM}; the page timing is skipped`);
    return;
  }
  const api = await startApi({ db: { kind: 'embedded' }, logDir: options.logDir });
  let browser: Browser | null = null;
  try {
    const client = new ApiClient(api);
    const user = await client.verifiedUser('web');
    const sessionId = await client.createSession(user.token);
    const profile = await client.call<Record<string, unknown>>('GET', 'auth/me', user.token);
    const stored = JSON.stringify({
      token: user.token,
      expiresAt: Date.now() + 3_600_000,
      user: profile,
    });
    browser = await chromium.launch({
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
    });
    const rows: (string | number)[][] = [];
    for (const cache of ['cold', 'warm'] as const) {
      const context = await browser.newContext();
      await context.addInitScript((auth: string) => {
        localStorage.setItem('interview-prep.auth', auth);
        const w = window as unknown as { __longTaskEnd: number };
        w.__longTaskEnd = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            w.__longTaskEnd = Math.max(w.__longTaskEnd, entry.startTime + entry.duration);
          }
        }).observe({ type: 'longtask', buffered: true });
      }, stored);
      if (cache === 'warm') {
        const page = await context.newPage();
        await page.goto(`${api.baseUrl}/sessions/${sessionId}`);
        await page.close();
      }
      const ready: number[] = [];
      const interactive: number[] = [];
      const paint: number[] = [];
      for (let i = 0; i < LOADS; i += 1) {
        const page =
          cache === 'cold' ? await (await browser.newContext()).newPage() : await context.newPage();
        if (cache === 'cold') {
          await page.context().addInitScript((auth: string) => {
            localStorage.setItem('interview-prep.auth', auth);
            const w = window as unknown as { __longTaskEnd: number };
            w.__longTaskEnd = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                w.__longTaskEnd = Math.max(w.__longTaskEnd, entry.startTime + entry.duration);
              }
            }).observe({ type: 'longtask', buffered: true });
          }, stored);
        }
        await page.goto(`${api.baseUrl}/sessions/${sessionId}`, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          () => {
            const box = document.querySelector<HTMLTextAreaElement>('#answer');
            const transcript = document.querySelector('[aria-label="Interview transcript"]');
            return box &&
              !box.readOnly &&
              box.offsetParent !== null &&
              (transcript?.textContent ?? '').trim().length > 0
              ? performance.now()
              : false;
          },
          undefined,
          { polling: 'raf', timeout: 30_000 },
        );
        const readyAt = (await handle.jsonValue()) as number;
        await page.waitForTimeout(500);
        const { longTaskEnd, fcp } = await page.evaluate(() => ({
          longTaskEnd: (window as unknown as { __longTaskEnd: number }).__longTaskEnd,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        }));
        ready.push(readyAt);
        interactive.push(Math.max(readyAt, longTaskEnd));
        paint.push(fcp);
        await page.close();
      }
      await context.close();
      rows.push([
        `${cache} cache`,
        round(percentile(paint, 50)),
        round(percentile(ready, 50)),
        round(percentile(interactive, 50)),
        round(Math.max(...interactive)),
      ]);
    }
    printTable({
      title: `Web app: the interview page in headless Chromium (${LOADS} loads each, production API on the embedded database)`,
      columns: [
        'load',
        'first contentful paint ms',
        'answer box usable ms',
        'time to interactive ms (p50)',
        'max ms',
      ],
      rows,
      notes: [
        'Time to interactive: the later of "the transcript shows the interviewer and the answer box takes input" and the end of the last long task (> 50 ms), from navigation start.',
      ],
    });
  } finally {
    await browser?.close();
    await api.stop();
  }
}

interface BundleFile {
  name: string;
  raw: number;
  gzip: number;
}

function initialBundle(): { files: BundleFile[]; raw: number; gzip: number } {
  const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
  const names = new Set<string>();
  for (const match of html.matchAll(
    /<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g,
  )) {
    if (match[1] && !/^https?:/.test(match[1])) {
      names.add(match[1].replace(/^\//, ''));
    }
  }
  const files = [...names].map((name) => {
    const content = readFileSync(join(WEB_DIR, name));
    return {
      name,
      raw: statSync(join(WEB_DIR, name)).size,
      gzip: gzipSync(content, { level: 6 }).length,
    };
  });
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}
