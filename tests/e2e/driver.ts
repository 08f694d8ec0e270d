/**
 * A small driver that speaks as a person does ("open the explorer", "toggle a layer", "click this
 * on the map") and reads the map through MapLibre itself, never through pixels or timers.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

export class Explorer {
  constructor(readonly page: Page) {}

  /** `at`: where the site is served (the sub-path test serves it from /atlas/ on another server). */
  async open(hash = '', at = '/'): Promise<void> {
    await this.page.goto(`${at}${hash}`);
    await this.page.waitForFunction(() => !!window.__explorerMap && !!window.__explorerMap.getLayer('districts-operation'));
    // The map starts on the basemap alone; each layer file fills its source as it arrives.
    await expect(this.page.locator('[data-testid="map"][data-pending]')).toHaveCount(0);
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

  /**
   * The colour the map drew at a page pixel, read from the map's own WebGL canvas right after a
   * frame is drawn (the next `idle`), as [r, g, b].
   */
  async colourAt(at: { x: number; y: number }): Promise<[number, number, number]> {
    return this.page.evaluate(
      (p) =>
        new Promise<[number, number, number]>((resolve) => {
          const map = window.__explorerMap!;
          map.once('idle', () => {
            const canvas = map.getCanvas();
            const gl = canvas.getContext('webgl2')!;
            const box = canvas.getBoundingClientRect();
            const scale = canvas.width / box.width;
            const px = new Uint8Array(4);
            gl.readPixels(Math.round((p.x - box.left) * scale), Math.round(canvas.height - (p.y - box.top) * scale - 1), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
            resolve([px[0]!, px[1]!, px[2]!]);
          });
          map.triggerRepaint();
        }),
      at,
    );
  }

  /** Whether a route is drawn dimmed (its `dim` feature state), as the comparison sets it. */
  async isDimmed(route: string): Promise<boolean> {
    return this.page.evaluate((id) => {
      const state: unknown = window.__explorerMap!.getFeatureState({ source: 'routes', id });
      return typeof state === 'object' && state !== null && 'dim' in state && state.dim === true;
    }, route);
  }

  async usesWebGL2(): Promise<boolean> {
    return this.page.evaluate(() => {
      const canvas = window.__explorerMap!.getCanvas();
      // getContext returns the existing context when the type matches, null otherwise.
      return canvas.getContext('webgl2') instanceof WebGL2RenderingContext;
    });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async showTab(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Visibility of each style layer an entry draws, as the map reports it. */
  async visibilityOf(entryId: string): Promise<string[]> {
    return this.page.evaluate((id) => {
      const map = window.__explorerMap!;
      return (window.__explorerView!.layersOf[id] ?? []).map((l) => String(map.getLayoutProperty(l, 'visibility') ?? 'visible'));
    }, entryId);
  }

  async entryIds(): Promise<string[]> {
    return this.page.evaluate(() => Object.keys(window.__explorerView!.layersOf));
  }

  /** Centres the map on a feature at `zoom`, as a person would pan and zoom to it. */
  async goTo(lngLat: [number, number], zoom: number): Promise<void> {
    // A block body: jumpTo returns the map, which Playwright would serialise (tile buffers and all, seconds each time).
    await this.page.evaluate(
      ([c, z]) => {
        window.__explorerMap!.jumpTo({ center: c, zoom: z });
      },
      [lngLat, zoom] as const,
    );
    await this.idle();
  }

  /**
   * A pixel where the topmost clickable feature is `id`: scans the feature's on-screen extent and
   * asks the map what a click there would hit. Returns page coordinates, or null if none is found.
   */
  async pixelOf(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((target) => {
      const map = window.__explorerMap!;
      const layers = window.__explorerView!.interactive;
      const canvas = map.getCanvas().getBoundingClientRect();
      const hits = map.queryRenderedFeatures({ layers }).filter((f) => f.properties.id === target);
      if (!hits.length) return null;
      const xs: number[] = [];
      const ys: number[] = [];
      const visit = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === 'number') {
          const p = map.project(c as [number, number]);
          xs.push(p.x);
          ys.push(p.y);
        } else if (Array.isArray(c)) c.forEach(visit);
      };
      hits.forEach((f) => visit((f.geometry as { coordinates: unknown }).coordinates));
      const pad = 10;
      const x0 = Math.max(2, Math.min(...xs) - pad),
        x1 = Math.min(canvas.width - 2, Math.max(...xs) + pad);
      const y0 = Math.max(2, Math.min(...ys) - pad),
        y1 = Math.min(canvas.height - 2, Math.max(...ys) + pad);
      const step = Math.max(2, Math.min(x1 - x0, y1 - y0) / 40);
      // Mouse events land on whole page pixels, and the canvas may start at a fractional offset (a phone's
      // header is 51.19 px tall): test exactly the canvas point the click will reach.
      for (let yf = y0; yf <= y1; yf += step) {
        for (let xf = x0; xf <= x1; xf += step) {
          const px = Math.round(canvas.left + xf);
          const py = Math.round(canvas.top + yf);
          const top = map.queryRenderedFeatures([px - canvas.left, py - canvas.top], { layers })[0];
          if (top?.properties.id === target) return { x: px, y: py };
        }
      }
      return null;
    }, id);
  }

  /** Opens the page where the map cannot be drawn: waits for the page to say so and for the panel. */
  async openWithoutMap(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await expect(this.page.getByTestId('no-map')).toBeVisible();
    await expect(this.page.getByRole('complementary', { name: 'Explorer panel' })).toBeVisible();
  }

  /** On a phone the panel starts folded: unfold it if it is. */
  async showPanel(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Show panel' });
    if (await toggle.isVisible()) await toggle.click();
    await expect(this.tab('Layers')).toBeVisible();
  }

  /** Chooses a feature from the Features tab, as a person reading the list would. */
  async chooseFromList(name: string): Promise<void> {
    await this.showPanel();
    await this.showTab('Features');
    await this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) }).click();
  }

  /** Waits until nothing shown is still loading its quotations or events (they load the first time something shows one). */
  async textsLoaded(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Loading the (quotations?|events)…$/ })).toHaveCount(0);
  }

  /** The short popup on the map. */
  popup(): Locator {
    return this.page.getByTestId('popup');
  }

  /** Closes the detail view with its × button. */
  async closeDetail(): Promise<void> {
    await this.detail().getByRole('button', { name: 'Close the details', exact: true }).click();
    await expect(this.detail()).toHaveCount(0);
  }

  /** The detail view: over the side panel on a desktop, a bottom sheet on a phone. */
  detail(): Locator {
    return this.page.getByTestId('detail');
  }

  /** Clicks `button` and returns the file the browser downloads, as a person would find it. */
  async download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  /** A button of the Layers tab's "Take it with you" tools, by its row ("Data", "Picture") and its name. */
  exportButton(row: 'Data' | 'Picture', name: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${row}`) }).getByRole('button', { name, exact: true });
  }

  /**
   * Saves the view for a person to look at, then compares it with the approved picture in
   * tests/e2e/screenshots/ (tolerance in playwright.config.ts). After a change a person has looked at:
   * `npx playwright test --update-snapshots`.
   */
  async looksLike(testInfo: TestInfo, name: string): Promise<void> {
    await this.screenshot(testInfo, name);
    await expect(this.page).toHaveScreenshot(`${name}.png`);
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The two screens every point is walked at. */
export const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
