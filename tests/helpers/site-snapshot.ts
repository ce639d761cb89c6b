/** A built site's files and bytes, and how two of them differ: incremental builds against builds from scratch. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a built site with its bytes, by path. */
export function snapshot(dist: string): Map<string, Buffer> {
  return new Map(
    globSync('**/*', { cwd: dist, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [file.slice(dist.length + 1), readFileSync(file)]),
  );
}

/** The paths missing from `actual`, left over in it, or with other bytes than in `expected`. */
export function differences(actual: Map<string, Buffer>, expected: Map<string, Buffer>): string[] {
  const paths = new Set([...actual.keys(), ...expected.keys()]);
  return [...paths].sort().flatMap((path) => {
    const a = actual.get(path);
    const b = expected.get(path);
    if (!a) return [`missing in the incremental build: ${path}`];
    if (!b) return [`left over in the incremental build: ${path}`];
    return a.equals(b) ? [] : [`differs: ${path}`];
  });
}
