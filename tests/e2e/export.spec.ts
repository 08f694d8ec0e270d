/**
 * Taking the view elsewhere: the layers as GeoJSON (parsed and counted against the data files), a
 * picture as PNG (its size read from the PNG header, its pixels looked at), and the printed page.
 */
import { test, expect } from './fixture.ts';
import { features } from './data.ts';
import type { Page } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the 8-byte signature and the chunk header). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How many pixels of the picture are within `tolerance` of `rgb`, decoded by the browser. */
function pixelsNear(page: Page, png: Buffer, rgb: [number, number, number], tolerance = 10): Promise<number> {
  return page.evaluate(
    async ({ b64, rgb: [r, g, b], tolerance: t }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
      c.drawImage(img, 0, 0);
      const d = c.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r) <= t && Math.abs(d[i + 1]! - g) <= t && Math.abs(d[i + 2]! - b) <= t) n++;
      return n;
    },
    { b64: png.toString('base64'), rgb, tolerance },
  );
}

const LAYERS = ['districts-operation', 'pk-zone', 'route-berd-tovuz', 'ctx-places-named'];
/** The same layers counted straight from the data files, with no code of the app. */
const counts = {
  'districts-operation': features('districts').filter((f) => f.properties.kind === 'district' && f.properties.how === 'operation').length,
  'pk-zone': features('peacekeeping').filter((f) => f.properties.kind === 'zone').length,
  'route-berd-tovuz': features('routes').filter((f) => f.properties.id === 'berd-tovuz').length,
  'ctx-places-named': features('places').filter((f) => f.properties.kind === 'place' && f.properties.role === 'named').length,
};

interface Collection {
  type: string;
  licences: { id: string; name: string; url: string }[];
  attribution: string;
  analysis: { copyright: string; url: string };
  view: string;
  features: { type: string; geometry: { type: string }; properties: Record<string, unknown> }[];
}

test('the data downloads: the visible layers as one GeoJSON file with sources, approximate flags and licences, all layers, and each data file as it is', async ({ explorer, page }) => {
  await explorer.open(`#layers=${LAYERS.join(',')}`);
  const file = await explorer.download(explorer.exportButton('Data', 'Visible layers'));
  expect(file.name).toBe('karabakh-visible-layers.geojson');
  const fc = JSON.parse(file.bytes.toString('utf8')) as Collection;
  expect(fc.type).toBe('FeatureCollection');
  const expected = Object.values(counts).reduce((a, b) => a + b, 0);
  expect(expected).toBeGreaterThan(15);
  expect(fc.features).toHaveLength(expected);
  for (const [layer, n] of Object.entries(counts))
    expect(
      fc.features.filter((f) => f.properties.layer === layer),
      layer,
    ).toHaveLength(n);
  for (const f of fc.features) {
    expect(f.type).toBe('Feature');
    expect(typeof f.properties.source, String(f.properties.id)).toBe('string');
    expect(typeof f.properties.approximate, String(f.properties.id)).toBe('boolean');
    expect(Array.isArray(f.properties.licences)).toBe(true);
  }
  expect(fc.features.find((f) => f.properties.id === 'peacekeeping-zone')?.properties.approximate).toBe(true);
  const licences = fc.licences.map((l) => l.id);
  expect(licences).toEqual(expect.arrayContaining(['ODbL-1.0', 'CC-BY-4.0', 'public-domain', 'LicenseRef-AVIM-quoted']));
  expect(fc.attribution).toContain('© OpenStreetMap contributors');
  expect(fc.analysis.copyright).toContain('© 2009-2024 Center for Eurasian Studies (AVİM)');
  expect(fc.view).toContain('layers=districts-operation');

  // Hide a layer in the panel: the next download leaves its features out.
  await page.getByRole('checkbox', { name: 'Berd–Tovuz road' }).uncheck();
  const fewer = JSON.parse((await explorer.download(explorer.exportButton('Data', 'Visible layers'))).bytes.toString('utf8')) as Collection;
  expect(fewer.features).toHaveLength(expected - counts['route-berd-tovuz']);
  expect(fewer.features.some((f) => f.properties.layer === 'route-berd-tovuz')).toBe(false);

  await test.step('all layers: every feature of the data files, whatever is shown', async () => {
    const fc = JSON.parse((await explorer.download(explorer.exportButton('Data', 'All layers'))).bytes.toString('utf8')) as Collection;
    const all = (['districts', 'peacekeeping', 'routes', 'places', 'context'] as const).flatMap((f) => features(f));
    expect(fc.features.map((f) => f.properties.id).sort()).toEqual(all.map((f) => f.properties.id).sort());
  });

  await test.step('each data file, from the About tab, byte for byte', async () => {
    await explorer.showTab('About');
    const links = page.locator('.data-files a');
    await expect(links).toHaveCount(16); // every file of data/ (tests/unit/export.test.ts walks the folder)
    const routes = links.filter({ hasText: 'data/routes.geojson' });
    const res = await page.request.get((await routes.getAttribute('href'))!, { failOnStatusCode: true });
    const { readFile } = await import('node:fs/promises');
    expect(await res.text()).toBe(await readFile('data/routes.geojson', 'utf8'));
    const file = await explorer.download(routes);
    expect(file.name).toBe('routes.geojson');
  });
});

