import { expect, it } from 'vitest';

// npm scripts run on the Node binary the `node` devDependency links into node_modules/.bin. If that link
// is missing (an install with --ignore-scripts), scripts silently fall back to the system Node, which
// Astro 7 refuses; this test makes that visible instead.
it('runs on the pinned Node runtime (>= 22.12)', () => {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true);
});
