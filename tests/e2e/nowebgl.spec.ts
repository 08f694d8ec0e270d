/**
 * Without WebGL (a blocked GPU, an old machine, a locked-down browser): the page says why there is no
 * map, and the list, every quotation and the comparison still work. (A lost context: lostContext.spec.ts.)
 */
import { test, expect } from './fixture.ts';
import { quoteText, feature, AGHDAM, SHUSHA } from './data.ts';
import { SIZES } from './driver.ts';
import { findChromium } from '../chromium.ts';
import config from '../../playwright.config.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const baseArgs = config.use?.launchOptions?.args ?? [];

// Chromium started with WebGL switched off, for every test of this file.
test.use({ launchOptions: { executablePath: findChromium(), args: [...baseArgs, '--disable-webgl', '--disable-3d-apis'] } });

test.describe('no WebGL', () => {
  for (const size of SIZES) {
    test(`${size.name}: says why there is no map; the list, every quotation and the comparison work`, async ({ explorer, page }, testInfo) => {
      await page.setViewportSize(size.viewport);
      await explorer.openWithoutMap();
      expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
      const notice = page.getByTestId('no-map');
      await expect(notice).toContainText('The map cannot be shown here');
      await expect(notice).toContainText('WebGL 2');
      expect(await page.evaluate(() => window.__explorerMap ?? null)).toBeNull();
      await explorer.looksLike(testInfo, `no-webgl-${size.viewport.width}x${size.viewport.height}`);

      // The details of a district, with every one of its quotations.
      const shusha = feature('districts', 'shusha');
      await explorer.chooseFromList(SHUSHA);
      const detail = explorer.detail();
      await expect(detail.getByRole('heading', { level: 2 })).toHaveText(SHUSHA);
      // Retried: the quotations load when the first feature is opened. (Whitespace is squashed as toHaveText does.)
      await expect(detail.locator('blockquote')).toHaveText(shusha.properties.quotes.map((q) => squash(quoteText(q))));
      await explorer.looksLike(testInfo, `no-webgl-detail-${size.viewport.width}x${size.viewport.height}`);
      await explorer.closeDetail();

      // The comparison: figures, sorting and ticking.
      await explorer.showPanel();
      await explorer.showTab('Compare routes');
      await expect(page.locator('tbody[data-route]')).toHaveCount(5);
      await page.getByRole('button', { name: /^Total/ }).click();
      const totals = (await page.locator('td[data-col="total"]').allTextContents()).map(Number);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
      await page.getByRole('checkbox', { name: 'Compare Berd–Tovuz road' }).check();
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('compare=berd-tovuz');
    });
  }

  test('a link to a feature opens its details', async ({ explorer }) => {
    await explorer.openWithoutMap('#f=aghdam-2020');
    await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText(AGHDAM);
  });
});
