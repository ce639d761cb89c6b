/**
 * `npm run report:links`: lists every external web address in the content with where it appears.
 * `-- --json` prints it as JSON; `-- --online` also checks each address and exits 1 if any is broken (for
 * the scheduled job; the build itself never goes online).
 */
import { relative, resolve } from 'node:path';
import { settings } from '../src/settings.ts';
import { parseArgs } from 'node:util';
import { checkOnline, collectExternalLinks } from '../src/checks/external-links.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, online: { type: 'boolean' }, map: { type: 'string' } },
});
const contentRoot = resolve(values.map ?? settings.contentRoot);
const links = collectExternalLinks(contentRoot, relative(process.cwd(), contentRoot) || '.');

if (!values.online) {
  if (values.json) console.log(JSON.stringify(links, null, 2));
  else for (const link of links) console.log(`${link.url}\t${link.places.join(', ')}`);
} else {
  const results = await checkOnline(links.map((link) => link.url));
  const broken = results.filter((result) => !result.ok);
  for (const result of broken) {
    const places = links.find((link) => link.url === result.url)!.places.join(', ');
    console.log(`${result.status}\t${result.url}\t${places}`);
  }
  console.log(`${results.length} adressen gecontroleerd, ${broken.length} werken niet.`);
  if (broken.length > 0) process.exitCode = 1;
}
