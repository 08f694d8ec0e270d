import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** The dev server's hot reload injects inline scripts the page's Content-Security-Policy forbids: leave the policy out there only. */
const noCspInDev: Plugin = {
  name: 'no-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// Data files are imported with ?url and fetched from the page's own server: nothing remote, ever.
export default defineConfig({
  plugins: [react(), noCspInDev],
  // Relative addresses everywhere: the built site works from any sub-path (tests/e2e/subpath.spec.ts serves it from /atlas/).
  base: './',
  // assetsInlineLimit 0: no file becomes a data: URL, which the Content-Security-Policy would refuse.
  // No sourcemaps: they were 4.4 MB of the 6.9 MB dist/, which no visitor needs.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Vitest leaves a core free by default, which on a 2-core machine runs the files one at a time.
    maxWorkers: 2,
  },
});
