// The Custom Elements Manifest against the elements themselves. The expected lists are read from the
// sources (nothing is maintained by hand): every reactive property declared with `@property` (its attribute), every `@fires` and
// `this.emit('…')`, every `@csspart` and `part="…"` in the element's templates (and in the shared
// templates it imports), every `@cssprop` and every `--msc-` token its styles use. The test makes a
// fresh manifest with the analyzer (the same config as `npm run build`), checks that it names them
// all, and checks that the shipped `custom-elements.json` is that manifest (so it is not stale).
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { elementTags } from '../src/elements.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Named {
  readonly name: string;
  readonly description?: string;
}
interface Declaration {
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly (Named & { readonly fieldName?: string })[];
  readonly members?: readonly (Named & { readonly kind: string; readonly privacy?: string; readonly static?: boolean })[];
  readonly events?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
}
interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

type Analyze = (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<Manifest>;
/** The analyzer's own CLI entry, called in-process without writing a file. */
async function analyze(): Promise<Manifest> {
  const cliUrl = pathToFileURL(path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cli.js')).href;
  const { cli } = (await import(cliUrl)) as { cli: Analyze };
  return cli({ argv: ['analyze', '--litelement', '--quiet'], cwd: root, noWrite: true });
}

const matches = (text: string, pattern: RegExp, group = 1): string[] => [...text.matchAll(pattern)].map((m) => m[group]!);

/** The attributes of the properties declared with `@property(…)`: `attribute: 'x'`, else Lit's default (the lower-cased name); none for `attribute: false`. */
function attributesOf(source: string): { attribute: string; field: string }[] {
  return [...source.matchAll(/@property\(([^)]*)\)\s*(\w+)/g)].flatMap(([, options = '', field = '']) => {
    if (/attribute:\s*false/.test(options)) return [];
    const named = /attribute:\s*'([^']+)'/.exec(options);
    return [{ attribute: named ? named[1]! : field.toLowerCase(), field }];
  });
}

/** `part="a b"` and `part=${c ? 'a b' : 'a'}` in templates. */
const templateParts = (source: string): string[] => [
  ...matches(source, /\bpart="([^"$]+)"/g).flatMap((p) => p.split(/\s+/)),
  ...matches(source, /\bpart=\$\{([^}]*)\}/g).flatMap((expr) => matches(expr, /'([^']*)'/g).flatMap((p) => p.split(/\s+/))),
];

