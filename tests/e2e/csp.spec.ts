/** The page runs under its Content-Security-Policy with no violation, and has its own favicon. */
import { test, expect } from './fixture.ts';

test('the app works under its Content-Security-Policy: map, popup, details and comparison, with no violation', async ({ explorer, page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await explorer.open('#f=aghdam-2020');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("worker-src 'self' blob:");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/(connect|script|default)-src[^;]*data:/);
  expect(await explorer.rendered('districts-statement')).toContain('aghdam-2020'); // data files loaded and drawn
  await expect(explorer.detail().locator('blockquote').first()).toBeVisible();
  await expect(explorer.popup()).toBeVisible();
  await explorer.closeDetail();
  await explorer.showTab('Compare routes');
  await page.getByRole('checkbox', { name: 'Compare Berd–Tovuz road' }).check();
  await explorer.idle();
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  // No data file was inlined into the scripts as a data: URL (the policy would refuse it).
  const inlined = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.startsWith('data:')).length);
  expect(inlined).toBe(0);
});

test('a self-hosted SVG favicon', async ({ page, explorer }) => {
  await explorer.open();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/favicon\.svg$/);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/svg+xml');
});
