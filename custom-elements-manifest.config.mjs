// The Custom Elements Manifest (custom-elements.json), generated from the elements' JSDoc by
// `cem analyze --litelement` during `npm run build`. It feeds Storybook's controls and docs, the
// editors' autocompletion files (scripts/editor-data.js) and package.json's `customElements`.
export default {
  // The elements and the base classes and mixins they inherit attributes from.
  globs: ['src/components/**/*.ts', 'src/internal/msc-element.ts', 'src/internal/*-element.ts', 'src/internal/form-associated.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  // Never rewrite package.json (its `customElements` field is set by hand).
  packagejson: false,
  plugins: [
    {
      // The analyzer reads the files in whatever order the file system answers (seen: another order
      // on a busy machine), so the modules are put in path order: the same sources, the same file.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
