import { test, expect } from './fixture.ts';
import { centreOf, feature, quoteText } from './data.ts';
import { SIZES, type Explorer } from './driver.ts';
import type { Page } from '@playwright/test';

/** One feature of each kind, with the zoom a person would use to click it and a quote it must show. */
const KINDS = [
  { kind: 'district', file: 'districts', id: 'aghdam-2020', zoom: 8, quote: 'q-aghdam-handover' },
  { kind: 'district part held since 1994', file: 'districts', id: 'fuzuli-held-since-1994', zoom: 9, quote: 'q-operation' },
  { kind: 'district part taken in the fighting', file: 'districts', id: 'hadrut-2020', zoom: 9, quote: 'q-operation' },
  { kind: 'district handed over without its corridor', file: 'districts', id: 'lachin', zoom: 8, quote: 'q-lachin-handover' },
  { kind: 'zone', file: 'peacekeeping', id: 'peacekeeping-zone', zoom: 8, quote: 'q-peacekeepers-deployed' },
  { kind: 'corridor', file: 'peacekeeping', id: 'lachin-corridor', zoom: 10, quote: 'q-peacekeepers-deployed' },
  { kind: 'patrol', file: 'peacekeeping', id: 'patrol-martuni-sukovushan', zoom: 9, quote: 'q-patrols' },
  { kind: 'monitoring centre', file: 'peacekeeping', id: 'monitoring-centre', zoom: 10, quote: 'q-monitoring-centre' },
  { kind: 'road route', file: 'routes', id: 'berd-tovuz', zoom: 10, quote: 'q-route-berd-tovuz' },
  { kind: 'railway', file: 'routes', id: 'yeraskh-horadiz-railway', zoom: 7, quote: 'q-railway' },
  { kind: 'place', file: 'places', id: 'tovuz', zoom: 9, quote: 'q-tovuz-clashes' },
] as const;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Clicks a feature where it is drawn, as a person would, after centring the map on it. */
async function clickOnMap(explorer: Explorer, page: Page, id: string, centre: [number, number], zoom: number) {
  await explorer.goTo(centre, zoom);
  const at = await explorer.pixelOf(id);
  expect(at, `a clickable pixel of ${id}`).not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  await expect.poll(() => page.evaluate(() => window.__explorerMap!.getCanvas().style.cursor)).toBe('pointer');
  await page.mouse.click(at!.x, at!.y);
}

/** The popup lies wholly inside the map and under none of its controls (zoom buttons, scale, credits). */
async function popupClear(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const p = document.querySelector('.maplibregl-popup')!.getBoundingClientRect();
    const out: string[] = [];
    if (p.top < map.top - 0.5 || p.left < map.left - 0.5 || p.bottom > map.bottom + 0.5 || p.right > map.right + 0.5) out.push(`popup ${JSON.stringify(p)} leaves the map ${JSON.stringify(map)}`);
    for (const c of document.querySelectorAll('.maplibregl-ctrl')) {
      const r = c.getBoundingClientRect();
      if (r.width && r.height && r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom) out.push(`popup under ${c.className}`);
    }
    return out;
  });
}

/** Every case of a loop below runs on one page, one after another (a fresh load each costs seconds on software WebGL). */
const PER_CASE_MS = 30_000;

