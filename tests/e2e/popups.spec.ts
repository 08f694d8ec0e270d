import { test, expect } from './fixture.ts';
import { centreOf, feature, quoteText } from './data.ts';

/** One feature of each kind, with the zoom a person would use to click it and a quote it must show. */
const KINDS = [
  { kind: 'district part handed over', file: 'districts', id: 'aghdam-2020', zoom: 8, quote: 'q-aghdam-handover' },
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

for (const k of KINDS) {
  test.describe(`a ${k.kind}`, () => {
    const f = feature(k.file, k.id);
    const name = String(f.properties!.name);

    test('opens from the feature list, with its name and the exact quotation', async ({ explorer, page }) => {
      await explorer.open();
      await explorer.showTab('Features');
      await page.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
      const popup = explorer.popup();
      await expect(popup.getByRole('heading', { level: 2 })).toHaveText(name);
      const texts = (await popup.locator('blockquote').allTextContents()).map(squash);
      expect(texts).toContain(squash(quoteText(k.quote)));
      await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`f=${k.id}`);
    });

    test('opens by clicking it on the map', async ({ explorer, page }) => {
      await explorer.open();
      await explorer.goTo(centreOf(f) as [number, number], k.zoom);
      const at = await explorer.pixelOf(k.id);
      expect(at, `a clickable pixel of ${k.id}`).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      await expect.poll(() => page.evaluate(() => window.__explorerMap!.getCanvas().style.cursor)).toBe('pointer');
      await page.mouse.click(at!.x, at!.y);
      const popup = explorer.popup();
      await expect(popup.getByRole('heading', { level: 2 })).toHaveText(name);
      const texts = (await popup.locator('blockquote').allTextContents()).map(squash);
      expect(texts).toContain(squash(quoteText(k.quote)));
    });
  });
}

test('approximate features say so in their popup', async ({ explorer, page }) => {
  await explorer.open('#f=peacekeeping-zone');
  await expect(explorer.popup()).toBeVisible();
  await expect(explorer.popup().getByText('Approximate geometry')).toBeVisible();
  void page;
});

test('a footnoted quotation shows its source, and a record note sits beside it', async ({ explorer }) => {
  await explorer.open('#f=aghdam-2020');
  const popup = explorer.popup();
  await expect(popup.locator('figcaption').first()).toContainText('[3] Statement by President of the Republic of Azerbaijan');
  await expect(popup.getByText('On the record:').first()).toBeVisible();
  await expect(popup.locator('a', { hasText: 'Source link' }).first()).toHaveAttribute('href', 'http://en.kremlin.ru/events/president/news/64384');
});

test('a district part says how and when it changed hands, and the corridor does not carry the Lachin handover quotation', async ({ explorer }) => {
  await explorer.open('#f=fuzuli-held-since-1994');
  const facts = explorer.popup().locator('dl.facts');
  await expect(facts).toContainText('Held by Azerbaijan throughout since the 1994 ceasefire');
  await expect(facts).toContainText('12 May 1994');
  await expect(facts).toContainText(/Boundary precision\s*about 6 km/);
  await explorer.open('#f=lachin-corridor');
  const quotes = (await explorer.popup().locator('blockquote').allTextContents()).map(squash);
  expect(quotes).not.toContain(squash(quoteText('q-lachin-handover')));
});

test('text from the data is rendered as text, not HTML', async ({ explorer, page }) => {
  await explorer.open('#f=shusha');
  const popup = explorer.popup();
  await expect(popup).toBeVisible();
  // The quotes contain no tags; the only elements inside a blockquote are the footnote markers we make.
  const tags = await popup.locator('blockquote *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
  expect(tags.every((t) => t === 'SUP')).toBe(true);
  void page;
});
