import { test, expect } from './fixture.ts';
import { feature, quoteText } from './data.ts';

const nameOf = (file: Parameters<typeof feature>[0], id: string) => String(feature(file, id).properties.name);

/** Text as read, footnote markers aside (inside a passage they are links of their own). */
const squash = (s: string) =>
  s
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test('the analysis tab shows the whole text with its attribution, copyright and footnote links', async ({ explorer, page }, testInfo) => {
  await explorer.open();
  await explorer.showTab('Analysis');
  const reader = page.getByRole('article', { name: 'One Year After the Liberation of Karabakh' });
  await expect(reader.getByText('Tutku Dilaver, Center for Eurasian Studies (AVİM), Analysis No 2021/29, 12 November 2021.')).toBeVisible();
  await expect(reader.getByRole('link', { name: 'Read it at avim.org.tr' })).toHaveAttribute('href', 'https://avim.org.tr/en/Analiz/ONE-YEAR-AFTER-THE-LIBERATION-OF-KARABAKH');
  await expect(reader.locator('.copyright')).toHaveText('© 2009-2024 Center for Eurasian Studies (AVİM) All Rights Reserved');
  // First and last words of the body, and all 17 footnotes.
  await expect(reader.getByText('2020 witnessed an important development for the Caucasus region.', { exact: false })).toBeVisible();
  await expect(reader.getByText('it can be said that effective steps have been taken on many issues', { exact: false })).toHaveCount(1);
  await expect(reader.locator('.footnote-entry')).toHaveCount(17);
  await expect(reader.getByRole('link', { name: /^Footnote 7:/ })).toHaveAttribute(
    'href',
    'https://www.trtworld.com/asia/nagorno-karabakh-azerbaijan-enters-aghdam-district-handed-over-by-armenia-41639',
  );
  await expect(reader.locator('#analysis-fn-12 a')).toHaveAttribute('href', 'https://mil.ru/files/morf/nk_08112021_2800.jpg');
  // Text, not HTML: the only elements in the paragraphs are the ones the reader makes.
  const tags = await reader.locator('p *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))].sort());
  expect(tags.every((t) => ['A', 'BUTTON', 'MARK', 'SPAN', 'SUP'].includes(t))).toBe(true);
  await explorer.screenshot(testInfo, 'reader-1280x800');
});

test('a marked passage opens the one feature that quotes it, framed on the map', async ({ explorer, page }) => {
  await explorer.open();
  const zoomBefore = await page.evaluate(() => window.__explorerMap!.getZoom());
  await explorer.showTab('Analysis');
  const passage = page.locator('.passage[data-quotes~="q-monitoring-centre"]');
  await expect(passage.first()).toBeVisible();
  expect(squash((await passage.allTextContents()).join(''))).toBe(squash(quoteText('q-monitoring-centre')));
  // From the keyboard: focus it and press Enter.
  await passage.first().focus();
  await page.keyboard.press('Enter');
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText(nameOf('peacekeeping', 'monitoring-centre'));
  // The camera flies there: under software WebGL on a busy machine that can take longer than 5 s.
  await expect.poll(() => page.evaluate(() => window.__explorerMap!.getZoom()), { timeout: 15_000 }).toBeGreaterThan(zoomBefore + 1);
});

test('a passage several features quote offers each of them', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.showTab('Analysis');
  const passage = page.locator('.passage[data-quotes~="q-aghdam-handover"]').first();
  await passage.click();
  await expect(passage).toHaveAttribute('aria-expanded', 'true');
  const group = page.getByRole('group', { name: 'Features that quote this passage' });
  // Every feature whose `quotes` holds this passage, in the data's order.
  await expect(group.getByRole('button')).toHaveText([nameOf('districts', 'aghdam-2020'), nameOf('districts', 'aghdam-held-since-1994'), nameOf('places', 'aghdam-town')]);
  await group.getByRole('button', { name: nameOf('places', 'aghdam-town') }).click();
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText(nameOf('places', 'aghdam-town'));
});

test('"read in context" opens the text at the passage, highlighted and current', async ({ explorer, page }) => {
  await explorer.open('#f=kalbajar');
  const figure = explorer.detail().locator('figure[data-quote-id="q-kalbajar-handover"]');
  await figure.getByRole('button', { name: 'Read in context' }).click();
  await expect(explorer.tab('Analysis')).toHaveAttribute('aria-selected', 'true');
  const current = page.locator('.reader [aria-current="true"]');
  await expect(current.first()).toBeVisible();
  expect(squash((await current.allTextContents()).join(''))).toBe(squash(quoteText('q-kalbajar-handover')));
  await expect(current.first()).toBeInViewport();
  await expect(current.first()).toBeFocused();
  await expect(current.first()).toHaveClass(/current/);
  // Only that passage is current.
  expect(await page.locator('.reader .passage.current').count()).toBe(await current.count());
});

test('phone 390×844: read in context opens the panel at the passage', async ({ explorer, page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await explorer.open('#f=shusha');
  await explorer.detail().locator('figure[data-quote-id="q-shusha-strategic"]').getByRole('button', { name: 'Read in context' }).click();
  await expect(page.locator('.reader [aria-current="true"]').first()).toBeInViewport();
  await explorer.screenshot(testInfo, 'reader-390x844');
});