for (const size of SIZES) {
  test.describe(`${size.name}`, () => {
    test.use({ viewport: size.viewport });

    test('each kind chosen from the list opens its details, quotation first, in view', async ({ explorer, page }) => {
      test.setTimeout(KINDS.length * PER_CASE_MS);
      await explorer.open();
      for (const k of KINDS) {
        const f = feature(k.file, k.id);
        const name = String(f.properties.name);
        const quotes = f.properties.quotes.map(quoteText);
        await test.step(`a ${k.kind}`, async () => {
          await explorer.chooseFromList(name);
          const detail = explorer.detail();
          await expect(detail.getByRole('heading', { level: 2 })).toHaveText(name);
          await explorer.textsLoaded();
          const texts = (await detail.locator('blockquote').allTextContents()).map(squash);
          expect(texts).toContain(squash(quoteText(k.quote)));
          expect(texts).toHaveLength(quotes.length); // every quotation of the feature
          await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`f=${k.id}`);
          // The quotation comes before the facts.
          const [q, facts] = [await detail.locator('.quote').first().boundingBox(), await detail.locator('.facts').boundingBox()];
          expect(q!.y).toBeLessThan(facts!.y);
          // The detail's top (its name and first quotation) is on screen and covered by nothing.
          const box = await detail.boundingBox();
          expect(box!.y).toBeGreaterThanOrEqual(0);
          expect(box!.y + 60).toBeLessThanOrEqual(size.viewport.height);
          const topmost = await detail.getByRole('heading', { level: 2 }).evaluate((h) => {
            const r = h.getBoundingClientRect();
            return !!document.elementFromPoint(r.left + 5, r.top + r.height / 2)?.closest('[data-testid="detail"]');
          });
          expect(topmost).toBe(true);
          if (size.name === 'phone') {
            // On a phone the sheet has the screen's lower part; the panel folds away while it is open.
            expect(box!.y + box!.height).toBeGreaterThanOrEqual(size.viewport.height - 1);
            await expect(page.getByRole('tab', { name: 'Features' })).toBeHidden();
          }
          await explorer.closeDetail();
        });
      }
    });

    const onMap = KINDS.filter((k) => size.name === 'desktop' || k.kind === 'district' || k.kind === 'place');
    test('each kind clicked on the map shows a short popup clear of the controls, and "more" opens the rest', async ({ explorer, page }) => {
      test.setTimeout(onMap.length * PER_CASE_MS);
      await explorer.open();
      for (const k of onMap) {
        const f = feature(k.file, k.id);
        const name = String(f.properties.name);
        const quotes = f.properties.quotes.map(quoteText);
        await test.step(`a ${k.kind}`, async () => {
          await clickOnMap(explorer, page, k.id, centreOf(f), k.zoom);
          const popup = explorer.popup();
          await expect(popup.getByRole('heading', { level: 2 })).toHaveText(name);
          await explorer.textsLoaded();
          // The popup shows the opening of the first quotation, word for word.
          const opening = squash((await popup.locator('blockquote').textContent()) ?? '').replace(/\s*…$/, '');
          expect(opening.length).toBeGreaterThan(20);
          expect(squash(quotes[0]!).startsWith(opening)).toBe(true);
          await expect.poll(() => popupClear(page)).toEqual([]);
          await popup.getByRole('button', { name: `More about ${name}` }).click();
          await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText(name);
          const texts = (await explorer.detail().locator('blockquote').allTextContents()).map(squash);
          expect(texts).toContain(squash(quoteText(k.quote)));
          // Back to the bare map for the next case: the details, then the popup, closed as a person would
          // (the popup by Escape: once the map pans back, its × can lie under the "Cite this view" tool).
          await explorer.closeDetail();
          await page.keyboard.press('Escape');
          await expect(explorer.popup()).toHaveCount(0);
        });
      }
    });

    test('approximate features say so in the popup and the details', async ({ explorer }) => {
      await explorer.open('#f=peacekeeping-zone');
      await expect(explorer.detail().getByText('Approximate geometry')).toBeVisible();
      if (size.name === 'desktop') await expect(explorer.popup().getByText('Approximate geometry')).toBeVisible();
    });

    test('a footnoted quotation shows its source, and a record note sits beside it', async ({ explorer }) => {
      await explorer.open('#f=aghdam-2020');
      const detail = explorer.detail();
      await expect(detail.locator('figcaption').first()).toContainText('[3] Statement by President of the Republic of Azerbaijan');
      await expect(detail.getByText('On the record:').first()).toBeVisible();
      const link = detail.locator('a', { hasText: 'Source link' }).first();
      await expect(link).toHaveAttribute('href', 'http://en.kremlin.ru/events/president/news/64384');
      // The source link can be clicked where it is: scrolled into the detail view, nothing over it.
      await link.scrollIntoViewIfNeeded();
      const clickable = await link.evaluate((a) => {
        const r = a.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === a;
      });
      expect(clickable).toBe(true);
    });

    test('tapping the map away from any feature closes the popup', async ({ explorer, page }) => {
      await explorer.open();
      await clickOnMap(explorer, page, 'aghdam-2020', centreOf(feature('districts', 'aghdam-2020')), 8);
      await expect(explorer.popup()).toBeVisible();
      // A point in the sea-free middle of Iran's north, far from every drawn feature.
      await explorer.goTo([46.0, 37.6], 9);
      const map = (await page.getByTestId('map').boundingBox())!;
      await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
      await expect(explorer.popup()).toHaveCount(0);
    });
  });
}

test('a district part says how and when it changed hands, and the corridor does not carry the Lachin handover quotation', async ({ explorer }) => {
  await explorer.open('#f=fuzuli-held-since-1994');
  const facts = explorer.detail().locator('.facts');
  await expect(facts).toContainText('Held by Azerbaijan throughout since the 1994 ceasefire');
  await expect(facts).toContainText('12 May 1994');
  await expect(facts).toContainText(/Boundary precision\s*about 6 km/);
  await explorer.open('#f=lachin-corridor');
  await expect(explorer.detail()).toBeVisible();
  await explorer.textsLoaded();
  const quotes = (await explorer.detail().locator('blockquote').allTextContents()).map(squash);
  expect(quotes).not.toContain(squash(quoteText('q-lachin-handover')));
});

test('text from the data is rendered as text, not HTML', async ({ explorer }) => {
  await explorer.open('#f=shusha');
  const detail = explorer.detail();
  await expect(detail).toBeVisible();
  // The only elements inside a blockquote are the footnote markers we make.
  const tags = await detail.locator('blockquote *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
  expect(tags.every((t) => t === 'SUP')).toBe(true);
});
