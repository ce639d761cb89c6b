/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import modules that use astro:content (the schemas use reference()).
// Three projects by cost: unit tests build nothing (`npm run test:unit`); build and browser tests share the
// two sites the global setup builds once per run (`npm test` runs all three, as CI does).
export default getViteConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Browser assertions wait for the page; on a busy 2-core machine one second is not always enough.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Build and browser tests share the built sites (and build more of their own): one file at a time.
        // Unit tests build nothing and run in parallel.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
