import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sourceCommit } from './source-commit.ts';

it('gives the checked-out commit in a git repository', () => {
  expect(sourceCommit()).toBe(execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim());
});

it('gives null outside one', () => {
  const folder = mkdtempSync(join(tmpdir(), 'geen-git-'));
  try {
    expect(sourceCommit(folder)).toBeNull();
  } finally {
    rmSync(folder, { recursive: true });
  }
});
