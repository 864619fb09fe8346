import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputBundle } from 'rolldown';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { targetLocales } from './src/generated/locale-codes.js';
import { compactMessages } from './scripts/compact-messages.js';
import { minifyCssTemplates } from './scripts/minify-css.js';
// The elements, each with its own entry point (`microsclerotherapy-widgets/<tag>`).
import { elementTags as elements } from './src/elements.js';

/**
 * Emits microsclerotherapy-widgets.classic.js beside the script-tag bundle: a classic script (no
 * `type="module"` needed) that loads the bundle from its own folder, for platforms that can only add
 * a plain `<script src>`, such as a Wix Custom Element's "Server URL".
 */
const classicLoader = (): Plugin => ({
  name: 'classic-loader',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'microsclerotherapy-widgets.classic.js',
      source:
        '/* microsclerotherapy-widgets: loads the ES module bundle beside this file (for platforms that only add classic scripts). */\n' +
        "(function(s){import(new URL('microsclerotherapy-widgets.js',s&&s.src||location.href).href)})(document.currentScript);\n",
    });
  },
});

/** `sha384-…` of a file as written. */
const sri = (file: string): string => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/**
 * The Subresource Integrity values of the script-tag files, for clinics that pin a version: written to
 * dist/cdn/integrity.json (file name -> `sha384-…`, read from the files as written) and printed.
 * README.md and the Storybook Embed pages show them (`npm run integrity` copies them there;
 * test/integrity.node.test.ts checks them). The all-in-one build (`--mode cdn`, first: it empties
 * dist/cdn/) writes the bundle, its classic loader and each translation in locales/; the per-element
 * build (`--mode cdn-elements`, second) adds its files (see `elementFiles`).
 */
const writeIntegrity = (filesOf: (bundle: OutputBundle) => string[], add = false): Plugin => ({
  name: 'write-integrity',
  writeBundle(options, bundle) {
    const dir = options.dir ?? path.dirname(options.file ?? '');
    const json = path.join(dir, 'integrity.json');
    if (add && !existsSync(json)) this.error('dist/cdn/integrity.json is missing: run `vite build --mode cdn` first.');
    const before = add ? (JSON.parse(readFileSync(json, 'utf8')) as Record<string, string>) : {};
    const files = filesOf(bundle);
    const integrity = { ...before, ...Object.fromEntries(files.map((file) => [file, sri(path.join(dir, file))])) };
    writeFileSync(json, `${JSON.stringify(integrity, null, 2)}\n`);
    this.info(`integrity.json: ${files.length} files; ${files[0]!}: integrity="${integrity[files[0]!]!}"`);
  },
});

/** The all-in-one build's files that a page can pin: the bundle, its classic loader, each translation. */
const bundleFiles = (): string[] => [
  'microsclerotherapy-widgets.js',
  'microsclerotherapy-widgets.classic.js',
  ...[...targetLocales].sort().map((locale) => `locales/${locale}.js`),
];

/**
 * The per-element build's files that a page can pin: each element's file, each translation in
 * shared/locales/, and the shared files these import (a page pins those in an import map's
 * `"integrity"`, README "Security"); not the files loaded on demand.
 */
const elementFiles = (bundle: OutputBundle): string[] => {
  const locales = [...targetLocales].sort().map((locale) => `shared/locales/${locale}.js`);
  const imported = new Set<string>();
  const visit = (file: string): void => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') return;
    for (const next of chunk.imports) {
      if (!imported.has(next)) {
        imported.add(next);
        visit(next);
      }
    }
  };
  const pages = [...elements.map((tag) => `${tag}.js`), ...locales];
  pages.forEach(visit);
  return [...elements.map((tag) => `${tag}.js`), ...[...imported].sort(), ...locales];
};

/**
 * The entries of the per-element script-tag files (`dist/cdn/<tag>.js`, `--mode cdn-elements`): each
 * registers its element (src/<tag>.ts) and exports its class and, as the all-in-one bundle
 * (src/cdn.ts) does, the language API.
 */
const ELEMENT_ENTRY = 'msc-element-entry:';
const elementEntries = (): Plugin => ({
  name: 'element-entries',
  resolveId: (id) => (id.includes(ELEMENT_ENTRY) ? `\0${id.slice(id.indexOf(ELEMENT_ENTRY))}` : null),
  load: (id) =>
    id.startsWith(`\0${ELEMENT_ENTRY}`)
      ? `export * from ${JSON.stringify(path.resolve(`src/${id.slice(ELEMENT_ENTRY.length + 1)}.ts`))};\n` +
        `export { addLocale, currentLocale as getLocale, setLocale, sourceLocale, targetLocales } from ${JSON.stringify(path.resolve('src/internal/localization.ts'))};\n`
      : null,
});

/**
 * For `npm start`: demo/cms.html, the demo page as a CMS would publish it, served as it is (no Vite
 * client), with the built script-tag bundle (dist/cdn/, which `npm start` builds first) at /dist/cdn/.
 */
