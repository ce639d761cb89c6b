/**
 * A built site served on 127.0.0.1 by Astro's own preview server (what `npm start` runs), and Debian's
 * Chromium driven by playwright-core. No browser is downloaded: the CI script installs Chromium with apt.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from './sites';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Runs `astro preview` (what `npm start` serves with) on a built site and waits until it answers. */
export async function serveSite(dist: string) {
  const port = await freePort();
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      if (attempt > 600) throw new Error(`astro preview did not answer on ${url} within a minute:\n${log}`);
    }
    await sleep(100);
  }
  // npx starts astro in a child process of its own: stop the whole process group.
  return { url, stop: async () => process.kill(-server.pid!, 'SIGTERM') };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
