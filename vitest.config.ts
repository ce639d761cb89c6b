/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import modules that use astro:content (the schemas use reference()).
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build and browser tests share the two built sites and a 2-core machine: run files one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // Browser assertions wait for the page; on a busy 2-core machine one second is not always enough.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
  },
});
