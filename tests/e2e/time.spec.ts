import { test, expect } from './fixture.ts';
import type { Page } from '@playwright/test';

/** The fill colour MapLibre evaluated for each rendered district, by id. */
async function districtColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const map = window.__explorerMap!;
    const layers = ['districts-operation', 'districts-statement', 'districts-held-since-1994'].filter((l) => map.getLayer(l));
    const out: Record<string, string> = {};
    for (const f of map.queryRenderedFeatures({ layers })) {
      const c = (f.layer.paint as Record<string, unknown> | undefined)?.['fill-color'];
      out[String(f.properties.id)] = typeof c === 'object' && c && 'r' in c ? JSON.stringify(c) : String(c);
    }
    return out;
  });
}

test('a date in the link sets the slider, the map and the events of the week', async ({ explorer, page }, testInfo) => {
  await explorer.open('#date=2020-11-21');
  await explorer.showTab('Timeline');
  const slider = page.getByRole('slider', { name: 'Date on the map' });
  await expect(slider).toHaveAttribute('aria-valuetext', '21 November 2020');
  await expect(page.getByTestId('map-date')).toHaveText('Map as of 21 November 2020');
  // The zone shows from 10 November 2020; Kalbajar (25 Nov) and Lachin (1 Dec) are not yet handed over, Aghdam (20 Nov) is.
  expect(await explorer.rendered('pk-zone')).toEqual(['peacekeeping-zone']);
  const colours = await districtColours(page);
  expect(colours.kalbajar).toBe(colours.lachin);
  expect(colours['aghdam-2020']).not.toBe(colours.kalbajar);
  // Ground held since 1994 keeps its colour on every date.
  expect(colours['aghdam-held-since-1994']).not.toBe(colours.kalbajar);
  const events = page.getByRole('region', { name: /^Events,/ });
  await expect(events.getByRole('heading')).toHaveText('Events, 15 November 2020 – 21 November 2020');
  await expect(events.getByRole('listitem')).toHaveCount(2);
  await expect(events.getByRole('listitem').nth(1)).toContainText('20 November 2020: Aghdam district handed over');
  await expect(events.getByRole('listitem').nth(1)).toContainText('[7] Nagorno-Karabakh: Azerbaijan enters Aghdam district handed over by Armenia, TRT World');
  await explorer.screenshot(testInfo, 'time-1280x800');

  // Before the statement: no peacekeeping zone.
  await explorer.open('#date=2020-11-05');
  expect(await explorer.rendered('pk-zone')).toEqual([]);
});

test('the slider moves a day with the arrows and a month with Page Up/Down, and writes the link', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.showTab('Timeline');
  const slider = page.getByRole('slider', { name: 'Date on the map' });
  await expect(slider).toHaveAttribute('aria-valuetext', '12 November 2021');
  // No date: the map as of the analysis, with the zone and every district in colour.
  expect(await explorer.rendered('pk-zone')).toEqual(['peacekeeping-zone']);
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '27 September 2020');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '28 September 2020');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', '28 October 2020');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '27 November 2020');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#date=2020-11-27');
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuetext', '27 October 2020');
  await explorer.idle();
  expect(await explorer.rendered('pk-zone')).toEqual([]);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '12 November 2021');
});

test('play steps through the days and pauses', async ({ explorer, page }) => {
  await explorer.open('#date=2020-11-08');
  await explorer.showTab('Timeline');
  const slider = page.getByRole('slider', { name: 'Date on the map' });
  await page.getByRole('button', { name: 'Play the year day by day' }).click();
  await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe('8 November 2020');
  await page.getByRole('button', { name: 'Pause' }).click();
  const stopped = await slider.getAttribute('aria-valuetext');
  await page.waitForTimeout(300); // a pause must hold: nothing else to wait on
  await expect(slider).toHaveAttribute('aria-valuetext', stopped!);
});

const PAIRS = [
  {
    hash: '#date=2020-12-02&from=2020-11-09',
    lines: [
      /^Aghdam district \(handed over 20 Nov 2020\) — 20 November 2020: handed over under article 2 of the 10 November 2020 statement\./,
      /^Kalbajar district — 25 November 2020: handed over under article 6 of the 10 November 2020 statement\. The date the handover was completed/,
      /^Lachin district — 1 December 2020: handed over under article 6/,
    ],
    outlined: ['aghdam-2020', 'kalbajar', 'lachin'],
  },
  {
    hash: '#date=2020-11-01&from=2020-09-27',
    lines: [
      /^Talish and Sukovuşan \(Magadiz\), taken in the fighting — 3 October 2020: came under Azerbaijani control in the fighting\./,
      /^Jabrayil district — 4 October 2020/,
      /^Hadrut and the south of the former NKAO, taken in the fighting — 9 October 2020/,
      /^Fuzuli district, taken in the fighting — 17 October 2020/,
      /^Zangilan district — 20 October 2020/,
      /^Qubadli district — 25 October 2020/,
    ],
    outlined: ['fuzuli-2020', 'hadrut-2020', 'jabrayil', 'qubadli', 'talish-sugovushan-2020', 'zangilan'],
  },
];

for (const pair of PAIRS) {
  test(`the change list for ${pair.hash}`, async ({ explorer, page }, testInfo) => {
    await explorer.open(pair.hash);
    await explorer.showTab('Timeline');
    const region = page.getByRole('region', { name: 'Changes between the dates' });
    const items = region.getByRole('listitem');
    await expect(items).toHaveCount(pair.lines.length);
    for (const [i, line] of pair.lines.entries()) await expect(items.nth(i)).toHaveText(line);
    expect(await explorer.rendered('time-changed-districts')).toEqual(pair.outlined);
    await explorer.screenshot(testInfo, `changes-${pair.hash.slice(6, 16)}-1280x800`);
  });
}

test('compare controls: set the earlier date, read the changes, stop comparing', async ({ explorer, page }) => {
  await explorer.open('#date=2020-12-02');
  await explorer.showTab('Timeline');
  await page.getByLabel('Compare with the map on').fill('2020-11-21');
  const region = page.getByRole('region', { name: 'Changes between the dates' });
  await expect(region.getByRole('listitem')).toHaveText([/^Kalbajar district/, /^Lachin district/]);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#date=2020-12-02&from=2020-11-21');
  await region.getByRole('button', { name: 'Lachin district' }).click();
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText('Lachin district');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(region).toHaveCount(0);
});

test('phone 390×844: the timeline and the change list', async ({ explorer, page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await explorer.open('#date=2020-12-02&from=2020-11-09');
  await page.getByRole('button', { name: 'Show panel' }).click();
  await explorer.showTab('Timeline');
  const region = page.getByRole('region', { name: 'Changes between the dates' });
  await region.scrollIntoViewIfNeeded();
  await expect(region).toBeInViewport();
  await explorer.screenshot(testInfo, 'changes-390x844');
});

test('a popup says where its feature stood on the map’s date', async ({ explorer }) => {
  await explorer.open('#date=2020-11-21&f=kalbajar');
  await expect(explorer.detail().locator('.date-status')).toHaveText('On 21 November 2020, the map’s date: not yet under Azerbaijani control (from 25 November 2020).');
  await explorer.open('#date=2020-11-21&f=lachin-corridor');
  await expect(explorer.detail().locator('.date-status')).toHaveText('On 21 November 2020, the map’s date: in place (from 10 November 2020).');
  await explorer.open('#f=kalbajar');
  await expect(explorer.detail().locator('.date-status')).toHaveCount(0);
});
