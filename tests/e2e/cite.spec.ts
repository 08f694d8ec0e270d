import { test, expect } from './fixture.ts';
import { feature, quoteText } from './data.ts';

const AGHDAM = 'aghdam-2020';
const aghdamName = String(feature('districts', AGHDAM).properties.name);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('cite a quotation: author, title, AVİM, date, the footnote source and a link to the feature', async ({ explorer, page, baseURL }) => {
  await explorer.open(`#f=${AGHDAM}`);
  const figure = explorer.detail().locator('figure[data-quote-id="q-aghdam-handover"]');
  // From the keyboard: focus the button and press Enter.
  await figure.getByRole('button', { name: 'Cite' }).focus();
  await page.keyboard.press('Enter');
  await expect(figure.locator('.copy-status')).toHaveText('Citation copied to the clipboard.');
  const lines = (await clipboard(page)).split('\n');
  expect(lines[0]).toBe(`“${quoteText('q-aghdam-handover')}”`);
  expect(lines[1]).toBe(
    'Tutku Dilaver, “One Year After the Liberation of Karabakh,” Center for Eurasian Studies (AVİM), Analysis No 2021/29, 12 November 2021, https://avim.org.tr/en/Analiz/ONE-YEAR-AFTER-THE-LIBERATION-OF-KARABAKH.',
  );
  expect(lines[2]).toContain('[7] Nagorno-Karabakh: Azerbaijan enters Aghdam district handed over by Armenia, TRT World, 20 November 2020, https://www.trtworld.com/');
  expect(lines.at(-1)).toMatch(new RegExp(`^On the map: ${esc(aghdamName)}, “Karabakh, one year on” map explorer, accessed \\d+ \\w+ \\d{4}, ${esc(baseURL!)}/#f=${AGHDAM}\\.$`));

  // The link in the citation opens the feature.
  const link = /(http\S+#f=[\w-]+)\.$/.exec(lines.at(-1)!)![1]!;
  await explorer.open(link.slice(baseURL!.length + 1));
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText(aghdamName);
});

test('cite this view: the link holds the date, comparison, layers and open feature', async ({ explorer, page, baseURL }) => {
  await explorer.open('#layers=districts-operation,districts-statement,pk-zone&f=lachin&date=2020-12-02&from=2020-11-09');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(page.locator('.map-tools .copy-status')).toHaveText('Citation copied to the clipboard.');
  const text = await clipboard(page);
  expect(text).toContain('map as of 2 December 2020; compared with 9 November 2020; open: Lachin district;');
  expect(text).toContain('layers: Came under Azerbaijani control in the 2020 fighting, Handed over under the 10 Nov 2020 statement, Peacekeeping zone (approximate)');
  const link = /, (http\S+)\.\n/.exec(text)![1]!;
  // The view's map position (zoom/lat/lng) closes the link: where the feature was framed.
  expect(link.startsWith(`${baseURL}/#layers=districts-operation,districts-statement,pk-zone&f=lachin&date=2020-12-02&from=2020-11-09&map=`)).toBe(true);
  expect(link).toMatch(/&map=\d+\.\d{2}\/\d+\.\d{4}\/\d+\.\d{4}$/);
  expect(text.split('\n')[1]).toMatch(/^Based on: Tutku Dilaver, “One Year After the Liberation of Karabakh,”/);
});
