/** The `_headers` file of a built site, read the way Netlify and Cloudflare Pages read it. */
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  /** As written: `/*`. */
  pattern: string;
  path: RegExp;
  headers: [name: string, value: string][];
}

/**
 * The rules of a `_headers` file in the format Netlify and Cloudflare Pages read: a path (`*` matches
 * anything), then its headers on indented `Name: value` lines; `#` starts a comment.
 */
export function readHeaderRules(file: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const path = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, path, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`${file}: not a header line: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The values of each header a host sends for `path`: every matching rule applies, and Netlify and Cloudflare
 * Pages join two values of one header with a comma. For Content-Security-Policy that is two policies, both
 * enforced, so the values are kept apart here.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.path.test(path)))
    for (const [name, value] of rule.headers) values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}
