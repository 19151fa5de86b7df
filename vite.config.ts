import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compressAssets } from './scripts/vite-compress-assets.js';

export default defineConfig({
  root: 'client',
  plugins: [react(), compressAssets()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: { proxy: { '/trpc': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
  test: {
    root: '.',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Browser tests wait for what a person would wait for; a loaded CI machine needs more than 1 s.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    projects: [
      // Pure tests: no database, no server, no browser (`npm run test:unit`).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Migrated databases prepared once per run, which every suite copies (tests/factories/test-database.ts).
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
