import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compressAssets } from './scripts/vite-compress-assets.js';

export default defineConfig({
  root: 'client',
  plugins: [react(), compressAssets()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: in chunks of their own they stay cached across
        // releases, and no chunk passes the 500 kB warning. Rarely used screens are lazy routes (client/app/screens.ts).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'query', test: /node_modules[\\/](@tanstack|@trpc|superjson|copy-anything|is-what)[\\/]/ },
            { name: 'dnd-kit', test: /node_modules[\\/]@dnd-kit[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // The dashboard's charts only, its renderer apart (taken first) so neither passes the warning.
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/, priority: 1 },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/trpc': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
  test: {
    root: '.',
    testTimeout: 30_000,
    // Vitest's default leaves one of two cores idle; most test time waits on databases, servers and
    // Chromium in other processes, so two files at a time use the machine.
    maxWorkers: 2,
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
