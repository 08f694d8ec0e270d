import { test, expect } from './fixture.ts';

test('keyboard only: reach the panel, toggle a layer, open a feature, close it with Escape, focus comes back', async ({ explorer, page }) => {
  await explorer.open();
  // Tab from the top of the page until a layer checkbox has focus.
  let onLayer = false;
  for (let i = 0; i < 20 && !onLayer; i++) {
    await page.keyboard.press('Tab');
    onLayer = await page.evaluate(() => !!document.activeElement?.matches('input[data-layer]'));
  }
  expect(onLayer).toBe(true);
  const layerId = await page.evaluate(() => document.activeElement!.getAttribute('data-layer')!);
  await page.keyboard.press('Space');
  expect(new Set(await explorer.visibilityOf(layerId))).toEqual(new Set(['none']));
  await page.keyboard.press('Space');
  expect(new Set(await explorer.visibilityOf(layerId))).toEqual(new Set(['visible']));

  // The tabs: focus the selected one and move right to Features.
  await explorer.tab('Layers').focus();
  await page.keyboard.press('ArrowRight');
  await expect(explorer.tab('Features')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  const focusedFeature = await page.evaluate(() => document.activeElement?.getAttribute('data-feature'));
  expect(focusedFeature).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(explorer.detail()).toBeVisible();
  await expect(explorer.popup()).toBeVisible();
  // Focus moved into the details.
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="detail"]'))).toBe(true);
  // The first Escape closes the details and gives focus back to the button that opened them…
  await page.keyboard.press('Escape');
  await expect(explorer.detail()).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-feature'))).toBe(focusedFeature);
  // …the second closes the popup.
  await page.keyboard.press('Escape');
  await expect(explorer.popup()).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('f=');
});

test('focus returns to the popup\'s "more" button when the details it opened close', async ({ explorer, page }) => {
  await explorer.open('#f=aghdam');
  await explorer.closeDetail();
  const more = explorer.popup().getByRole('button', { name: /^More about/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.detail()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(() => more.evaluate((b) => b === document.activeElement)).toBe(true);
});