const baseStyles = read('src/internal/base-styles.ts');
/** The private variables of base-styles and the token each reads: `--_accent` -> `--msc-color-accent`. */
const tokenOf = new Map([...baseStyles.matchAll(/(--_[\w-]+):\s*var\((--msc-[\w-]+)/g)].map(([, local, token]) => [local!, token!]));
/** The tokens a piece of CSS uses, directly or through base-styles' private variables. */
const tokensUsed = (css: string): string[] => [
  ...matches(css, /var\((--msc-[\w-]+)/g),
  ...matches(css, /var\((--_[\w-]+)/g).flatMap((local) => (tokenOf.has(local) ? [tokenOf.get(local)!] : [])),
];
/** The tokens base-styles' own rules use (every element gets them), without the token declarations. */
const baseUses = tokensUsed(baseStyles.replace(/--_[\w-]+:\s*var\(--msc-[^;]*;/g, ''));

interface Expected {
  readonly tag: string;
  readonly className: string;
  readonly attributes: { attribute: string; field: string }[];
  readonly events: string[];
  readonly parts: string[];
  readonly cssProperties: string[];
}

/** What each element's sources say it has. */
const expectedElements: Expected[] = readdirSync(path.join(root, 'src/components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name: tag }) => {
    const folder = `src/components/${tag}`;
    const files = readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.ts'));
    const main = read(`${folder}/${tag}.ts`);
    const own = files.map((f) => read(`${folder}/${f}`)).join('\n');
    // The attributes of the base classes and mixins in src/internal it builds on (MscElement's always).
    const internal = matches(own, /from '\.\.\/\.\.\/internal\/([\w-]+)\.js'/g);
    const inherited = [...new Set(['msc-element', ...internal])].flatMap((file) => attributesOf(read(`src/internal/${file}.ts`)));
    // Shared templates and styles the element imports from src/internal (its warning callout, its footer…).
    const shared = matches(main, /from '\.\.\/\.\.\/internal\/([\w-]+)\.js'/g)
      .filter((file) => file !== 'base-styles' && file !== 'msc-element')
      .map((file) => read(`src/internal/${file}.ts`))
      .join('\n');
    return {
      tag,
      className: /export class (\w+) extends /.exec(main)![1]!,
      attributes: [...attributesOf(own), ...inherited],
      events: [...new Set([...matches(main, /@fires ([\w-]+)/g), ...matches(main, /this\.emit\(\s*'([\w-]+)'/g)])],
      parts: [...new Set([...matches(main, /@csspart ([\w-]+)/g), ...templateParts(own), ...templateParts(shared)])],
      cssProperties: [...new Set([...matches(main, /@cssprop ([\w-]+)/g), ...baseUses, ...tokensUsed(own), ...tokensUsed(shared)])],
    };
  });

describe('custom-elements.json', function () {
  let manifest: Manifest;
  const declarations = () => manifest.modules.flatMap((m) => m.declarations ?? []);
  const element = (tag: string) => declarations().find((d) => d.tagName === tag);

  before(async function () {
    manifest = await analyze();
  });

  it('reads the elements of src/elements.ts from the sources', function () {
    expect(expectedElements.map((e) => e.tag)).to.have.members([...elementTags]);
    for (const expected of expectedElements) {
      expect(
        expected.attributes.map((a) => a.attribute),
        expected.tag,
      ).to.include.members(['heading-level', 'reviewed-by', 'reviewed-on', 'next-review']);
      expect(expected.parts, expected.tag).to.include.members(['heading', 'governance']);
      expect(expected.cssProperties, expected.tag).to.include('--msc-color-text');
    }
  });

  for (const expected of expectedElements) {
    describe(`<${expected.tag}>`, function () {
      it('is a custom element with its tag name and class', function () {
        const declaration = element(expected.tag);
        expect(declaration, `no declaration with tagName ${expected.tag}`).to.not.equal(undefined);
        expect(declaration!.customElement).to.equal(true);
        expect(declaration!.name).to.equal(expected.className);
      });

      it('names every public attribute (also those inherited from MscElement), with its property', function () {
        const declaration = element(expected.tag)!;
        const attributes = new Map((declaration.attributes ?? []).map((a) => [a.name, a]));
        const fields = new Set((declaration.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private').map((m) => m.name));
        for (const { attribute, field } of expected.attributes) {
          expect(attributes.has(attribute), `attribute ${attribute} missing`).to.equal(true);
          expect(attributes.get(attribute)!.fieldName, `attribute ${attribute}`).to.equal(field);
          expect(attributes.get(attribute)!.description, `attribute ${attribute} has no description`).to.be.a('string').and.not.equal('');
          expect(fields.has(field), `property ${field} missing`).to.equal(true);
        }
      });

      it('names every event it fires, with a description', function () {
        const events = new Map((element(expected.tag)!.events ?? []).map((e) => [e.name, e]));
        for (const name of expected.events) {
          expect(events.has(name), `event ${name} missing`).to.equal(true);
          expect(events.get(name)!.description, `event ${name} has no description`).to.be.a('string').and.not.equal('');
        }
      });

      it('names every part its templates expose', function () {
        const parts = (element(expected.tag)!.cssParts ?? []).map((p) => p.name);
        expect(parts).to.include.members(expected.parts);
      });

      it('names every --msc- custom property its styles use', function () {
        const properties = (element(expected.tag)!.cssProperties ?? []).map((p) => p.name);
        expect(properties).to.include.members(expected.cssProperties);
      });
    });
  }

  it('is the manifest shipped as custom-elements.json (run `npm run build` after changing an element)', function () {
    const packageJson = JSON.parse(read('package.json')) as { customElements?: string; files?: string[] };
    expect(packageJson.customElements).to.equal('custom-elements.json');
    expect(packageJson.files).to.include('custom-elements.json');
    const shipped = path.join(root, 'custom-elements.json');
    expect(existsSync(shipped), 'custom-elements.json is missing: run `npm run build`').to.equal(true);
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).to.deep.equal(JSON.parse(JSON.stringify(manifest)));
  });

  it("is what the editors' autocompletion (VS Code custom data, JetBrains web-types) offers", function () {
    const packageJson = JSON.parse(read('package.json')) as { 'web-types'?: string; files?: string[] };
    expect(packageJson['web-types']).to.equal('./web-types.json');
    expect(packageJson.files).to.include.members(['vscode.html-custom-data.json', 'web-types.json']);
    const vscode = JSON.parse(read('vscode.html-custom-data.json')) as { tags: { name: string; attributes: Named[] }[] };
    const webTypes = JSON.parse(read('web-types.json')) as {
      contributions: {
        html: { elements: { name: string; attributes: Named[]; js: { events: Named[] }; css: { parts: Named[]; properties: Named[] } }[] };
      };
    };
    for (const expected of expectedElements) {
      const tag = vscode.tags.find((t) => t.name === expected.tag);
      expect(tag, `VS Code data: no <${expected.tag}>`).to.not.equal(undefined);
      expect(tag!.attributes.map((a) => a.name)).to.include.members(expected.attributes.map((a) => a.attribute));
      const element = webTypes.contributions.html.elements.find((e) => e.name === expected.tag);
      expect(element, `web-types: no <${expected.tag}>`).to.not.equal(undefined);
      expect(element!.attributes.map((a) => a.name)).to.include.members(expected.attributes.map((a) => a.attribute));
      expect(element!.js.events.map((e) => e.name)).to.include.members(expected.events);
      expect(element!.css.parts.map((p) => p.name)).to.include.members(expected.parts);
      expect(element!.css.properties.map((p) => p.name)).to.include.members(expected.cssProperties);
    }
  });
});
