/**
 * Every data file served with markup, script and javascript:/data: addresses planted in every text
 * and link field (tests/e2e/hostileData.ts). Through the popups, the details, the lists, the reader,
 * the comparison, the timeline, search and About, nothing planted may run and no planted link may be
 * live. The page's Content-Security-Policy is bypassed, so it is the rendering that is tested: markup
 * parsed as HTML would run here.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixture.ts';
import { hostileAnalysis, hostileJSON, HOSTILE } from './hostileData.ts';

test.use({ bypassCSP: true });

/** The feature that also quotes the planted passage. */
const QUOTING = 'shusha';
/** A served data file: `/assets/<name>-<8-character hash>.<ext>`. */
const DATA_FILE = /\/assets\/(districts|peacekeeping|routes|places|context|countries|borders|country-labels|quotes|sources|events|analysis)-[\w-]{8}\.(geojson|json|md)$/;

/** Serves the planted data; returns the names of the files served so far. */
async function serveHostile(page: Page): Promise<Set<string>> {
  const served = new Set<string>();
  await page.route(DATA_FILE, async (route) => {
    const file = DATA_FILE.exec(new URL(route.request().url()).pathname)![1]!;
    served.add(file);
    const response = await route.fetch();
    const text = await response.text();
    const body = file === 'analysis' ? hostileAnalysis(text) : JSON.stringify(hostileJSON(file, JSON.parse(text), QUOTING));
    await route.fulfill({ response, body });
  });
  return served;
}

/** What ran or became live: the payload's counter, live javascript:/data: links, event-handler attributes, planted elements. */
function breaches(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const ran = (window as { __hostile?: number }).__hostile;
    if (ran) out.push(`a planted script ran ${ran} time(s)`);
    for (const el of document.querySelectorAll('a[href], area[href], iframe, form, object, embed, [src]')) {
      for (const attr of ['href', 'src', 'action', 'data']) {
        const value = el.getAttribute(attr);
        if (value !== null && /^\s*(javascript|data|vbscript):/i.test(value) && !(el.tagName === 'IMG' && /^data:image\//.test(value)))
          out.push(`live ${attr} on <${el.tagName.toLowerCase()}>: ${value.slice(0, 60)}`);
      }
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) out.push(`<${el.tagName.toLowerCase()}> has ${a}`);
    }
    for (const s of document.querySelectorAll('script')) if (!s.src) out.push(`inline <script>: ${s.textContent?.slice(0, 60)}`);
    for (const sel of ['img[src="x"]', 'iframe', 'svg[onload]']) if (document.querySelector(sel)) out.push(`planted ${sel} in the page`);
    return out;
  });
}

test('hostile text in every data file is shown as text, never run, and no planted link is live', async ({ explorer, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const served = await serveHostile(page);
  const check = async (where: string) => {
    expect(await breaches(page), where).toEqual([]);
    expect(dialogs, where).toEqual([]);
  };

  // The payload reaches the screen as text: the test is not passing because it was filtered out on the way.
  await explorer.open(`#f=${QUOTING}`);
  const detail = explorer.detail();
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(HOSTILE);
  await check('details and popup of a district');
  await expect(detail.locator('blockquote').first()).toContainText(HOSTILE);
  await expect(detail.locator('.note').first()).toContainText(HOSTILE);
  await expect(detail.locator('.footnote').filter({ hasText: HOSTILE }).first()).toBeVisible();
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toContainText(HOSTILE);
  // The sources whose addresses the contract refuses are left out, and said so, as text.
  await expect(page.locator('.data-problems')).toContainText('data/sources.json');

  // A popup and the details of one feature of every other file, followed by link.
  for (const id of ['lachin-corridor', 'berd-tovuz', 'tovuz', 'nkao-1991', 'yeraskh-horadiz-railway']) {
    await page.evaluate((f) => (window.location.hash = `#f=${f}`), id);
    await expect(explorer.popup().getByRole('heading', { level: 2 })).toContainText(HOSTILE);
    await expect(detail.getByRole('heading', { level: 2 })).toContainText(HOSTILE);
    await check(`popup and details of ${id}`);
  }
  await explorer.closeDetail();

  await explorer.showTab('Layers');
  await expect(page.getByRole('checkbox', { name: /Berd–Tovuz/ })).toBeVisible();
  await explorer.showTab('Features');
  await expect(page.getByRole('button', { name: /^Shusha/ }).first()).toContainText(HOSTILE);
  await check('layers and features');

  await explorer.showTab('Analysis');
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 2 })).toContainText(HOSTILE);
  await expect(reader.locator('.passage[data-quotes~="q-hostile"]').first()).toContainText(HOSTILE);
  await expect(reader.locator('.footnote-entry').filter({ hasText: HOSTILE }).first()).toBeAttached();
  await reader.locator('.passage[data-quotes~="q-hostile"]').first().click();
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toContainText(HOSTILE);
  await check('the reader');
  await explorer.closeDetail();

  await explorer.showTab('Compare routes');
  await page.getByRole('checkbox', { name: /^Compare Berd–Tovuz/ }).check();
  await expect(page.getByRole('table')).toContainText(HOSTILE);
  await check('the comparison');

  await page.evaluate(() => (window.location.hash = '#date=2020-11-20&from=2020-09-27'));
  await explorer.showTab('Timeline');
  await expect(page.getByRole('tabpanel')).toContainText(HOSTILE);
  await check('the timeline');

  const search = page.getByRole('combobox', { name: 'Search places and features' });
  await search.fill('Tovuz');
  await expect(page.getByRole('option').first()).toContainText(HOSTILE);
  await search.press('Enter');
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toContainText(HOSTILE);
  await check('search');
  await explorer.closeDetail();

  await explorer.showTab('About');
  await check('about');
  // Every data file went through the planting: a renamed file would otherwise be served as committed.
  expect([...served].sort()).toEqual(['analysis', 'borders', 'context', 'countries', 'country-labels', 'districts', 'events', 'peacekeeping', 'places', 'quotes', 'routes', 'sources']);
});
