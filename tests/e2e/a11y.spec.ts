/** axe on every view a reader meets, at both sizes: no serious or critical finding. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixture.ts';
import { SIZES } from './driver.ts';

async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test('first load and each tab', async ({ explorer, page }) => {
      await explorer.open();
      expect(await seriousFindings(page), 'first load').toEqual([]);
      await explorer.showPanel();
      for (const tab of ['Layers', 'Features', 'Compare routes', 'About']) {
        await explorer.showTab(tab);
        expect(await seriousFindings(page), tab).toEqual([]);
      }
    });

    test('an open popup and the detail view', async ({ explorer, page }) => {
      await explorer.open('#f=shusha');
      await expect(explorer.detail()).toBeVisible();
      expect(await seriousFindings(page), 'detail view').toEqual([]);
      await explorer.closeDetail();
      await expect(explorer.popup()).toBeVisible();
      expect(await seriousFindings(page), 'popup').toEqual([]);
    });
  });
}
