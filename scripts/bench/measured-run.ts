/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process tree.
 * `/usr/bin/time` reports only the largest single process, which hides Pagefind's indexer (a child of the
 * build) and esbuild's service; the tree's sum is what has to fit in the machine's memory.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
  status: number | null;
  output: string;
  seconds: number;
  peakMB: number;
  /** The peak of each part of the tree alone: processes whose command line names Astro, Pagefind, or neither. */
  peakByPartMB: Record<Part, number>;
}

type Part = 'astro' | 'pagefind' | 'other';
const partOf = (commandLine: string): Part =>
  commandLine.includes('pagefind') ? 'pagefind' : commandLine.includes('astro') ? 'astro' : 'other';

const PAGE_KB = 4;
const SAMPLE_MS = 200;

/** Resident memory (MB) of `root` and every process descending from it, by part, read from /proc. */
function treeResidentMB(root: number): Record<Part, number> {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  const parts = new Map<number, Part>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may hold spaces and parentheses: parse after its closing bracket.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const pages = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      resident.set(Number(name), (pages * PAGE_KB) / 1024);
      parts.set(Number(name), partOf(readFileSync(`/proc/${name}/cmdline`, 'utf8')));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const total = { astro: 0, pagefind: 0, other: 0 };
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total[parts.get(pid) ?? 'other'] += resident.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measuredRun(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return new Promise<MeasuredRun>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let peakMB = 0;
    const peakByPartMB = { astro: 0, pagefind: 0, other: 0 };
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const now = treeResidentMB(child.pid);
      peakMB = Math.max(peakMB, now.astro + now.pagefind + now.other);
      for (const part of ['astro', 'pagefind', 'other'] as const)
        peakByPartMB[part] = Math.max(peakByPartMB[part], now[part]);
    }, SAMPLE_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({
        status,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        peakMB,
        peakByPartMB,
      });
    });
  });
}
