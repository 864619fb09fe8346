import { defineConfig } from 'vite';

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
      entry: { index: 'src/index.ts', 'core/index': 'src/core/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { minify: true },
    },
  },
}));
