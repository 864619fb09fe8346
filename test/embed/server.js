// The test server's side of the embedding pages (test/embed/, checked by test/built/embed.test.ts):
// the bundle delivered as from a slow CDN, and the React and Vue applications built on demand.
// Used as web-test-runner middleware (web-test-runner.config.js).
import { fileURLToPath } from 'node:url';

/**
 * The pages of test/embed/ get the script-tag bundle (or Wix's classic loader of it, or the widgets'
 * own files) as from a slow CDN, so test/built/embed.test.ts can see what happens while it is on its way:
 * - a page that loads it in its body gets it only once it has painted (test/embed/probe.ts posts to
 *   /__embed-painted__ at the first contentful paint), so the elements define after the first paint
 *   and the test measures what the page's `:not(:defined)` rule (or Wix's box) keeps in place.
 *   Counted per page address, as a page's frames may be open at two widths at once.
 * - a page that loads it in its head with `blocking="render"` (test/embed/*-head.html) does not paint
 *   while it waits, so it gets it once it has painted or 300 ms late, whichever comes first: where the
 *   browser honours the attribute, the test sees the first paint come after the elements are defined;
 *   where it does not, the page paints first and the test sees the elements defined after that.
 * `Vary: *` keeps the files out of the browser's cache (the runner marks every file cacheable for a
 * year), so every page asks for them.
 */
/** The files a page names: the bundle, its classic loader, or a widget's own file (dist/cdn/<tag>.js). */
const EMBED_SCRIPT = /^\/dist\/cdn\/[\w-]+(\.classic)?\.js$/;
const EMBED_HEAD_DELAY = 300;
const embedPaints = new Map();
const paintsOf = (page) => {
  if (!embedPaints.has(page)) embedPaints.set(page, { painted: 0, served: 0, waiting: [] });
  return embedPaints.get(page);
};
export const embedPageBundleLate = async (ctx, next) => {
  const page = ctx.get('referer');
  if (ctx.path === '/__embed-painted__') {
    const paints = paintsOf(page);
    paints.painted += 1;
    paints.waiting.shift()?.();
    ctx.status = 204;
    return;
  }
  // A head page's translation file (locales/de.js, or shared/locales/de.js with the widgets' own
  // files) is held the same way as its script.
  const headLocale = /^\/dist\/cdn\/(shared\/)?locales\//.test(ctx.path) && (ctx.get('referer') ?? '').includes('-head');
  if (!EMBED_SCRIPT.test(ctx.path) && !headLocale) {
    await next();
    return;
  }
  // The bundle that Wix's classic loader imports has the loader as its referrer: not held again.
  const pagePath = new URL(page || '/', 'http://localhost').pathname;
  const embedding = pagePath.startsWith('/test/embed/');
  if (embedding) {
    const paints = paintsOf(page);
    paints.served += 1;
    if (paints.served > paints.painted) {
      // At most 20 s (a page that never reports its paint is broken; seen: a first paint 3 s late
      // with every page open at once), or 300 ms for a page that waits for the script to paint.
      await new Promise((resolve) => {
        paints.waiting.push(resolve);
        setTimeout(
          () => {
            paints.waiting = paints.waiting.filter((waiting) => waiting !== resolve);
            resolve();
          },
          pagePath.endsWith('-head.html') ? EMBED_HEAD_DELAY : 20000,
        );
      });
    }
  }
  await next();
  ctx.set('Vary', '*');
};

/**
 * The React and Vue applications of test/embed/ (react/, vue/), which import the package by its npm
 * name: built with Vite (test/embed/vite.config.js) in memory the first time a page asks for one, once
 * per test run, and served from there under /__embed-apps__/ (for example /__embed-apps__/react/index.html).
 */
const EMBED_APPS = '/__embed-apps__/';
let embedAppFiles;
export const embedApps = async (ctx, next) => {
  if (!ctx.path.startsWith(EMBED_APPS)) return next();
  embedAppFiles ??= import('vite').then(async ({ build }) => {
    const configFile = fileURLToPath(new URL('./vite.config.js', import.meta.url));
    const result = await build({ configFile, build: { write: false } });
    const files = new Map();
    for (const { output } of [result].flat()) {
      for (const file of output) files.set(EMBED_APPS + file.fileName, file.type === 'chunk' ? file.code : file.source);
    }
    return files;
  });
  const body = (await embedAppFiles).get(ctx.path);
  if (body === undefined) return next();
  ctx.type = ctx.path.slice(ctx.path.lastIndexOf('.'));
  ctx.body = body;
};
