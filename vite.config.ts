import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
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

/**
 * The Subresource Integrity values of the script-tag files (the bundle, its classic loader and each
 * translation in locales/), for clinics that pin a version: written to dist/cdn/integrity.json (file
 * name -> `sha384-…`, read from the files as written) and printed. README.md and the Storybook Embed
 * pages show them (`npm run integrity` copies them there; test/integrity.node.test.ts checks them).
 */
const writeIntegrity = (): Plugin => ({
  name: 'write-integrity',
  writeBundle(options) {
    const dir = options.dir ?? path.dirname(options.file ?? '');
    const files = [
      'microsclerotherapy-widgets.js',
      'microsclerotherapy-widgets.classic.js',
      ...[...targetLocales].sort().map((locale) => `locales/${locale}.js`),
    ];
    const integrity = Object.fromEntries(
      files.map((file) => [
        file,
        `sha384-${createHash('sha384')
          .update(readFileSync(path.join(dir, file)))
          .digest('base64')}`,
      ]),
    );
    writeFileSync(path.join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    this.info(
      `integrity.json: ${files.length} files; microsclerotherapy-widgets.js: integrity="${integrity['microsclerotherapy-widgets.js']!}"`,
    );
  },
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

/**
 * `npm start` serves the demo clinic pages from demo/ (index.html from the sources, cms.html from the
 * built script-tag bundle). `npm run build` builds the library into dist/
 * as ES modules with Lit kept external (an application that already uses Lit loads it once), then,
 * with `--mode cdn`, the self-contained script-tag bundle (Lit inside) into dist/cdn/, whose locales
 * and FHIR code are separate files loaded on demand beside it.
 */
export default defineConfig(({ command, mode }) => ({
  root: command === 'serve' ? 'demo' : '.',
  plugins: [compactMessages(), minifyCssTemplates(), serveCmsPage()],
  // The generated locale modules take `str` from @lit/localize's main module, which would bring the
  // rest of @lit/localize with it; `str` alone is all they need.
  resolve: { alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build:
    mode === 'cdn'
      ? {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          lib: { entry: { 'microsclerotherapy-widgets': 'src/cdn.ts' }, formats: ['es'] },
          rolldownOptions: {
            plugins: [classicLoader(), writeIntegrity()],
            // Modules shared with the on-demand locale files stay inside the one entry file.
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              // The translations under stable names (locales/de.js), so that a page in another
              // language can load its own with the bundle, before its first paint (README).
              chunkFileNames: (chunk) =>
                (targetLocales as readonly string[]).includes(chunk.name) ? 'locales/[name].js' : 'chunks/[name]-[hash].js',
            },
          },
        }
      : {
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
        },
}));
