/**
 * The fixture every e2e test uses. It fails the test on any request to a host other than the local
 * server (pages and workers alike: routes are set on the context), on any console error and on any
 * uncaught page error. `explorer` is the driver that the specs speak through.
 */
import { test as base, expect } from '@playwright/test';
import { Explorer } from './driver.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocal(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'data:' || u.protocol === 'blob:' || LOCAL_HOSTS.has(u.hostname);
}

export const test = base.extend<{ explorer: Explorer; problems: string[] }>({
  problems: async ({ context, page }, use) => {
    const problems: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      problems.push(`outside request: ${url}`);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await use(problems);
    expect(problems, 'no outside requests, console errors or page errors').toEqual([]);
  },
  explorer: async ({ page, problems }, use) => {
    void problems; // requested so the guard is always set up before the page is used
    await use(new Explorer(page));
  },
});

export { expect };
