import { defineConfig } from 'vite';

// Builds the bare baseline page on its own, so its bundle holds only what it needs.
export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: '../../dist-bench', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
