/**
 * The published folder only ever holds a complete build. A build writes into a staging folder beside it
 * and swaps it in only when the pages, the link check and the search index have all succeeded: a build
 * that fails or is killed leaves the previous site in place, never a half-written one that `npm start`
 * would serve. The site it replaces is kept as the spare, which the next build may reuse
 * (reused-staging.ts). A lock file keeps two builds of one folder from writing into each other.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StagedBuild {
  /** Where this build writes. */
  staging: string;
  /** The site published before the current one. */
  spare: string;
  /** Puts the staging folder in place of the published one, which becomes the spare. */
  publish: () => void;
  /** Gives the lock back; the staging folder stays for inspection when the build failed. */
  release: () => void;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the lock for `target` and returns the staging folder to build into. Throws a Dutch message when
 * another build of the same folder is running; a lock left by a build that was killed is taken over.
 */
export function stageBuild(target: string): StagedBuild {
  const lock = `${target}.lock`;
  const staging = `${target}.next`;
  const spare = `${target}.spare`;
  // A fresh clone has no tests/.output yet, so no folder for the lock; `--outDir` may name any new folder.
  mkdirSync(dirname(target), { recursive: true });
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (holder && isRunning(holder))
        throw new Error(
          `Er draait al een build van ${target} (proces ${holder}). Wacht tot die klaar is, of stop hem; twee builds tegelijk in één map schrijven door elkaar heen.`,
        );
      rmSync(lock, { force: true });
    }
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  rmSync(staging, { recursive: true, force: true });

  return {
    staging,
    spare,
    publish() {
      // Gone already when this build reused it (or found it unusable); left by a `--force` build.
      rmSync(spare, { recursive: true, force: true });
      if (existsSync(target)) renameSync(target, spare);
      renameSync(staging, target);
    },
    release() {
      rmSync(lock, { force: true });
    },
  };
}
