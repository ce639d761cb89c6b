/**
 * Editors write links to other pages of the site root-relative, as the site shows them at a domain root
 * (`/praktijkvoorbeelden/rustige-post/`), and the content check reads them that way. When the site is
 * published under a sub-path (a GitHub project page), this Markdown plugin puts that path in front of
 * them while the page is rendered, for .md and .mdx alike; the build's link check then checks the result.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** A link to a page of this site, written from its root: one slash, not a protocol-relative `//host`. */
const isRootRelative = (href: unknown): href is string => typeof href === 'string' && /^\/(?!\/)/.test(href);

/** Prefixes root-relative link targets with `base` ("/wat-werkt/"); at the root ("/") nothing changes. */
export function markdownBasePath(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'wat-werkt-base-path',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties.href;
        if (prefix && isRootRelative(href)) context.setProperty(node, 'href', `${prefix}${href}`);
      },
    },
  });
}
