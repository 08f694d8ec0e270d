/**
 * #embed: the map for an <iframe>, with its title, legend, credits and popups and without the side
 * panel; and the About tab's code pasted into another page that has a strict Content-Security-Policy.
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixture.ts';
import { centreOf, feature, AGHDAM } from './data.ts';
import { SIZES } from './driver.ts';
import { serveStatic, type StaticServer } from './staticServer.ts';

/** Records Content-Security-Policy violations in every frame of the page. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => {
    const all = await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])));
    return all.flat();
  };
}

for (const { name, viewport } of SIZES) {
  test(`embed at ${viewport.width}×${viewport.height}: no side panel; title, legend, credits and a popup`, async ({ explorer, page }, testInfo) => {
    const violations = await watchCsp(page);
    await page.setViewportSize(viewport);
    await explorer.open('#embed&layers=districts-statement,pk-zone,ctx-places-named');
    await expect(page.getByRole('complementary', { name: 'Explorer panel' })).toHaveCount(0);
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByTestId('map-title').getByRole('heading', { name: /Karabakh, one year on/ })).toBeVisible();
    const full = page.getByRole('link', { name: 'Open the full explorer' });
    await expect(full).toHaveAttribute('target', '_blank');
    expect(await full.getAttribute('href')).not.toContain('embed');
    // The legend lists the visible layers and no others; on a phone it starts folded.
    const legend = page.getByTestId('map-legend');
    const toggle = legend.getByRole('button', { name: 'Legend' });
    await expect(toggle).toHaveAttribute('aria-expanded', name === 'phone' ? 'false' : 'true');
    if (name === 'phone') {
      await explorer.screenshot(testInfo, `embed-${name}-folded`);
      await toggle.click();
    }
    await expect(legend.getByRole('listitem')).toHaveText(['Handed over under the 10 Nov 2020 statement', 'Peacekeeping zone (approximate)', 'Places named in the analysis']);
    // The credits are shown in full, not folded behind a button.
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect(credits).toBeVisible();
    await expect(credits).toContainText('GeoNames');
    await expect(credits).toContainText('Natural Earth');
    await expect(credits).toContainText('© AVİM');
    await explorer.screenshot(testInfo, `embed-${name}`);
    if (name === 'phone') await toggle.click(); // fold it again to click the map
    // A click on the map opens the popup; its "more" goes to the full explorer, in a new tab.
    await explorer.goTo(centreOf(feature('districts', 'aghdam-2020')), 9);
    const at = await explorer.pixelOf('aghdam-2020');
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect(explorer.popup().getByRole('heading', { name: AGHDAM })).toBeVisible();
    const more = explorer.popup().getByRole('link', { name: new RegExp(`^More about .* in the full explorer$`) });
    await expect(more).toHaveAttribute('target', '_blank');
    expect(await more.getAttribute('href')).toMatch(/#.*f=aghdam-2020/);
    expect(await more.getAttribute('href')).not.toContain('embed');
    await expect(explorer.detail()).toHaveCount(0);
    await explorer.idle();
    await explorer.screenshot(testInfo, `embed-${name}-popup`);
    expect(await violations()).toEqual([]);
  });
}

test.describe('pasted into another page', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveStatic('dist', '/atlas/');
  });
  test.afterAll(() => server.close());

  /** Where a feature is inside the frame, in page coordinates, found as the driver finds it on a page. */
  async function pixelIn(frame: Frame, page: Page, id: string): Promise<{ x: number; y: number }> {
    const box = (await page.locator('iframe').boundingBox())!;
    const p = await frame.evaluate((target) => {
      const map = window.__explorerMap!;
      const layers = window.__explorerView!.interactive;
      const { width, height } = map.getCanvas().getBoundingClientRect();
      for (let y = 5; y < height; y += 6) for (let x = 5; x < width; x += 6) if (map.queryRenderedFeatures([x, y], { layers })[0]?.properties.id === target) return { x, y };
      return null;
    }, id);
    expect(p, `${id} is drawn in the frame`).not.toBeNull();
    const canvas = await frame.locator('canvas.maplibregl-canvas').boundingBox();
    return { x: box.x + (canvas!.x - box.x) + p!.x, y: box.y + (canvas!.y - box.y) + p!.y };
  }

  test('the About tab gives the code; in a page under default-src self it shows the map, legend, credits and popups', async ({ explorer, page }, testInfo) => {
    const violations = await watchCsp(page);
    await explorer.open('#layers=districts-operation,ctx-places-named&date=2020-11-21', `${server.origin}/atlas/`);
    await explorer.showTab('About');
    const code = (await page.getByTestId('embed-code').textContent())!;
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/atlas\/#embed&amp;layers=districts-operation,ctx-places-named&amp;date=2020-11-21" /);
    expect(code).not.toContain('style=');
    await expect(page.getByRole('button', { name: 'Copy the embed code' })).toBeVisible();

    // A page of another kind of site: its own strict policy, the code pasted as it is.
    server.put(
      '/article.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>An article</title></head><body><h1>An article</h1>${code}</body></html>`,
    );
    await page.goto(`${server.origin}/article.html`);
    const frame = (await (await page.locator('iframe').elementHandle()).contentFrame())!;
    expect(frame.url()).toContain('/atlas/#embed&layers=districts-operation');
    await frame.waitForFunction(() => !!window.__explorerMap?.getLayer('districts-operation') && window.__explorerMap.loaded());
    const inside = page.frameLocator('iframe');
    await expect(inside.getByRole('complementary', { name: 'Explorer panel' })).toHaveCount(0);
    await expect(inside.getByTestId('map-legend').getByRole('listitem')).toHaveText(['Came under Azerbaijani control in the 2020 fighting', 'Places named in the analysis']);
    await expect(inside.locator('.maplibregl-ctrl-attrib-inner')).toContainText('GeoNames');
    await expect(inside.getByTestId('map-date')).toHaveText('Map as of 21 November 2020');
    const box = (await page.locator('iframe').boundingBox())!;
    expect([box.width, box.height]).toEqual([800, 600]);
    const at = await pixelIn(frame, page, 'jabrayil');
    await page.mouse.click(at.x, at.y);
    await expect(inside.getByTestId('popup').getByRole('heading', { name: feature('districts', 'jabrayil').properties.name })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('article-with-embed.png') });
    expect(await violations()).toEqual([]);
  });
});
