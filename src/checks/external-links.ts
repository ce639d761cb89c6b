/**
 * The web addresses the archive links to, from frontmatter (sources, websites, where to apply) and from
 * bodies, each with the file and line it appears in. The build never goes online; this list is what a
 * scheduled job checks (`npm run report:links -- --online`).
 */
import { readContent } from './content.ts';
import { errorsIn, formatProblem } from './problems.ts';

export interface ExternalLink {
  url: string;
  /** Where it appears: file and line. */
  places: string[];
}

const isWebAddress = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//.test(value);

/** Every string in a data tree that is a web address. */
function addressesIn(value: unknown): string[] {
  if (isWebAddress(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(addressesIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(addressesIn);
  return [];
}

export function collectExternalLinks(contentRoot: string, displayRoot = contentRoot): ExternalLink[] {
  const { problems: all, entries } = readContent(contentRoot, displayRoot);
  const problems = errorsIn(all);
  if (problems.length > 0) {
    throw new Error(`Los eerst de problemen in de inhoud op:\n${problems.map(formatProblem).join('\n')}`);
  }
  const places = new Map<string, string[]>();
  const add = (url: string, place: string) => places.set(url, [...(places.get(url) ?? []), place]);
  for (const entry of entries) {
    for (const url of addressesIn(entry.data)) add(url, entry.filePath);
    for (const link of entry.links) if (isWebAddress(link.url)) add(link.url, `${entry.filePath}:${link.line}`);
  }
  return [...places]
    .map(([url, where]) => ({ url, places: [...new Set(where)] }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

export interface LinkStatus {
  url: string;
  ok: boolean;
  status: number | string;
}

/**
 * Asks each address whether it is still there: HEAD first, GET where a server refuses HEAD, a few at a
 * time, each with a time limit. Only for the scheduled job; tests point it at a local server.
 */
export async function checkOnline(urls: string[], { concurrency = 6, timeoutMs = 15_000 } = {}): Promise<LinkStatus[]> {
  const results: LinkStatus[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      results.push(await checkOne(url, timeoutMs));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results.sort((a, b) => a.url.localeCompare(b.url));
}

async function checkOne(url: string, timeoutMs: number): Promise<LinkStatus> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 405 || response.status === 403) {
      response = await fetch(url, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    }
    return { url, ok: response.ok, status: response.status };
  } catch (error) {
    return { url, ok: false, status: (error as Error).name === 'TimeoutError' ? 'time-out' : 'onbereikbaar' };
  }
}
