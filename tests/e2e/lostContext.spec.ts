/** A map whose WebGL context is lost and does not come back gives way to the no-map notice; one that comes back stays. */
import { test, expect } from './fixture.ts';
import { SIZES } from './driver.ts';
import { AGHDAM } from './data.ts';

for (const size of SIZES) {
  test(`${size.name}: a lost WebGL context that does not come back turns into the same notice`, async ({ explorer, page }) => {
    await page.setViewportSize(size.viewport);
    await explorer.open();
    await page.evaluate(() => window.__explorerMap!.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext());
    await expect(page.getByTestId('no-map')).toContainText('WebGL context was lost', { timeout: 10_000 });
    await explorer.chooseFromList(AGHDAM);
    await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText(AGHDAM);
    await expect(explorer.detail().locator('blockquote').first()).toBeVisible(); // the quotations load on this first opening
  });
}

test('a lost context that comes back keeps the map', async ({ explorer, page }) => {
  await explorer.open();
  await page.evaluate(() => {
    const ext = window.__explorerMap!.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    ext.loseContext();
    setTimeout(() => ext.restoreContext(), 300);
  });
  await page.waitForTimeout(4000); // longer than the grace the page allows (2.5 s): the one wait this check needs
  await expect(page.getByTestId('no-map')).toHaveCount(0);
  await expect(page.getByTestId('map').locator('canvas.maplibregl-canvas')).toBeVisible();
});
