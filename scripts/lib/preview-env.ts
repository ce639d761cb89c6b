/**
 * `npm start` previews the site on this machine, so its absolute addresses (the calendar subscription, feeds,
 * open data, canonical links) must lead to the preview, not to the example domain: without SITE_URL the
 * preview is built for its own address. A SITE_URL that is set wins (a preview of a published build).
 */
export const previewPort = 4321;
export const previewUrl = `http://localhost:${previewPort}/`;

export const previewEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  SITE_URL: env.SITE_URL || previewUrl,
});
