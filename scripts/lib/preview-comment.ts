/**
 * The Dutch text of the preview comment on a pull request (scripts/preview-links.ts writes it,
 * .github/workflows/preview-publish.yml posts it): where to open the built site and which pages to look at.
 *
 * A preview is the pull request's own code, built: whatever its author put in `public/` is in it. Opening it
 * must never run that code outside the browser, and a fork's preview is a stranger's code.
 */

/** More links than this make a comment nobody reads; the rest is counted. */
const MAX_LINKS = 15;

export interface PreviewCommentInput {
  /** Site paths the change touches, most specific first (scripts/lib/preview-pages.ts). */
  pages: readonly `/${string}`[];
  /** The address the preview was built for: a deploy preview's own origin or http://localhost:<port>/. */
  site: URL;
  /** Where the zip of the built site can be downloaded, when there is no deploy preview. */
  artifact?: string | undefined;
  /** The pull request comes from a fork: its preview is code from outside the repository. */
  fork: boolean;
  /** The preview is deployed at `site` on a host of its own (Netlify): readers click instead of downloading. */
  deployed: boolean;
}

/**
 * The command that serves an unzipped preview from the folder `folder` beside it.
 *
 * Run from outside the preview: `python3 -m http.server` run inside it imports Python's `http` package from the
 * current folder first, so a pull request that adds `public/http/server.py` would run on the reviewer's
 * machine. `-I` (isolated mode) keeps the current folder off Python's import path as well, `--directory`
 * serves the preview without entering it, `--bind` keeps it off the network. No `npx` server: npx runs a
 * `node_modules/.bin` program from the current folder first, and a preview may hold one.
 */
export const safeServeCommand = (port: string, folder = 'voorbeeld') =>
  `python3 -I -m http.server ${port} --bind 127.0.0.1 --directory ${folder}`;

export function previewComment({ pages, site, artifact, fork, deployed }: PreviewCommentInput): string {
  const link = (path: string) => `- <${new URL(path.slice(1), site).href}>`;
  const shown = pages.slice(0, MAX_LINKS).map(link);
  if (pages.length > MAX_LINKS) shown.push(`- en nog ${pages.length - MAX_LINKS} pagina's`);
  const port = site.port || '80';

  const howToOpen = deployed
    ? [`Het voorbeeld staat online: <${site.href}>. Het is een aparte site, los van de echte.`]
    : [
        `De site met deze wijzigingen is gebouwd: [download het voorbeeld](${artifact}) (een zip-bestand, 14 dagen ` +
          'bewaard). Open het zo, zonder iets uit de zip zelf te starten:',
        '',
        '1. Pak de zip uit in een nieuwe, lege map met de naam `voorbeeld`.',
        '2. Open een terminal in de map **boven** `voorbeeld` (niet in `voorbeeld` zelf) en start daar de webserver:',
        '',
        '   ```sh',
        `   ${safeServeCommand(port)}`,
        '   ```',
        '',
        `3. Open <${site.href}> in een privévenster van je browser, en sluit het als je klaar bent.`,
      ];

  const warning = fork
    ? [
        '',
        '> [!WARNING]',
        '> Deze pull request komt uit een fork: het voorbeeld is code van buiten deze repository en dus onbetrouwbaar. ' +
          'Bekijk eerst de gewijzigde bestanden; open het voorbeeld alleen in een privévenster en log daar nergens in.',
      ]
    : [];

  return [
    '### Voorbeeld van deze pull request',
    '',
    ...howToOpen,
    ...warning,
    '',
    ...(pages.length > 0
      ? ["Pagina's die deze pull request verandert:", '', ...shown]
      : ['Deze pull request verandert geen pagina van de site.']),
  ].join('\n');
}
