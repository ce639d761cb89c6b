/**
 * citeproc's APA reference for a CSL item (through citation-js), as the yardstick for the site's own APA
 * formatter (src/lib/apa.ts). The APA 7 style bundled with citation-js follows the American manual; one
 * change makes it the Dutch way: the day before the month ("2024, 14 oktober").
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const dutchApa = 'apa-nl-wat-werkt';
const styles = plugins.config.get('@csl').styles;

/** Each change must apply: if citation-js's bundled style changes, the yardstick must fail, not drift. */
function adapt(style: string, changes: [from: string, to: string][]): string {
  return changes.reduce((xml, [from, to]) => {
    if (!xml.includes(from)) throw new Error(`The bundled APA style no longer contains ${from}`);
    return xml.replace(from, to);
  }, style);
}

styles.add(
  dutchApa,
  adapt(styles.get('apa'), [
    [
      '<date-part name="month"/><date-part name="day" prefix=" "/>',
      '<date-part name="day" suffix=" "/><date-part name="month"/>',
    ],
  ]),
);

/** citeproc's reference as plain text, or as HTML (the title in <i>). */
export function citeprocApa(item: object, format: 'text' | 'html' = 'text'): string {
  const output = new Cite(item).format('bibliography', { format, template: dutchApa, lang: 'nl-NL' });
  return format === 'text' ? output.trim() : /<div[^>]*class="csl-entry">(.*)<\/div>/.exec(output)![1]!;
}
