import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { previewComment } from './preview-comment.ts';

const base = { pages: ['/praktijkvoorbeelden/x/'] as `/${string}`[], fork: false, deployed: false };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The shell command in the comment's code block. */
const commandIn = (comment: string) => /```sh\n\s*(.+)\n/.exec(comment)?.[1];

describe('previewComment', () => {
  it('links the download and the changed pages at the preview address', () => {
    const comment = previewComment({ ...base, site: new URL('http://localhost:8080/'), artifact: 'https://x/zip' });
    expect(comment).toContain('[download het voorbeeld](https://x/zip)');
    expect(comment).toContain('- <http://localhost:8080/praktijkvoorbeelden/x/>');
    expect(comment).not.toContain('fork');
  });

  it("calls a fork's preview untrusted", () => {
    const comment = previewComment({ ...base, fork: true, site: new URL('http://localhost:8080/'), artifact: 'u' });
    expect(comment).toMatch(/fork.*onbetrouwbaar/);
  });

  it('sends readers of a deployed preview to its own address, with no download steps', () => {
    const comment = previewComment({ ...base, deployed: true, site: new URL('https://pr-4--ww.netlify.app/') });
    expect(comment).toContain('<https://pr-4--ww.netlify.app/>');
    expect(comment).toContain('- <https://pr-4--ww.netlify.app/praktijkvoorbeelden/x/>');
    expect(comment).not.toContain('python3');
  });
});

describe("the comment's command to serve a downloaded preview", () => {
  const python = spawnSync('python3', ['--version']).status === 0;
  let folder: string | undefined;
  let server: ReturnType<typeof spawn> | undefined;
  afterEach(() => {
    server?.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  // A preview holds whatever the pull request put in public/: here Python's own `http` package, replaced.
  it.skipIf(!python)('serves the preview without running code from it', async () => {
    folder = mkdtempSync(join(tmpdir(), 'preview-'));
    const preview = join(folder, 'voorbeeld');
    const marker = join(folder, 'payload-ran');
    mkdirSync(join(preview, 'http'), { recursive: true });
    const payload = `open(${JSON.stringify(marker)}, "w").write("ran")\n`;
    writeFileSync(join(preview, 'http', '__init__.py'), payload);
    writeFileSync(join(preview, 'http', 'server.py'), payload);
    writeFileSync(join(preview, 'index.html'), '<!doctype html><title>voorbeeld</title>');

    const port = await freePort();
    const command = commandIn(previewComment({ ...base, site: new URL(`http://localhost:${port}/`), artifact: 'u' }));
    expect(command).toBeDefined();
    // Run where the comment says: in the folder above the unzipped preview.
    server = spawn('sh', ['-c', `exec ${command}`], { cwd: folder, stdio: 'ignore' });
    // Until the server answers, or the payload shows it ran instead.
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok || existsSync(marker))
      .toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('<title>voorbeeld</title>');
  });
});
