import { test, expect } from './fixture.ts';
import { SIZES } from './driver.ts';
import { AGHDAM } from './data.ts';

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test('a layer name with one wrong letter keeps the defaults and the rest of the link, and says exactly that', async ({ explorer, page }) => {
      await explorer.open('#layers=district-operation&f=aghdam-2020');
      const notice = page.getByRole('status').filter({ hasText: 'Left out of this link' });
      await expect(notice.locator('p')).toHaveText('Left out of this link: unknown layer “district-operation”, so the default layers are shown.');
      // The defaults are really shown, and the valid rest of the link (the feature) is used.
      expect(new Set(await explorer.visibilityOf('districts-operation'))).toEqual(new Set(['visible']));
      expect(new Set(await explorer.visibilityOf('ctx-rayons'))).toEqual(new Set(['none']));
      await expect(explorer.detail().getByRole('heading', { level: 2 })).toHaveText(AGHDAM);
    });

    test('unknown parts are dropped one by one; the notice can be dismissed', async ({ explorer, page }) => {
      await explorer.open('#layers=pk-zone,nonsense&f=atlantis&compare=berd-tovuz,nowhere');
      const notice = page.getByRole('status').filter({ hasText: 'Left out of this link' });
      await expect(notice).toContainText('unknown layer “nonsense”; unknown feature “atlantis”; unknown route “nowhere”');
      expect(new Set(await explorer.visibilityOf('pk-zone'))).toEqual(new Set(['visible']));
      expect(new Set(await explorer.visibilityOf('districts-operation'))).toEqual(new Set(['none']));
      await expect(explorer.popup()).toHaveCount(0);
      await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
      await expect(notice).toHaveCount(0);
      // The link is rewritten to what was used.
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#layers=pk-zone&compare=berd-tovuz');
    });

    test('a link with 1,000 unknown ids and markup gets a short, two-line notice and a short link', async ({ explorer, page }) => {
      const junk = Array.from({ length: 1000 }, (_, i) => `<img src=x onerror=alert(${i})>`).join(',');
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await explorer.open(`#layers=${encodeURIComponent(junk)}&compare=${encodeURIComponent(junk)}`);
      const notice = page.getByRole('status').filter({ hasText: 'Left out of this link' });
      await expect(notice).toContainText('1,000 unknown layers');
      const { height, lineHeight, text } = await notice
        .locator('p')
        .evaluate((p) => ({ height: p.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(p).lineHeight), text: p.textContent ?? '' }));
      expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
      expect(text.length).toBeLessThan(300);
      // Echoed as text: no element was made from the link.
      expect(await notice.locator('img').count()).toBe(0);
      expect(dialogs).toBe(0);
      await expect.poll(() => page.evaluate(() => location.hash.length)).toBeLessThan(5);
    });
  });
}
