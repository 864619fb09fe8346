// The Custom Elements Manifest (custom-elements.json), generated from the elements' JSDoc by
// `cem analyze --litelement` during `npm run build`. It feeds Storybook's controls and docs, the
// editors' autocompletion files (scripts/editor-data.js) and package.json's `customElements`.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/msc-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  // Never rewrite package.json (its `customElements` field is set by hand).
  packagejson: false,
};
