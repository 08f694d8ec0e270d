import { test, expect } from './fixture.ts';

test('the map loads through WebGL2 and shows the five countries of the region, Nakhchivan as part of Azerbaijan, a scale bar, navigation and its credits', async ({ explorer }, testInfo) => {
  await explorer.open();
  const page = explorer.page;
  expect(await explorer.usesWebGL2()).toBe(true);
  await expect(page.getByTestId('map').locator('canvas.maplibregl-canvas')).toBeVisible();

  const drawn = await explorer.rendered('countries-fill');
  for (const id of ['armenia', 'azerbaijan', 'georgia', 'iran', 'turkey']) expect(drawn).toContain(id);
  const labels = await explorer.rendered('country-labels', 'name');
  expect(labels).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Nakhchivan (Azerbaijan)']));
  await explorer.screenshot(testInfo, 'map-1280x800');

  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
});
