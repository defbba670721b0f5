import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Figures the dashboard shows, by their `data-testid`, as text. */
export const FIGURES = [
  'orders-placed',
  'orders-confirmed',
  'orders-cancelled',
  'orders-pending',
  'revenue',
  'conversion',
  'latency-p50',
  'latency-p95',
  'latency-p99',
  'updated-at',
] as const;
export type Figure = (typeof FIGURES)[number];

/**
 * Debian's Chromium, headless, driven by playwright-core (which never downloads a browser). The
 * flags keep it off the network this machine does not have: without them Chromium's background
 * services open connections that are refused, many at a time.
 */
export const openDashboard = async (url: string) => {
  const browser: Browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
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
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url);
    const figure = async (id: Figure) => ((await page.getByTestId(id).textContent()) ?? '').trim();
    return {
      page,
      /** Script errors and CSP violations the page reported. */
      problems,
      figure,
      figures: async () =>
        Object.fromEntries(await Promise.all(FIGURES.map(async (id) => [id, await figure(id)] as const))) as Record<
          Figure,
          string
        >,
      /** Waits until the page itself (no reload) shows `expected` for a figure; answers what it shows last. */
      until: async (id: Figure, expected: string, timeout = 30_000) => {
        const deadline = Date.now() + timeout;
        let shown = await figure(id);
        while (shown !== expected && Date.now() < deadline) {
          await page.waitForTimeout(250);
          shown = await figure(id);
        }
        return shown;
      },
      screenshot: async (path: string) => {
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage: true });
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
};
