/**
 * "Op deze pagina": a table of contents for long entries, from the body's headings. Short entries get
 * none; a list of two links helps nobody.
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Body headings of level 2 with their level-3 children, or none when there are fewer than `minimum` sections. */
export function tableOfContents(headings: readonly Heading[], minimum = 3): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && items.length > 0)
      items.at(-1)!.children.push({ slug: heading.slug, text: heading.text });
  }
  return items.length >= minimum ? items : [];
}
