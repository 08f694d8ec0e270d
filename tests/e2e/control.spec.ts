import { test, expect } from './fixture.ts';

/** The districts by how and when they changed hands, the zone and the patrol lines, at both sizes. */
test.describe('who held what', () => {
  for (const size of [
    { width: 1280, height: 800, zoom: 8 },
    { width: 390, height: 844, zoom: 7.4 },
  ]) {
    test(`${size.width}×${size.height}: districts by control, zone and patrol lines`, async ({ explorer, page }, testInfo) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await explorer.open();
      await explorer.goTo([46.75, 39.75], size.zoom);
      // Everything drawn in the view is in one of the three district layers, or in the zone, or on a patrol line.
      expect(await explorer.rendered('districts-held-since-1994')).toContain('fuzuli-held-since-1994');
      expect(await explorer.rendered('pk-zone')).toEqual(['peacekeeping-zone']);
      expect(await explorer.rendered('pk-patrols')).toEqual(['patrol-martuni-sukovushan', 'patrol-shusha']);
      await explorer.screenshot(testInfo, `control-${size.width}x${size.height}`);
    });
  }

  test('the legend names all three ways, neutrally', async ({ explorer, page }) => {
    await explorer.open();
    for (const label of ['Came under Azerbaijani control in the 2020 fighting', 'Handed over under the 10 Nov 2020 statement', 'Held by Azerbaijan since the 1994 ceasefire']) {
      await expect(page.locator('input[data-layer]').locator('xpath=..').filter({ hasText: label }).first()).toBeVisible();
    }
    await expect(page.getByText('Returned districts')).toHaveCount(0);
  });
});
