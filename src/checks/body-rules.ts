/**
 * Rules for the body of an editor's Markdown or MDX, checked on the tree Sätteri (Astro's compiler) parses,
 * so the check sees exactly the syntax the build sees. MDX from a pull request runs at build time: only
 * the components and the few HTML elements listed here may appear, with plain attribute values; no
 * imports, exports, expressions, scripts, frames or event handlers, and links only to web pages, e-mail,
 * phone numbers and the site itself.
 */
import { closest } from 'fastest-levenshtein';
import { slug } from 'github-slugger';
import { entryCollections } from '../schemas/collections.ts';
import { sectionHeadings } from '../lib/entry-sections.ts';
import type { AnyCollection } from '../schemas/collections.ts';
import { retoldSection } from './story-headings.ts';
import { walk } from './tree.ts';
import {
  contentComponentSpecs,
  type AttributeKind,
  type ComponentSpec,
  type ContentComponentName,
} from '../schemas/content-components.ts';

/** HTML elements allowed inline in MDX, with the attributes each may carry (lang is allowed on all). */
const allowedElements: Record<string, readonly string[]> = {
  abbr: ['title'],
  span: [],
  sup: [],
  sub: [],
  br: [],
  mark: [],
  small: [],
  details: ['open'],
  summary: [],
};

const videoHosts = ['www.youtube.com', 'youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com'];

export interface BodyFinding {
  line: number;
  column: number;
  message: string;
}

/** The parts of an mdast node (as Sätteri produces it) that the rules read. */
export interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number; column: number } };
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | { type: string; value: string } | null }[];
}

/**
 * The schemes a link in a body may use: web pages, e-mail and phone. Any other scheme can start a program
 * on the reader's computer (ms-msdt:, search-ms:, ms-officecmd:, intent:, file:) or run code (javascript:,
 * data:), so the list says what is allowed rather than what is not. Links without a scheme (a path, an
 * anchor) stay on the site.
 */
const linkSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * A link's scheme as a browser reads it, lower case, or undefined for a link without one. Browsers drop
 * leading spaces and controls and every tab and line break before they look ("java\tscript:" is javascript:).
 */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]!.toLowerCase();
}

/**
 * onClick, onclick, onmouseover: code that runs on an action. Words that merely start with "on"
 * (onderwerp, ontwerp) are ordinary attribute names, refused only if the element does not know them.
 */
const isEventHandler = (name: string) =>
  /^on[A-Z]/.test(name) ||
  /^on(abort|animation\w*|auxclick|before\w+|blur|cancel|change|click|close|contextmenu|copy|cut|dblclick|drag\w*|drop|error|focus\w*|formdata|input|invalid|key\w+|load\w*|message|mouse\w+|paste|pointer\w+|reset|resize|scroll\w*|select\w*|submit|toggle|touch\w+|transition\w+|wheel)$/i.test(
    name,
  );
const componentList = Object.keys(contentComponentSpecs).join(', ');

