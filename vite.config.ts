import { defineConfig } from 'vite';

/** The elements, each with its own entry point (`microsclerotherapy-widgets/<tag>`). */
const elements = ['suitability-checker', 'area-size-guide', 'aftercare-timeline', 'complications-list', 'preparation-checklist'];

/**
 * `npm start` serves the demo clinic page from demo/; `npm run build` builds the library into dist/
 * as ES modules with Lit kept external, so an application that already uses Lit loads it once.
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: {
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
