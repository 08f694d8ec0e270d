import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/chromium.ts';

// E2E_PORT lets several checkouts run their suites side by side without reusing each other's server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Software WebGL on 2 cores: a test that walks every layer takes tens of seconds.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  // Approved pictures of the key views, by name; SwiftShader draws the same pixels each run, and the
  // tolerance (20 pixels, a tenth of the colour range) absorbs stray anti-aliasing, not a route recoloured or a layer gone.
  snapshotPathTemplate: 'tests/e2e/screenshots/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixels: 20, threshold: 0.1 } },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // Less motion, as a reader may ask for it: the camera jumps and labels appear at once, so each step
    // draws fewer frames under software WebGL. tests/e2e/motion.spec.ts covers the animated default.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: findChromium(),
      // SwiftShader gives WebGL2 without a GPU and steady pixels; the rest keeps Chromium off the network.
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  // The production build, as a person gets it with `npm start`.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