/** Checks a parsed body (raw `html` nodes only occur in .md files: MDX turns HTML into JSX elements). */
export function checkBody(
  root: Node,
  { headings = true, collection }: { headings?: boolean; collection?: AnyCollection } = {},
): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const report = (node: Node, message: string) =>
    findings.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  const checkUrl = (node: Node, url: string | undefined) => {
    const scheme = url && linkScheme(url);
    if (scheme && !linkSchemes.has(scheme))
      report(
        node,
        `De link "${url}" begint met "${scheme}:" en is niet toegestaan: zo'n link kan een programma of code starten. Gebruik een webadres (https://...), een e-mailadres (mailto:...), een telefoonnummer (tel:...) of een pad op deze site (/...).`,
      );
  };

  const checkJsx = (node: Node): void => {
    const name = node.name;
    if (!name) {
      report(node, 'Een leeg element (<>...</>) is niet toegestaan. Laat de haakjes weg.');
      return;
    }
    const spec: ComponentSpec | undefined = Object.hasOwn(contentComponentSpecs, name)
      ? contentComponentSpecs[name as ContentComponentName]
      : undefined;
    const isComponent = /^[A-Z]/.test(name);
    if (isComponent && !spec) {
      const hint = closest(name, Object.keys(contentComponentSpecs));
      report(node, `Het component <${name}> bestaat niet. Bedoelde je <${hint}>? Toegestaan zijn: ${componentList}.`);
      return;
    }
    if (!isComponent && !Object.hasOwn(allowedElements, name)) {
      report(
        node,
        `Het HTML-element <${name}> is niet toegestaan in inhoud. Gebruik Markdown, of een van de componenten ${componentList}.`,
      );
      return;
    }
    const allowed = spec
      ? spec.attributes
      : Object.fromEntries(allowedElements[name]!.map((a) => [a, 'text' as const]));
    const given = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(node, `<${name}> heeft een {...}-eigenschap; schrijf elke eigenschap uit als naam="waarde".`);
        continue;
      }
      const { name: key, value } = attribute;
      given.add(key);
      if (isEventHandler(key)) {
        report(node, `<${name}> heeft "${key}": code die bij een klik of andere actie draait is niet toegestaan.`);
      } else if (typeof value === 'object' && value !== null) {
        report(
          node,
          `<${name} ${key}={...}>: een berekende waarde is niet toegestaan; schrijf ${key}="..." met gewone tekst.`,
        );
      } else if (key !== 'lang' && !Object.hasOwn(allowed, key)) {
        const names = Object.keys(allowed);
        report(
          node,
          `<${name}> kent de eigenschap "${key}" niet.${names.length ? ` Mogelijk zijn: ${names.join(', ')}.` : ''}`,
        );
      } else {
        checkAttributeValue(node, name, key, value ?? '', Object.hasOwn(allowed, key) ? allowed[key]! : 'text');
      }
    }
    for (const key of spec?.required ?? []) {
      if (!given.has(key)) report(node, `<${name}> mist de eigenschap "${key}". Voeg toe: ${key}="...".`);
    }
  };

  const checkAttributeValue = (node: Node, element: string, key: string, value: string, kind: AttributeKind) => {
    if (Array.isArray(kind) && !kind.includes(value)) {
      report(node, `<${element} ${key}="${value}">: kies één van: ${kind.join(', ')}.`);
    } else if (kind === 'url' || kind === 'video-url') {
      const url = URL.canParse(value) ? new URL(value) : undefined;
      if (!url || url.protocol !== 'https:') {
        report(node, `<${element} ${key}="${value}">: gebruik een volledig webadres dat begint met https://.`);
      } else if (kind === 'video-url' && !videoHosts.includes(url.hostname)) {
        report(node, `<${element} ${key}="${value}">: video's kunnen alleen van YouTube of Vimeo komen.`);
      }
    }
  };

  const visit = (node: Node): 'skip' | void => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          `import en export zijn niet toegestaan in inhoud. De componenten ${componentList} werken zonder import.`,
        );
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          `Code tussen accolades {${node.value ?? ''}} is niet toegestaan. Schrijf de tekst of het getal gewoon uit.`,
        );
        return 'skip';
      case 'html':
        report(node, 'HTML is niet toegestaan in een .md-bestand. Gebruik Markdown.');
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node);
        break;
      case 'link':
      case 'definition':
        checkUrl(node, node.url);
        break;
      case 'image':
        if (!node.url || /^([a-z][a-z0-9+.-]*:|\/)/i.test(node.url)) {
          report(
            node,
            `De afbeelding "${node.url ?? ''}" komt niet uit de map van dit item. Zet het bestand naast het item en schrijf ![beschrijving](./naam.png): de site laadt niets van andere sites.`,
          );
        } else if (!node.alt?.trim()) {
          report(
            node,
            `De afbeelding "${node.url}" heeft geen alt-tekst. Schrijf een korte beschrijving: ![wat er te zien is](${node.url}).`,
          );
        }
        break;
      case 'imageReference':
        report(node, 'Schrijf een afbeelding als ![beschrijving](./naam.png), zonder verwijzing tussen [ ].');
        break;
    }
  };

  walk(root, visit);
  if (headings) checkHeadings(root.children ?? [], report, collection);
  return findings;
}

/**
 * Ids an entry page itself uses outside the body (fixed sections, the header's search box, back-link
 * groups); a body heading with the same text would give two elements one id and break the links and
 * labels that point at them. tests/build/fixture-site.test.ts keeps this list complete.
 */
export const reservedIds = new Set([
  'inhoud',
  'zoek-kop',
  'op-deze-pagina',
  'footnote-label',
  // The APA reference under "Citeer deze pagina", which the Kopieer button copies.
  'apa-verwijzing',
  ...Object.keys(sectionHeadings),
  ...entryCollections.map((collection) => `groep-${collection}`),
]);

/** A reserved id, or one of the numbered sources' ids (bron-1, bron-2, …). */
export const isReservedId = (id: string) => reservedIds.has(id) || /^bron-\d+$/.test(id);

const headingText = (heading: Node): string => {
  let text = '';
  walk(heading, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value ?? '';
  });
  return text;
};

/**
 * Headings start at ## (the title is the page's h1), never skip a level (inside components too), do not
 * take a fixed section's id or retell a section the page shows from a field, and head some content.
 */
function checkHeadings(
  children: Node[],
  report: (node: Node, message: string) => void,
  collection: AnyCollection | undefined,
) {
  const marks = (depth: number) => '#'.repeat(depth);
  const headings: Node[] = [];
  for (const child of children)
    walk(child, (node) => {
      if (node.type === 'heading') headings.push(node);
    });

  let previous = 1;
  for (const node of headings) {
    const depth = node.depth ?? 2;
    if (depth === 1) {
      report(
        node,
        'Een kop met één # is niet toegestaan: de titel is al de hoofdkop. Begin koppen in de tekst met ##.',
      );
    } else if (depth > previous + 1) {
      report(
        node,
        `Deze kop (${marks(depth)}) slaat een niveau over na ${marks(previous)}. Gebruik ${marks(previous + 1)}.`,
      );
    }
    const retold = collection && retoldSection(collection, headingText(node));
    if (retold) {
      report(
        node,
        `De kop "${headingText(node)}" vertelt opnieuw wat de pagina al toont onder "${retold.heading}" (het veld ${retold.field}). Zet die tekst in het veld ${retold.field} bovenaan en haal de kop en zijn tekst hier weg.`,
      );
    } else if (isReservedId(slug(headingText(node)))) {
      report(
        node,
        `De kop "${headingText(node)}" heeft dezelfde naam als een vast onderdeel van de pagina. Kies een andere kop.`,
      );
    }
    previous = depth;
  }

  const body = children.filter((node) => node.type !== 'yaml');
  body.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const next = body[i + 1];
    if (!next || (next.type === 'heading' && (next.depth ?? 0) <= (node.depth ?? 0))) {
      report(node, 'Onder deze kop staat geen tekst. Vul de sectie aan of verwijder de kop.');
    }
  });
}
