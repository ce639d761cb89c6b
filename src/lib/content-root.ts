/**
 * Where the content lives. WAT_WERKT_CONTENT points the site at another tree: the test fixtures and the
 * benchmark's generated archive build the real site from their own content without touching content/.
 */
export const contentRoot = process.env.WAT_WERKT_CONTENT ?? './content';
