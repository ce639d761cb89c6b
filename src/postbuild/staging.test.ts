import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stageBuild } from './staging.ts';

describe('stageBuild', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('builds into a folder whose parent does not exist yet (a fresh clone)', () => {
    const root = mkdtempSync(join(tmpdir(), 'staging-'));
    roots.push(root);
    const target = join(root, 'not/yet/dist');
    const stage = stageBuild(target);
    mkdirSync(stage.staging, { recursive: true });
    writeFileSync(join(stage.staging, 'index.html'), '<p>klaar</p>');
    stage.publish();
    stage.release();
    expect(existsSync(join(target, 'index.html'))).toBe(true);
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});
