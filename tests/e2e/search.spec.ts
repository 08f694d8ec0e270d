import { test, expect } from './fixture.ts';

const box = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Search places and features' });

/** One query per language and spelling, each with a typo, and the feature it must find first among places. */
const QUERIES = [
  { lang: 'English (the analysis)', q: 'Shushi', typo: 'Shusi', id: 'shusha-town', name: 'Shusha (Shushi)' },
  { lang: 'Azerbaijani', q: 'Xankəndi', typo: 'Xankendy', id: 'khankendi-city', name: 'Khankendi (Stepanakert)' },
  { lang: 'Armenian', q: 'Շուշի', typo: 'Շուշհ', id: 'shusha-town', name: 'Shusha (Shushi)' },
  { lang: 'Russian', q: 'Степанакерт', typo: 'Степанакерд', id: 'khankendi-city', name: 'Khankendi (Stepanakert)' },
  { lang: 'English (sources)', q: 'Ijevan', typo: 'Ijevam', id: 'ijevan', name: 'Icevan (Ijevan)' },
] as const;

test('search in every language of the data, each with a typo, finds the feature and opens it from the keyboard', async ({ explorer, page }) => {
  // One page for all five: a person searching again after the last result opened.
  await explorer.open();
  for (const c of QUERIES) {
    await test.step(`${c.lang}: "${c.q}" and the typo "${c.typo}" find ${c.name}`, async () => {
      await page.getByTestId('map').locator('canvas').focus(); // "/" is a shortcut of the page, not of the box
      await page.keyboard.press('/');
      await expect(box(page)).toBeFocused();
      for (const q of [c.q, c.typo]) {
        await box(page).fill(q);
        await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
        const option = page.locator(`[role="option"][data-feature="${c.id}"]`);
        await expect(option).toBeVisible();
        await expect(option.locator('.search-name')).toHaveText(c.name);
      }
      // Arrows and Enter open it, framed, with its popup.
      const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      const position = (await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-feature')))).indexOf(c.id);
      expect(position).toBeGreaterThanOrEqual(0);
      for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
      await expect(options.nth(position)).toHaveAttribute('aria-selected', 'true');
      await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options.nth(position).getAttribute('id'))!);
      await page.keyboard.press('Enter');
      await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText(c.name);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`f=${c.id}`);
      await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    });
  }
});

test('search: case and marks do not matter, a click opens a result, no match is said', async ({ explorer, page }, testInfo) => {
  await explorer.open();
  const zoomBefore = await page.evaluate(() => window.__explorerMap!.getZoom());
  await box(page).fill('SUSA');
  const option = page.locator('[role="option"][data-feature="shusha-town"]');
  await expect(option).toContainText('Şuşa (Azerbaijani)');
  await explorer.screenshot(testInfo, 'search-1280x800');
  await option.click();
  await expect(explorer.popup().getByRole('heading', { level: 2 })).toHaveText('Shusha (Shushi)');
  await expect.poll(() => page.evaluate(() => window.__explorerMap!.getZoom())).toBeGreaterThan(zoomBefore + 1);
  await box(page).fill('Zzyzx');
  await expect(page.getByText('No place or feature matches “Zzyzx”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
});

test('phone 390×844: the search box sits over the map', async ({ explorer, page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await explorer.open();
  await box(page).fill('Stepanakert');
  await expect(page.getByRole('option').first()).toBeVisible();
  await explorer.screenshot(testInfo, 'search-390x844');
});
