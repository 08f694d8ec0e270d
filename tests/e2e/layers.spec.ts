import { test, expect } from './fixture.ts';

test.describe('the layer panel', () => {
  test('each layer checkbox flips its map layers, without rebuilding them', async ({ explorer, page }) => {
    await explorer.open();
    const ids = await explorer.entryIds();
    expect(ids.length).toBeGreaterThanOrEqual(15);
    const layerCountBefore = await page.evaluate(() => window.__explorerMap!.getStyle().layers.length);
    for (const id of ids) {
      const box = page.locator(`input[data-layer="${id}"]`);
      const wasOn = await box.isChecked();
      await box.click();
      await expect(box).toBeChecked({ checked: !wasOn });
      expect(new Set(await explorer.visibilityOf(id)), id).toEqual(new Set([wasOn ? 'none' : 'visible']));
      await box.click();
      expect(new Set(await explorer.visibilityOf(id)), id).toEqual(new Set([wasOn ? 'visible' : 'none']));
    }
    expect(await page.evaluate(() => window.__explorerMap!.getStyle().layers.length)).toBe(layerCountBefore);
  });

  test('a group checkbox hides and shows all its layers', async ({ explorer, page }) => {
    await explorer.open();
    const group = page.getByRole('checkbox', { name: 'Peacekeeping', exact: true });
    await group.uncheck();
    for (const id of ['pk-zone', 'pk-corridor', 'pk-corridor-road', 'pk-patrols', 'pk-sites']) {
      expect(new Set(await explorer.visibilityOf(id)), id).toEqual(new Set(['none']));
    }
    await explorer.idle();
    expect(await explorer.rendered('pk-patrols')).toEqual([]);
    await group.check();
    expect(new Set(await explorer.visibilityOf('pk-patrols'))).toEqual(new Set(['visible']));
    await explorer.idle();
    expect(await explorer.rendered('pk-patrols')).toEqual(['patrol-martuni-sukovushan', 'patrol-shusha']);
  });

  test('the district parts are drawn by how they came under Azerbaijani control', async ({ explorer }) => {
    await explorer.open();
    await explorer.goTo([47.0, 39.75], 7.5);
    expect(await explorer.rendered('districts-held-since-1994')).toEqual(['aghdam-held-since-1994', 'fuzuli-held-since-1994']);
    expect(await explorer.rendered('districts-statement')).toEqual(['aghdam-2020', 'kalbajar', 'lachin']);
    expect(await explorer.rendered('districts-operation')).toEqual(['fuzuli-2020', 'hadrut-2020', 'jabrayil', 'qubadli', 'shusha', 'talish-sugovushan-2020', 'zangilan']);
  });

  test('a group with some layers off shows as mixed', async ({ explorer, page }) => {
    await explorer.open();
    const context = page.getByRole('checkbox', { name: 'Context', exact: true });
    expect(await context.evaluate((el: HTMLInputElement) => el.indeterminate)).toBe(true);
  });

  test('the layer state is kept in the link', async ({ explorer, page }) => {
    await explorer.open();
    await page.locator('input[data-layer="pk-zone"]').uncheck();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('layers=');
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).not.toContain('pk-zone');
    await explorer.open(hash);
    await expect(page.locator('input[data-layer="pk-zone"]')).not.toBeChecked();
    expect(new Set(await explorer.visibilityOf('pk-zone'))).toEqual(new Set(['none']));
  });

  test('a bad link falls back to the defaults and says so', async ({ explorer, page }) => {
    await explorer.open('#layers=nonsense&f=atlantis');
    await expect(page.getByRole('status')).toContainText('unknown feature “atlantis”');
    // No layer named is known: the default layers are shown, as the notice says.
    await expect(page.getByRole('status')).toContainText('unknown layer “nonsense”, so the default layers are shown');
    await expect(page.locator('input[data-layer="pk-zone"]')).toBeChecked();
    await expect(page.locator('input[data-layer="ctx-rayons"]')).not.toBeChecked();
    await expect(explorer.popup()).toHaveCount(0);
  });
});
