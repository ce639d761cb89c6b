/** The address the site is published at (SITE_URL); canonical links, feeds and the link check use it. */
export const siteUrl = process.env.SITE_URL ?? 'https://wat-werkt.example';
