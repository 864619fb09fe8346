import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * Builds the React 19 and Vue 3 applications of test/embed/ (react/, vue/) as a clinic's developer
 * would, with the package imported by its npm name (`microsclerotherapy-widgets/<tag>`, which Vite
 * resolves through package.json's exports map to dist/, as from node_modules). test/embed/server.js
 * builds them in memory the first time a test page asks for them; `npx vite build -c
 * test/embed/vite.config.js` writes them to node_modules/.cache/msc-embed/ to look at. Development
 * builds of React, Vue and Lit, which warn about misuse (test/built/embed.test.ts fails on a warning).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  mode: 'development',
  logLevel: 'warn',
  // The development builds, whatever NODE_ENV the test runner has.
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  resolve: { conditions: ['module', 'browser', 'development'] },
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // The library's tags are custom elements, not Vue components.
          isCustomElement: (tag) =>
            ['suitability-checker', 'area-size-guide', 'aftercare-timeline', 'complications-list', 'preparation-checklist'].includes(tag),
        },
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/msc-embed/', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    target: 'es2022',
    rolldownOptions: {
      input: {
        react: fileURLToPath(new URL('react/index.html', import.meta.url)),
        vue: fileURLToPath(new URL('vue/index.html', import.meta.url)),
      },
    },
  },
});