test('a picture of the view: 1,200 px wide, 2,400 px at 2×, with the map drawn into it', async ({ explorer, page }, testInfo) => {
  await explorer.open('#date=2020-11-21');
  const one = await explorer.download(explorer.exportButton('Picture', '1,200 px'));
  expect(one.name).toBe('karabakh-map.png');
  const size = pngSize(one.bytes);
  expect(size.width).toBeGreaterThanOrEqual(1200);
  await expect(page.getByText('Picture saved.')).toBeVisible();
  // The ground taken in the fighting, drawn at 40 % over the land colour: the map is in the picture, not a blank frame.
  const orange = await pixelsNear(page, one.bytes, [238, 208, 140]);
  expect(orange).toBeGreaterThan(2000);
  const two = await explorer.download(explorer.exportButton('Picture', '2× (2,400 px)'));
  expect(two.name).toBe('karabakh-map@2x.png');
  const size2 = pngSize(two.bytes);
  expect(size2.width).toBeGreaterThanOrEqual(2400);
  expect(size2.height).toBe(size.height * 2);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(testInfo.outputPath('view.png'), one.bytes);
  await writeFile(testInfo.outputPath('view@2x.png'), two.bytes);
  await testInfo.attach('view.png', { body: one.bytes, contentType: 'image/png' });
});

test('print: one page with the title, the map, its legend and credits, no panel', async ({ explorer, page }, testInfo) => {
  await explorer.open();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Explorer panel' })).toBeHidden();
  await expect(page.getByTestId('map-title')).toBeVisible();
  await expect(page.getByTestId('map-legend').getByText('Peacekeeping zone (approximate)')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('GeoNames');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // A real print run: the page fires beforeprint and the map is copied into a 2D canvas for it (a WebGL
  // canvas is cleared when print layout resizes it). This listener runs after the app's: it sees the copy.
  await page.evaluate(() =>
    window.addEventListener('beforeprint', () => {
      const copy = document.querySelector<HTMLCanvasElement>('.print-copy');
      const d = copy?.getContext('2d')?.getImageData(0, 0, copy.width, copy.height).data ?? [];
      let orange = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 238) <= 10 && Math.abs(d[i + 1]! - 208) <= 10 && Math.abs(d[i + 2]! - 140) <= 10) orange++;
      Object.assign(window, { __printedOrange: orange });
    }),
  );
  const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
  expect(await page.evaluate(() => (window as unknown as { __printedOrange: number }).__printedOrange)).toBeGreaterThan(2000);
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await testInfo.attach('print.pdf', { body: pdf, contentType: 'application/pdf' });
  await expect(page.locator('.print-copy')).toHaveCount(0); // removed after printing
});
