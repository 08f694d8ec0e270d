import { test, expect } from './fixture.ts';
import { centreOf, feature } from './data.ts';

test.describe('screenshots', () => {
  test('desktop 1280×800: map, panel, a popup and its details', async ({ explorer, page }, testInfo) => {
    await explorer.open();
    await explorer.screenshot(testInfo, 'explorer-1280x800');
    const zoomBefore = await page.evaluate(() => window.__explorerMap!.getZoom());
    await explorer.open('#f=kalbajar');
    await expect(explorer.popup()).toBeVisible();
    await expect(explorer.detail()).toBeVisible();
    // Following a link to a feature frames it.
    await expect.poll(() => page.evaluate(() => window.__explorerMap!.getZoom())).toBeGreaterThan(zoomBefore + 1);
    await explorer.idle();
    await explorer.screenshot(testInfo, 'explorer-1280x800-popup-detail');
  });

  test('phone 390×844: the panel starts closed, a popup, then the bottom sheet', async ({ explorer, page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await explorer.open();
    await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
    const mapBox = await page.getByTestId('map').boundingBox();
    const panelBox = await page.getByRole('complementary', { name: 'Explorer panel' }).boundingBox();
    expect(panelBox!.y + panelBox!.height).toBeLessThanOrEqual(mapBox!.y + 1);
    await explorer.looksLike(testInfo, 'explorer-390x844');
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect(page.getByRole('tab', { name: 'Layers' })).toBeVisible();
    await explorer.looksLike(testInfo, 'explorer-390x844-panel');
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await explorer.goTo(centreOf(feature('districts', 'aghdam-2020')), 9);
    const at = await explorer.pixelOf('aghdam-2020');
    await page.mouse.click(at!.x, at!.y);
    await expect(explorer.popup()).toBeVisible();
    await explorer.idle();
    await explorer.screenshot(testInfo, 'explorer-390x844-popup');
    await explorer
      .popup()
      .getByRole('button', { name: /^More about/ })
      .click();
    await expect(explorer.detail()).toBeVisible();
    await explorer.idle();
    await explorer.screenshot(testInfo, 'explorer-390x844-sheet');
  });
});
