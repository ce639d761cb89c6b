// Eleventy at its plainest: Markdown to HTML in one layout, images copied as they are.
export default function (config) {
  config.addGlobalData('layout', 'base.liquid');
  config.addPassthroughCopy('**/*.jpg');
  return { dir: { input: process.env.PEER_CONTENT, includes: '_includes', output: process.env.PEER_OUTPUT } };
}
