// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { editorBundle } from './src/integrations/editor-bundle.ts';
import { halfBuildNotice } from './src/integrations/half-build-notice.ts';
import { releaseSyncStore } from './src/integrations/release-sync-store.ts';
import { markdownBasePath } from './src/lib/markdown-base-path.ts';
import { settings } from './src/settings.ts';

export default defineConfig({
  site: settings.siteUrl,
  // The path of SITE_URL: a GitHub project page lives under /<repo>/. Components write internal links through
  // sitePath() (src/lib/site-path.ts), which reads it back as import.meta.env.BASE_URL.
  base: settings.basePath,
  cacheDir: settings.cacheDir,
  experimental: {
    // Pages whose cache key (src/lib/cache-key.ts) and code are unchanged are copied from the last build.
    incrementalBuild: true,
  },
  trailingSlash: 'always',
  // A Content-Security-Policy in every page (<meta http-equiv>, for hosts that cannot set headers) with the
  // hashes of the inline styles Astro emits: no 'unsafe-inline' for styles or scripts, so a script that ever
  // got into a page would not run. scripts/build.ts copies it into dist/_headers (src/postbuild/security-headers.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      // Pagefind compiles its wasm (in its worker and, as a fallback, in the page); nothing else is compiled.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Two entries with the same slug must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  build: {
    // Pages render one at a time by default, and the page loop then waits on each file write: a CPU profile
    // of 5,000 entries found the main thread idle 20–57% of it. Four in flight overlap the writes with rendering
    // (page loop 22.0–23.5 → 18.9–20.5 s at 5,000 entries, back to back; eight were no faster).
    concurrency: 4,
  },
  image: {
    // Entry images are offered as AVIF, then WebP (src/components/EntryImage.astro). Sharp's default AVIF effort
    // (4) took 37 of the 44 s of encoding 100 images' 600 copies at 20,000 entries; effort 2 encodes about five
    // times faster for files about a fifth larger, still smaller than the WebP.
    service: sharpImageService({ avif: { effort: 2 } }),
  },
  markdown: {
    // Code blocks are rare here (the editors' guide); plain <pre> keeps pages free of inline styles.
    syntaxHighlight: false,
    // Astro's default Rust processor (see README, "Markdown processor"), with GFM footnotes labelled in Dutch.
    // MDX inherits it, plugins included. Editors' root-relative links get the base path.
    processor: satteri({
      hastPlugins: [markdownBasePath(settings.basePath)],
      features: {
        gfm: { footnotes: { label: 'Voetnoten', backLabel: 'Terug naar verwijzing {reference}' } },
        // One apostrophe on every page: editors type "thema's" and the interface writes it so; smart punctuation
        // would make it "thema’s" in Markdown only (tests/build/voice.test.ts).
        smartPunctuation: false,
      },
    }),
  },
  integrations: [
    // First, so that the editor is bundled in a process of its own while the content guard checks the content.
    editorBundle(settings.cacheDir),
    contentGuard(settings.contentRoot, settings.cacheDir),
    mdx(),
    sitemap({ filter: (page) => !/\/(404|redactie)\/$/.test(page) }),
    halfBuildNotice(settings.postbuildFollows),
    releaseSyncStore(),
  ],
  vite: {
    build: {
      // scripts/build.ts builds into a staging folder that is either empty or the previous site brought up to
      // date (src/postbuild/reused-staging.ts), whose unchanged pages Astro keeps: it must not empty it.
      emptyOutDir: false,
      // Astro writes a script under 4 KB into the page itself; the policy allows no inline script, so every
      // script is a file of its own (other assets keep the default).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module starts with Astro's own "use astro:head-inject" directive; the bundler warns once
          // per file (megabytes of log on a large archive). Drop exactly that warning so real ones stay visible.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
