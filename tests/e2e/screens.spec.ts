import { test, expect } from './fixture.ts';

test.describe('screenshots', () => {
  test('desktop 1280×800: map, panel and a popup', async ({ explorer, page }, testInfo) => {
    await explorer.open();
    await explorer.screenshot(testInfo, 'explorer-1280x800');
    const zoomBefore = await page.evaluate(() => window.__explorerMap!.getZoom());
    await explorer.open('#f=kalbajar');
    await expect(explorer.popup()).toBeVisible();
    // Following a link to a feature frames it.
    await expect.poll(() => page.evaluate(() => window.__explorerMap!.getZoom())).toBeGreaterThan(zoomBefore + 1);
    await explorer.idle();
    await explorer.screenshot(testInfo, 'explorer-1280x800-popup');
  });

  test('phone 390×844: the panel starts closed and the map is uncovered', async ({ explorer, page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await explorer.open();
    await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
    const mapBox = await page.getByTestId('map').boundingBox();
    const panelBox = await page.getByRole('complementary', { name: 'Explorer panel' }).boundingBox();
    expect(panelBox!.y + panelBox!.height).toBeLessThanOrEqual(mapBox!.y + 1);
    await explorer.screenshot(testInfo, 'explorer-390x844');
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect(page.getByRole('tab', { name: 'Layers' })).toBeVisible();
    await explorer.screenshot(testInfo, 'explorer-390x844-panel');
  });
});
