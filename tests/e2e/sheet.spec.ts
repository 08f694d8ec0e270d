/** A phone's bottom sheet: swiped or tapped closed, and the list it was opened from comes back with focus. */
import { test, expect } from './fixture.ts';
import { AGHDAM } from './data.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('the sheet closes with a swipe down, and focus returns to the list button that opened it', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.chooseFromList(AGHDAM);
  const sheet = explorer.detail();
  await expect(sheet).toBeVisible();
  // The map keeps the screen above the sheet, and the chosen district is framed in it.
  const [mapBox, sheetBox] = [(await page.getByTestId('map').boundingBox())!, (await sheet.boundingBox())!];
  expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(sheetBox.y + 1);
  expect(await explorer.rendered('districts-statement')).toContain('aghdam-2020');
  // A short drag springs back…
  const head = (await sheet.locator('.detail-head').boundingBox())!;
  const x = head.x + head.width / 3;
  const y = head.y + head.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 20, { steps: 4 });
  await page.mouse.up();
  await expect(sheet).toBeVisible();
  // …a long one closes the sheet.
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 200, { steps: 8 });
  await page.mouse.up();
  await expect(sheet).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Features' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-feature'))).toBe('aghdam-2020');
});

test('the sheet closes with a tap on its handle; the popup is then back on the map, clear of the controls', async ({ explorer }) => {
  await explorer.open('#f=shusha');
  await expect(explorer.detail()).toBeVisible();
  await expect(explorer.popup()).toHaveCount(0); // the sheet stands in for it
  await explorer
    .detail()
    .getByRole('button', { name: /swipe down/ })
    .tap();
  await expect(explorer.detail()).toHaveCount(0);
  await expect(explorer.popup()).toBeVisible();
  // Its × can be tapped: the topmost element at its centre is the button itself.
  const close = explorer.popup().getByRole('button', { name: /^Close/ });
  await expect
    .poll(() =>
      close.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b;
      }),
    )
    .toBe(true);
  await close.tap();
  await expect(explorer.popup()).toHaveCount(0);
});
