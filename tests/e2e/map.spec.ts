import { test, expect } from './fixture.ts';

test.describe('the map', () => {
  test('loads, reaches idle and renders through WebGL2', async ({ explorer }) => {
    await explorer.open();
    expect(await explorer.usesWebGL2()).toBe(true);
    await expect(explorer.page.getByTestId('map').locator('canvas.maplibregl-canvas')).toBeVisible();
  });

  test('shows the five countries of the region, with Nakhchivan as part of Azerbaijan', async ({ explorer }, testInfo) => {
    await explorer.open();
    const drawn = await explorer.rendered('countries-fill');
    for (const id of ['armenia', 'azerbaijan', 'georgia', 'iran', 'turkey']) expect(drawn).toContain(id);
    const labels = await explorer.rendered('country-labels', 'name');
    expect(labels).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Nakhchivan (Azerbaijan)']));
    await explorer.screenshot(testInfo, 'map-1280x800');
  });

  test('has a scale bar, navigation and the Natural Earth credit', async ({ explorer }) => {
    await explorer.open();
    const page = explorer.page;
    await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  });
});
