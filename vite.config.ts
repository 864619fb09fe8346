import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import { compactMessages } from './scripts/compact-messages.js';
import { minifyTemplates } from './scripts/minify-templates.js';

/** The elements, each with its own entry point (`microsclerotherapy-widgets/<tag>`). */
const elements = ['suitability-checker', 'area-size-guide', 'aftercare-timeline', 'complications-list', 'preparation-checklist'];

/** Prints the Subresource Integrity value of the script-tag bundle, for clinics that pin a version. */
const printIntegrity = (): Plugin => ({
  name: 'print-integrity',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.isEntry) {
        const digest = createHash('sha384').update(file.code).digest('base64');
        this.info(`${file.fileName}: integrity="sha384-${digest}"`);
      }
    }
  },
});

/**
 * `npm start` serves the demo clinic page from demo/. `npm run build` builds the library into dist/
 * as ES modules with Lit kept external (an application that already uses Lit loads it once), then,
 * with `--mode cdn`, the self-contained script-tag bundle (Lit inside) into dist/cdn/, whose locales
 * and FHIR code are separate files loaded on demand beside it.
 */
export default defineConfig(({ command, mode }) => ({
  root: command === 'serve' ? 'demo' : '.',
  plugins: [compactMessages(), minifyTemplates()],
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
            plugins: [printIntegrity()],
            // Modules shared with the on-demand locale files stay inside the one entry file.
            preserveEntrySignatures: 'allow-extension',
            output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
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
            external: [/^lit(\/|$)/, /^@lit\//],
            // Shared chunks in their own folder, so package.json's sideEffects can name the element ones.
            output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
}));
