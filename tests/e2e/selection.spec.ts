import { test, expect } from './fixture.ts';
import { centreOf, feature, AGHDAM, SHUSHA } from './data.ts';
import { SIZES } from './driver.ts';

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test('a link followed after a map click anchors the popup on the linked feature, in view', async ({ explorer, page }) => {
      await explorer.open();
      await explorer.goTo(centreOf(feature('districts', 'zangilan')), 9);
      const at = await explorer.pixelOf('zangilan');
      await page.mouse.click(at!.x, at!.y);
      await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText('Zangilan district');
      await page.evaluate(() => (window.location.hash = '#f=kalbajar'));
      await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText('Kalbajar district');
      // On a phone the sheet stands in for the popup while it is open.
      if (size.name === 'phone') await explorer.closeDetail();
      await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText('Kalbajar district');
      await explorer.idle();
      // The popup points at Kalbajar (its anchor is inside the district) and lies wholly on screen.
      const inView = await page.evaluate(() => {
        const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
        const p = document.querySelector('.maplibregl-popup')!.getBoundingClientRect();
        const w = Math.max(0, Math.min(p.right, map.right) - Math.max(p.left, map.left));
        const h = Math.max(0, Math.min(p.bottom, map.bottom) - Math.max(p.top, map.top));
        return (w * h) / (p.width * p.height);
      });
      expect(inView).toBeGreaterThan(0.99);
      const tip = await page.evaluate(() => {
        const m = window.__explorerMap!;
        const tipEl = document.querySelector('.maplibregl-popup-tip')!.getBoundingClientRect();
        const canvas = m.getCanvas().getBoundingClientRect();
        const ll = m.unproject([tipEl.left + tipEl.width / 2 - canvas.left, tipEl.top - canvas.top]);
        return [ll.lng, ll.lat];
      });
      const kb = feature('districts', 'kalbajar');
      const [minX, minY, maxX, maxY] = bbox(kb);
      expect(tip[0]).toBeGreaterThan(minX);
      expect(tip[0]).toBeLessThan(maxX);
      expect(tip[1]).toBeGreaterThan(minY);
      expect(tip[1]).toBeLessThan(maxY);
    });

    test('choosing a feature adds a history entry, panning does not, and Back returns to the feature before', async ({ explorer, page }) => {
      await explorer.open();
      const start = await page.evaluate(() => history.length);
      await explorer.chooseFromList(AGHDAM);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('f=aghdam-2020');
      await explorer.closeDetail(); // the details lie over the list; closing them shows it again
      await explorer.chooseFromList(SHUSHA);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('f=shusha');
      expect(await page.evaluate(() => history.length)).toBe(start + 2);
      // Panning: the view goes into the link, the history does not grow.
      await explorer.goTo([46.9, 39.9], 9.5);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('map=9.50/39.9000/46.9000');
      expect(await page.evaluate(() => history.length)).toBe(start + 2);
      await page.goBack();
      await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText(AGHDAM);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('f=aghdam-2020');
      await page.goBack();
      await expect(explorer.detail()).toHaveCount(0);
      await expect(explorer.popup()).toHaveCount(0);
      await page.goForward();
      await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText(AGHDAM);
    });

    test('the view is in the link: opening it shows the same place', async ({ explorer, page }) => {
      await explorer.open('#map=10.00/39.7600/46.7500');
      const view = await page.evaluate(() => {
        const m = window.__explorerMap!;
        return { zoom: m.getZoom(), c: m.getCenter() };
      });
      expect(view.zoom).toBeCloseTo(10, 1);
      expect(view.c.lat).toBeCloseTo(39.76, 2);
      expect(view.c.lng).toBeCloseTo(46.75, 2);
    });
  });
}

test('the view stays where the reader moved it when the quotations arrive after a choice', async ({ explorer, page }) => {
  // The quotations are held back until the reader has moved the map away from the feature.
  let requested!: () => void;
  const held = new Promise<void>((r) => (requested = r));
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/quotes-[\w-]{8}\.json$/, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  await explorer.open();
  await explorer.chooseFromList(SHUSHA);
  await held;
  await explorer.goTo([45.5, 40.5], 8);
  release();
  await explorer.textsLoaded();
  await explorer.idle();
  const view = await page.evaluate(() => {
    const m = window.__explorerMap!;
    return { zoom: m.getZoom(), lng: m.getCenter().lng, lat: m.getCenter().lat };
  });
  // The popup, grown by its quotation, may nudge the map to stay whole (keepInView); the view does not go back to Shusha.
  expect(view.zoom).toBeCloseTo(8, 2);
  expect(Math.abs(view.lng - 45.5)).toBeLessThan(0.2);
  expect(Math.abs(view.lat - 40.5)).toBeLessThan(0.2);
});

function bbox(f: ReturnType<typeof feature>): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0]);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit((f.geometry as { coordinates: unknown }).coordinates);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
