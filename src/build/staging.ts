/**
 * The published folder only ever holds a complete build. A build writes into a staging folder beside it
 * and swaps it in only when the pages, the link check and the search index have all succeeded: a build
 * that fails or is killed leaves the previous site in place, never a half-written one that `npm start`
 * would serve. A lock file keeps two builds of one folder from writing into each other.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StagedBuild {
  /** Where this build writes. */
  staging: string;
  /** Puts the staging folder in place of the published one. */
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
    publish() {
      const previous = `${target}.previous`;
      rmSync(previous, { recursive: true, force: true });
      if (existsSync(target)) renameSync(target, previous);
      renameSync(staging, target);
      rmSync(previous, { recursive: true, force: true });
    },
    release() {
      rmSync(lock, { force: true });
    },
  };
}
