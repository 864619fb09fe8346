import { defineConfig } from 'vite';

/** Storybook's own Vite config: the defaults (the TypeScript settings come from tsconfig.json). */
export default defineConfig({
  server: { host: '127.0.0.1' },
});
