/**
 * A small driver that speaks as a person does ("open the explorer", "wait for the map to settle")
 * and reads the map through MapLibre itself, never through pixels or timers.
 */
import type { Page, TestInfo } from '@playwright/test';

export class Explorer {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.page.waitForFunction(() => !!window.__explorerMap);
    await this.idle();
  }

  /** Resolves at the map's next `idle`: everything loaded, rendered and still. */
  async idle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__explorerMap!;
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
  }

  /** The values of `property` on the features drawn in `layer` right now. */
  async rendered(layer: string, property = 'id'): Promise<string[]> {
    return this.page.evaluate(
      ([l, p]) => {
        const map = window.__explorerMap!;
        const values = map.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties[p]));
        return [...new Set(values)].sort();
      },
      [layer, property] as const,
    );
  }

  async usesWebGL2(): Promise<boolean> {
    return this.page.evaluate(() => {
      const canvas = window.__explorerMap!.getCanvas();
      // getContext returns the existing context when the type matches, null otherwise.
      return canvas.getContext('webgl2') instanceof WebGL2RenderingContext;
    });
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
}
