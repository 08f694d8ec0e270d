import { test, expect } from './fixture.ts';

test('keyboard only: reach the panel, toggle a layer, open a feature, close it with Escape', async ({ explorer, page }) => {
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
  await expect(explorer.popup()).toBeVisible();
  // Focus moved into the popup.
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="popup"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(explorer.popup()).toHaveCount(0);
  // And back to the button that opened it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-feature'))).toBe(focusedFeature);
});
