import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Data files are imported with ?url and fetched from the page's own server: nothing remote, ever.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
