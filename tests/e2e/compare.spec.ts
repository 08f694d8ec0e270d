import { test, expect } from './fixture.ts';
import { quoteText } from './data.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test.describe('route comparison', () => {
  test('sorts by length, highlights two routes and dims the others, opens a quotation from its row', async ({ explorer, page }, testInfo) => {
    await explorer.open();
    await explorer.showTab('Compare routes');
    const table = page.getByRole('table', { name: 'Proposed routes compared' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);

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
    const dim = await page.evaluate(() => {
      const map = window.__explorerMap!;
      const ids = ['ijevan-gazakh', 'berd-tovuz', 'angeghakot-bichanak', 'horadiz-meghri-ordubad', 'yeraskh-horadiz-railway'];
      return Object.fromEntries(ids.map((id) => [id, !!map.getFeatureState({ source: 'routes', id }).dim]));
    });
    expect(dim).toEqual({ 'ijevan-gazakh': false, 'berd-tovuz': false, 'angeghakot-bichanak': true, 'horadiz-meghri-ordubad': true, 'yeraskh-horadiz-railway': true });
    expect(await page.evaluate(() => window.__explorerMap!.getZoom())).toBeGreaterThan(zoomBefore + 1);
    const shown = await explorer.rendered('route-berd-tovuz-approx');
    expect(shown).toEqual(['berd-tovuz']);
    await explorer.screenshot(testInfo, 'compare-1280x800');

    // A row opens the route's popup with its quotation.
    await table.getByRole('button', { name: /Angeghakot–Bichanak/ }).click();
    const popup = explorer.popup();
    await expect(popup.getByRole('heading', { level: 2 })).toContainText('Angeghakot');
    expect((await popup.locator('blockquote').allTextContents()).map(squash)).toContain(squash(quoteText('q-route-angeghakot-bichanak')));

    // And the popup links back to the row.
    await popup.getByRole('button', { name: 'See this route in the comparison table' }).click();
    await expect(table.locator('tr[data-route="angeghakot-bichanak"]')).toHaveClass(/highlighted/);

    // Clearing the selection undims everything.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await explorer.idle();
    expect(await page.evaluate(() => !!window.__explorerMap!.getFeatureState({ source: 'routes', id: 'yeraskh-horadiz-railway' }).dim)).toBe(false);
  });

  test('states figures with their basis, and the railway crosses into Armenia and back', async ({ explorer, page }) => {
    await explorer.open('#compare=yeraskh-horadiz-railway');
    await explorer.showTab('Compare routes');
    await expect(page.getByText('How these are measured')).toBeVisible();
    const row = page.locator('tr[data-route="yeraskh-horadiz-railway"]');
    const armenia = Number(await row.locator('td[data-col="armenia"]').textContent());
    expect(armenia).toBeGreaterThan(38);
    expect(armenia).toBeLessThan(48);
    expect(Number(await row.locator('td[data-col="crossings"]').textContent())).toBe(3);
    await expect(page.getByRole('checkbox', { name: /^Compare Yeraskh/ })).toBeChecked();
  });
});
