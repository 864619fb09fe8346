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
  plugins: [
    {
      // The analyzer reads every entry of `static properties` as an attribute, also internal state
      // (`_answers: { state: true }`, a private field): private fields have no attribute.
      name: 'no-attributes-for-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const state = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
          for (const member of declaration.members ?? []) if (state.has(member.name)) delete member.attribute;
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !state.has(attribute.fieldName));
        }
      },
    },
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
