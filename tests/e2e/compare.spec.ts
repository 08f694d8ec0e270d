import { test, expect } from './fixture.ts';
import { quoteText } from './data.ts';
import { SIZES } from './driver.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ROUTES = ['ijevan-gazakh', 'berd-tovuz', 'angeghakot-bichanak', 'horadiz-meghri-ordubad', 'yeraskh-horadiz-railway'];

test.describe('route comparison', () => {
  test('sorts by length, highlights two routes and dims the others, opens a quotation from its row', async ({ explorer, page }, testInfo) => {
    await explorer.open();
    await explorer.showTab('Compare routes');
    const table = page.getByRole('table', { name: 'Proposed routes compared' });
    await expect(table.locator('tbody[data-route]')).toHaveCount(5);

    // Sort by total length, ascending then descending: the numbers on screen follow.
    const totals = async () => (await table.locator('td[data-col="total"]').allTextContents()).map(Number);
    await table.getByRole('button', { name: /^Total/ }).click();
    const asc = await totals();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Total');
    await table.getByRole('button', { name: /^Total/ }).click();
    const desc = await totals();
    expect(desc).toEqual([...asc].reverse());

    // Compare two routes: they stay bright on the map, the others are dimmed, and the map frames them.
    const zoomBefore = await page.evaluate(() => window.__explorerMap!.getZoom());
    await page.getByRole('checkbox', { name: 'Compare Berd–Tovuz road' }).check();
    await page.getByRole('checkbox', { name: /^Compare Ijevan–Gazakh/ }).check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('compare=berd-tovuz,ijevan-gazakh');
    await explorer.idle();
    const dim = Object.fromEntries(await Promise.all(ROUTES.map(async (id) => [id, await explorer.isDimmed(id)] as const)));
    expect(dim).toEqual({ 'ijevan-gazakh': false, 'berd-tovuz': false, 'angeghakot-bichanak': true, 'horadiz-meghri-ordubad': true, 'yeraskh-horadiz-railway': true });
    expect(await page.evaluate(() => window.__explorerMap!.getZoom())).toBeGreaterThan(zoomBefore + 1);
    const shown = await explorer.rendered('route-berd-tovuz-approx');
    expect(shown).toEqual(['berd-tovuz']);
    await explorer.looksLike(testInfo, 'compare-1280x800');

    // A ticked route can be unticked.
    await page.getByRole('checkbox', { name: /^Compare Ijevan–Gazakh/ }).uncheck();
    await expect(page.getByRole('checkbox', { name: /^Compare Ijevan–Gazakh/ })).not.toBeChecked();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/compare=berd-tovuz(&|$)/);

    // A row opens the route's details with its quotation.
    await table.getByRole('button', { name: /Angeghakot–Bichanak/ }).click();
    const detail = explorer.detail();
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Angeghakot');
    await explorer.textsLoaded();
    expect((await detail.locator('blockquote').allTextContents()).map(squash)).toContain(squash(quoteText('q-route-angeghakot-bichanak')));

    // And the details link back to the row.
    await detail.getByRole('button', { name: 'See this route in the comparison table' }).click();
    await expect(table.locator('tbody[data-route="angeghakot-bichanak"]')).toHaveClass(/highlighted/);

    // Clearing the selection undims everything.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await explorer.idle();
    expect(await explorer.isDimmed('yeraskh-horadiz-railway')).toBe(false);
  });

  test('dimming shows: a route not compared is drawn paler on the map', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.goTo([45.55, 39.55], 8.5);
    const at = await explorer.pixelOf('angeghakot-bichanak');
    expect(at).not.toBeNull();
    const before = await explorer.colourAt(at!);
    const again = await explorer.colourAt(at!); // the same pixel read twice: the drawing is steady
    expect(again).toEqual(before);
    // Compare another route (by link, so the camera stays where it is).
    await page.evaluate(() => (window.location.hash = `${window.location.hash}&compare=berd-tovuz`.replace(/^#?&/, '#')));
    await expect.poll(() => explorer.isDimmed('angeghakot-bichanak')).toBe(true);
    const dimmed = await explorer.colourAt(at!);
    const diff = before.reduce((sum, c, i) => sum + Math.abs(c - dimmed[i]!), 0);
    expect(diff, `colour ${before.join(',')} → ${dimmed.join(',')}`).toBeGreaterThan(60);
    // Paler: closer to white-ish land than the route's own colour was.
    expect(dimmed.reduce((a, b) => a + b, 0)).toBeGreaterThan(before.reduce((a, b) => a + b, 0));
  });

  test('states figures with their basis, and the railway crosses into Armenia and back', async ({ explorer, page }) => {
    await explorer.open('#compare=yeraskh-horadiz-railway');
    await explorer.showTab('Compare routes');
    await expect(page.getByText('How these are measured')).toBeVisible();
    const row = page.locator('tbody[data-route="yeraskh-horadiz-railway"]');
    const armenia = Number(await row.locator('td[data-col="armenia"]').textContent());
    expect(armenia).toBeGreaterThan(38);
    expect(armenia).toBeLessThan(48);
    expect(Number(await row.locator('td[data-col="crossings"]').textContent())).toBe(3);
    await expect(page.getByRole('checkbox', { name: /^Compare Yeraskh/ })).toBeChecked();
  });

  for (const size of SIZES) {
    test(`fits the panel at ${size.viewport.width}×${size.viewport.height}: no sideways scrolling, every figure in view`, async ({ explorer, page }, testInfo) => {
      await page.setViewportSize(size.viewport);
      await explorer.open();
      await explorer.showPanel();
      await explorer.showTab('Compare routes');
      const panel = page.getByRole('tabpanel');
      const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = (await panel.boundingBox())!;
      // Every figure of every route sits within the panel's width.
      const cells = await page.locator('td[data-col]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
      expect(cells).toHaveLength(5 * 6); // six figures a route (no climb: town heights give none)
      for (const [l, r] of cells) {
        expect(l).toBeGreaterThanOrEqual(box.x - 0.5);
        expect(r).toBeLessThanOrEqual(box.x + box.width + 0.5);
      }
      if (size.name === 'phone') {
        // Cards: each figure carries its own label.
        const label = await page.locator('tbody[data-route="berd-tovuz"] td[data-col="total"]').evaluate((td) => getComputedStyle(td, '::before').content);
        expect(label).toBe('"Total (km)"');
      }
      await explorer.screenshot(testInfo, `compare-${size.viewport.width}x${size.viewport.height}`);
    });
  }
});
