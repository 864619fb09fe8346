// The one list of elements (src/elements.ts) against everything that has to name each element. The
// build reads the list itself (vite.config.ts: one entry point per tag), and so do the tests that go
// through every element; what cannot be derived from it is checked here, so an element added to the
// list fails with the file that does not wire it yet, and a file that names an element the list does
// not have fails too. CONTRIBUTING.md, "Adding an element", lists the files.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements, elementTags } from '../src/elements.js';
import { elementStates } from './support/states.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exists = (file: string) => existsSync(path.join(root, file));
const read = (file: string) => (exists(file) ? readFileSync(path.join(root, file), 'utf8') : '');

interface PackageJson {
  readonly exports: Record<string, unknown>;
  readonly sideEffects: readonly string[];
}
const packageJson = JSON.parse(read('package.json')) as PackageJson;

/** The package's entry points that are not an element's. */
const otherExports = ['.', './core', './cdn', './types/react', './types/preact', './types/vue', './protocol.schema.json', './package.json'];
/** The registering files of sideEffects that are not an element's own. */
const otherSideEffects = ['./dist/cdn/microsclerotherapy-widgets.js', './dist/index.js', './src/index.ts', './src/cdn.ts'];
/** Each element's registering files, as package.json's sideEffects must list them. */
const sideEffectsOf = (tag: string) => [
  `./dist/${tag}.js`,
  `./dist/chunks/${tag}-*.js`,
  `./src/${tag}.ts`,
  `./src/components/${tag}/${tag}.ts`,
];
/** The framework type fixtures (test/framework-types.node.test.ts type-checks them). */
const typeFixtures = ['test/types/jsx/elements.tsx', 'test/types/vue/Elements.vue'];

/** `what` is missing `items`: one line each, for a failure that says what to add where. */
const missing = (what: string, items: readonly string[]) => items.map((item) => `${what}: ${item}`);

describe('the one list of elements (src/elements.ts)', function () {
  it('has unique tags, custom-element names, and class names in PascalCase of the tag', function () {
    expect(new Set(elementTags).size, 'a tag twice').to.equal(elementTags.length);
    for (const { tag, className } of elements) {
      expect(tag, tag).to.match(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
      expect(className, tag).to.equal(tag.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase()));
    }
  });

  for (const { tag, className } of elements) {
    describe(`<${tag}>`, function () {
      it('is wired into package.json: its exports entry and its sideEffects', function () {
        const problems = [
          ...missing(
            'package.json "exports"',
            JSON.stringify(packageJson.exports[`./${tag}`]) === JSON.stringify({ types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` })
              ? []
              : [`"./${tag}": { "types": "./dist/${tag}.d.ts", "default": "./dist/${tag}.js" }`],
          ),
          ...missing(
            'package.json "sideEffects"',
            sideEffectsOf(tag).filter((file) => !packageJson.sideEffects.includes(file)),
          ),
        ];
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('has its sources: src/<tag>.ts, src/components/<tag>/<tag>.ts, and the re-exports of src/index.ts and src/cdn.ts', function () {
        const component = read(`src/components/${tag}/${tag}.ts`);
        const problems = [
          ...missing(
            `src/${tag}.ts (the entry that registers it)`,
            read(`src/${tag}.ts`).includes(`from './components/${tag}/${tag}.js'`)
              ? []
              : [`export * from './components/${tag}/${tag}.js';`],
          ),
          ...missing(`src/components/${tag}/${tag}.ts (the element)`, [
            ...(new RegExp(`export class ${className}\\b`).test(component) ? [] : [`export class ${className} …`]),
            ...(component.includes(`'${tag}': ${className};`) ? [] : [`'${tag}': ${className}; in HTMLElementTagNameMap`]),
          ]),
          ...missing('src/index.ts', read('src/index.ts').includes(`export * from './${tag}.js';`) ? [] : [`export * from './${tag}.js';`]),
          ...missing(
            'src/cdn.ts',
            read('src/cdn.ts').includes(`export { ${className} } from './${tag}.js';`)
              ? []
              : [`export { ${className} } from './${tag}.js';`],
          ),
        ];
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('has its stories, its states in test/support/states.ts, and is used by the framework type fixtures', function () {
        const problems = [
          ...missing(
            `stories/${tag}.stories.ts`,
            read(`stories/${tag}.stories.ts`).includes(`component: '${tag}'`) ? [] : [`component: '${tag}'`],
          ),
          ...missing(`stories/${tag}.embed.mdx ("Embed on your site")`, exists(`stories/${tag}.embed.mdx`) ? [] : ['the file']),
          ...missing(
            'test/support/states.ts elementStates',
            elementStates.some((state) => state.startsWith(`<${tag}`)) ? [] : [`<${tag}>…</${tag}>`],
          ),
          ...typeFixtures.flatMap((fixture) => missing(fixture, read(fixture).includes(`<${tag}`) ? [] : [`<${tag} …>`])),
        ];
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    });
  }

  it('names every element that package.json, src/ and src/components/ name', function () {
    const listed = new Set<string>(elementTags);
    const unlisted = [
      ...Object.keys(packageJson.exports)
        .filter((key) => !otherExports.includes(key) && !listed.has(key.slice(2)))
        .map((key) => `package.json "exports": "${key}"`),
      ...packageJson.sideEffects
        .filter((file) => !otherSideEffects.includes(file) && !elementTags.some((tag) => sideEffectsOf(tag).includes(file)))
        .map((file) => `package.json "sideEffects": "${file}"`),
      ...readdirSync(path.join(root, 'src/components'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !listed.has(entry.name))
        .map((entry) => `src/components/${entry.name}/`),
      ...[...read('src/index.ts').matchAll(/from '\.\/([\w-]+)\.js'/g), ...read('src/cdn.ts').matchAll(/from '\.\/([\w-]+)\.js'/g)]
        .map((match) => match[1]!)
        .filter((file) => !listed.has(file) && file !== 'index')
        .map((file) => `src/index.ts or src/cdn.ts: './${file}.js'`),
    ];
    expect(unlisted, `not in src/elements.ts:\n${unlisted.join('\n')}`).to.deep.equal([]);
  });

  it('is the list of custom-elements.json (made by `npm run build`)', function () {
    expect(exists('custom-elements.json'), 'custom-elements.json is missing: run `npm run build`').to.equal(true);
    const manifest = JSON.parse(read('custom-elements.json')) as { modules: { declarations?: { tagName?: string; name: string }[] }[] };
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    expect(
      declared.map(({ tagName, name }) => `<${tagName!}> ${name}`).sort(),
      'the elements of custom-elements.json against src/elements.ts (run `npm run build` after wiring an element)',
    ).to.deep.equal(elements.map(({ tag, className }) => `<${tag}> ${className}`).sort());
  });
});
