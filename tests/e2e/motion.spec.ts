/**
 * The other suites run as a reader who asked for less motion (playwright.config.ts). Here both ways:
 * by default the camera flies to a chosen feature; with reduced motion it goes there in one step.
 */
import { test, expect } from './fixture.ts';
import type { Page } from '@playwright/test';

/** The zoom of every frame drawn from now until the camera comes to rest at another zoom. */
const zoomsUntilZoomed = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const map = window.__explorerMap!;
        const start = map.getZoom();
        const zooms: number[] = [];
        const onRender = () => zooms.push(map.getZoom());
        const onMoveEnd = () => {
          // A resize mid-flight fires moveend too (the detail view opening): only a camera at rest counts.
          if (map.isMoving() || Math.abs(map.getZoom() - start) < 0.5) return;
          map.off('render', onRender);
          map.off('moveend', onMoveEnd);
          zooms.push(map.getZoom()); // a jump ends before its one frame is drawn
          resolve(zooms);
        };
        map.on('render', onRender);
        map.on('moveend', onMoveEnd);
      }),
  );

for (const motion of ['no-preference', 'reduce'] as const) {
  test.describe(`prefers-reduced-motion: ${motion}`, () => {
    test.use({ reducedMotion: motion });

    test(motion === 'reduce' ? 'a feature chosen from the list is framed in one step' : 'the camera flies to a feature chosen from the list', async ({ explorer, page }) => {
      await explorer.open();
      const before = await page.evaluate(() => window.__explorerMap!.getZoom());
      const frames = zoomsUntilZoomed(page);
      await explorer.chooseFromList('Turkish–Russian Joint Monitoring Centre');
      const zooms = await frames;
      const after = zooms.at(-1)!;
      expect(after).toBeGreaterThan(before + 1);
      const between = zooms.filter((z) => z > before + 0.01 && z < after - 0.01);
      if (motion === 'reduce') expect(between).toEqual([]);
      else expect(between.length).toBeGreaterThan(0);
    });
  });
}
