/**
 * The built site from a sub-path, as GitHub Pages or any shared static host serves it: dist/ copied
 * under /atlas/ of a plain static server. Every request must stay under /atlas/ and find its file.
 */
import { test, expect } from './fixture.ts';
import { serveStatic, type StaticServer } from './staticServer.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveStatic('dist', '/atlas/');
});
test.afterAll(() => server.close());

test('served from /atlas/: the map, its fonts, worker and data load, nothing misses, nothing leaves the sub-path', async ({ explorer, page }) => {
  server.log.length = 0;
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await explorer.open('#layers=districts-operation,ctx-places-named', `${server.origin}/atlas/`);
  expect(await explorer.rendered('districts-operation')).toContain('shusha');
  expect(await explorer.rendered('ctx-places-named-label', 'name')).not.toEqual([]); // labels drawn: the map's font files loaded
  // The analysis text is fetched on first use.
  await explorer.showTab('Analysis');
  await expect(page.getByRole('heading', { name: 'ONE YEAR AFTER THE LIBERATION OF KARABAKH', level: 3 })).toBeVisible();
  // The favicon and the data files the About tab links resolve under the sub-path.
  expect(new URL((await page.locator('link[rel="icon"]').getAttribute('href'))!, page.url()).pathname).toBe('/atlas/favicon.svg');
  await explorer.showTab('About');
  for (const href of await page.locator('.data-files a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
  expect((await page.request.get(`${server.origin}/atlas/favicon.svg`)).status()).toBe(200);

  const paths = server.log.map((l) => l.path);
  expect(paths.filter((p) => !p.startsWith('/atlas/'))).toEqual([]);
  expect(server.log.filter((l) => l.status !== 200)).toEqual([]);
  expect(failed).toEqual([]);
  for (const asset of [
    /\/atlas\/assets\/index-[^/]+\.js$/,
    /\/atlas\/assets\/maplibre-gl-worker-[^/]+\.mjs$/,
    /\/atlas\/assets\/districts-[^/]+\.geojson$/,
    /\/atlas\/assets\/[^/]+\.woff2$/,
    /\/atlas\/assets\/analysis-[^/]+\.md$/,
  ]) {
    expect(
      paths.some((p) => asset.test(p)),
      String(asset),
    ).toBe(true);
  }
});
