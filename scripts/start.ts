/**
 * `npm start`: builds the site for the address the preview serves it on (scripts/lib/preview-env.ts), then
 * serves it there, so "abonneren" and every other absolute link work in the preview.
 */
import { spawnSync } from 'node:child_process';
import { previewEnv, previewPort } from './lib/preview-env.ts';

const env = previewEnv(process.env);
const shell = process.platform === 'win32';
const run = (command: string, args: string[]) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env, shell });
  if (status !== 0) process.exit(status ?? 1);
};
run(process.execPath, ['scripts/build.ts', ...process.argv.slice(2)]);
run('astro', ['preview', '--port', String(previewPort)]);