const serveCmsPage = (): Plugin => ({
  name: 'serve-cms-page',
  apply: 'serve',
  configureServer(server) {
    const send = (file: string, type: string, response: import('node:http').ServerResponse) => {
      response.setHeader('Content-Type', type);
      createReadStream(file).pipe(response);
    };
    server.middlewares.use('/cms.html', (_request, response) => {
      send(path.resolve('demo/cms.html'), 'text/html', response);
    });
    const dir = path.resolve('dist/cdn');
    server.middlewares.use('/dist/cdn', (request, response, next) => {
      const file = path.join(dir, path.normalize(decodeURIComponent(request.url?.split('?')[0] ?? '')));
      if (!file.startsWith(dir + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        next();
        return;
      }
      send(file, file.endsWith('.map') ? 'application/json' : 'text/javascript', response);
    });
  },
});

/** Whether a chunk is a shipped translation (a chunk named after its locale). */
const isLocale = (name: string): boolean => (targetLocales as readonly string[]).includes(name);

/** The npm package, dist/: ES modules with Lit kept external (an application that already uses Lit loads it once). */
const packageBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: true,
  sourcemap: true,
  target: 'es2022',
  lib: {
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      ...Object.fromEntries(elements.map((tag) => [tag, `src/${tag}.ts`])),
    },
    formats: ['es'],
  },
  rolldownOptions: {
    // @lit/localize itself is resolved by the alias above (its `str` module stays external).
    external: [/^lit(\/|$)/, /^@lit\/(?!localize$)/],
    // Shared chunks in their own folder, so package.json's sideEffects can name the element ones.
    output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
};

/**
 * `--mode cdn`: the all-in-one script-tag bundle, dist/cdn/microsclerotherapy-widgets.js, one
 * self-contained file (Lit inside) whose locales and FHIR code are separate files loaded on demand
 * beside it.
 */
const bundleBuild: BuildEnvironmentOptions = {
  outDir: 'dist/cdn',
  emptyOutDir: true,
  sourcemap: true,
  target: 'es2022',
  lib: { entry: { 'microsclerotherapy-widgets': 'src/cdn.ts' }, formats: ['es'] },
  rolldownOptions: {
    plugins: [classicLoader(), writeIntegrity(bundleFiles)],
    // Modules shared with the on-demand locale files stay inside the one entry file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      minify: true,
      // The translations under stable names (locales/de.js), so that a page in another
      // language can load its own with the bundle, before its first paint (README).
      chunkFileNames: (chunk) => (isLocale(chunk.name) ? 'locales/[name].js' : 'chunks/[name]-[hash].js'),
    },
  },
};

/**
 * `--mode cdn-elements`, after `--mode cdn`: a script-tag file per element beside the bundle,
 * dist/cdn/<tag>.js, so that a page loads only the elements it uses. The files share Lit, the base
 * class and the core through the files of dist/cdn/shared/, which have their own translations
 * (shared/locales/<locale>.js: the bundle's, in locales/, would load the bundle).
 */
const elementsBuild: BuildEnvironmentOptions = {
  outDir: 'dist/cdn',
  emptyOutDir: false, // beside the all-in-one bundle, built just before
  sourcemap: true,
  target: 'es2022',
  lib: { entry: Object.fromEntries(elements.map((tag) => [tag, `${ELEMENT_ENTRY}${tag}`])), formats: ['es'] },
  rolldownOptions: {
    plugins: [writeIntegrity(elementFiles, true)],
    // What only one element uses stays in its file (its on-demand files import it from there).
    preserveEntrySignatures: 'allow-extension',
    output: {
      minify: true,
      // One file of what every element needs (Lit, the base class, the language runtime, the
      // leaflet's protocol), so a page with one element loads its own file and this one; what
      // only some elements share gets files of its own (rolldown's default).
      codeSplitting: { groups: [{ name: 'common', minShareCount: elements.length, tags: ['$initial'] }] },
      // No hash in the names: the address has the version, and a clinic that pins the files
      // lists these (README "Security").
      chunkFileNames: (chunk) => (isLocale(chunk.name) ? 'shared/locales/[name].js' : 'shared/[name].js'),
    },
  },
};

/**
 * `npm start` serves the demo clinic pages from demo/ (index.html from the sources, cms.html from the
 * built script-tag bundle). `npm run build` builds the npm package into dist/, then the script-tag
 * files into dist/cdn/: the all-in-one bundle (`--mode cdn`), then the per-element files
 * (`--mode cdn-elements`).
 */
export default defineConfig(({ command, mode }) => ({
  root: command === 'serve' ? 'demo' : '.',
  plugins: [compactMessages(), minifyCssTemplates(), serveCmsPage(), elementEntries()],
  // The generated locale modules take `str` from @lit/localize's main module, which would bring the
  // rest of @lit/localize with it; `str` alone is all they need.
  resolve: { alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: mode === 'cdn' ? bundleBuild : mode === 'cdn-elements' ? elementsBuild : packageBuild,
}));
