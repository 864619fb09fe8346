// The framework type declarations (dist/types/*.d.ts, written by scripts/framework-types.js from
// custom-elements.json during `npm run build`) against fixtures that use every element the way a
// React 19, Preact or Vue 3 project would: test/types/jsx/elements.tsx, checked with tsc under React's
// JSX (test/types/react) and under Preact's (test/types/preact), and test/types/vue (vue-tsc). Each
// fixture also holds mistakes marked `@ts-expect-error` (Vue:
// `@vue-expect-error`), so a check fails when the types get too loose as well as when they get
// wrong. The generator's reading of manifest types is checked on a small made-up manifest.
//
// Then, in an application outside the repository with the package installed as npm installs it and
// without @types/fhir (installedApp below): test/types/no-fhir, every element entry point and the
// framework declarations checked with skipLibCheck false (no declaration may need `fhir/r4`); and
// every TSX and Vue snippet of README.md, copied as it is and checked the way its section says
// (tsc for TSX, vue-tsc with strictTemplates for Vue). The checks run side by side, as many at a time
// as the machine has cores.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Named {
  readonly name: string;
}
interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly (Named & {
      readonly tagName?: string;
      readonly attributes?: readonly Named[];
      readonly events?: readonly Named[];
    })[];
  }[];
}
const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

interface Result {
  readonly code: number | null;
  readonly output: string;
}
/** Runs a Node script of the repository (a type checker) and resolves with its exit code and output. */
function run(script: string, args: readonly string[], cwd = root): Promise<Result> {
  // Not under c8's coverage: the checkers would each write a large V8 coverage file.
  const env = { ...process.env };
  delete env.NODE_V8_COVERAGE;
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, script), ...args], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}`.trim() });
    });
  });
}

/** Type checks, as many at a time as the machine has cores (each is one busy process). */
const slots = { free: Math.max(1, availableParallelism()), waiting: [] as (() => void)[] };
async function check(checker: string, project: string, cwd = root): Promise<Result> {
  if (slots.free === 0) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.free -= 1;
  try {
    return await run(checker, ['--noEmit', '-p', project], cwd);
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free += 1;
  }
}

/**
 * An application as a clinic's developer has it, outside the repository (so nothing resolves through
 * the repository's own node_modules): node_modules/microsclerotherapy-widgets holds package.json and
 * the declarations of dist/, as npm installs the package; every other package of the repository's
 * node_modules is linked beside it, except `fhir` and `@types/fhir`, which the elements must not need.
 */
function installedApp(): string {
  const app = mkdtempSync(path.join(tmpdir(), 'msc-app-'));
  const modules = path.join(app, 'node_modules');
  const link = (scope: string, skip: readonly string[]) => {
    mkdirSync(path.join(modules, scope), { recursive: true });
    for (const name of readdirSync(path.join(root, 'node_modules', scope))) {
      if (name.startsWith('.') || skip.includes(name)) continue;
      symlinkSync(path.join(root, 'node_modules', scope, name), path.join(modules, scope, name), 'junction');
    }
  };
  link('', ['fhir', '@types', 'microsclerotherapy-widgets']);
  link('@types', ['fhir']);
  const installed = path.join(modules, 'microsclerotherapy-widgets');
  cpSync(path.join(root, 'dist'), path.join(installed, 'dist'), {
    recursive: true,
    filter: (source) => statSync(source).isDirectory() || source.endsWith('.d.ts'),
  });
  copyFileSync(path.join(root, 'package.json'), path.join(installed, 'package.json'));
  return app;
}

/** A project of the installed app: its files, and a tsconfig.json with these options. */
function project(app: string, name: string, files: Readonly<Record<string, string>>, config: object): string {
  const dir = path.join(app, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ ...config, files: Object.keys(files) }, null, 2));
  return dir;
}

interface Snippet {
  /** The README line of the snippet's first line of code. */
  readonly line: number;
  /** The `##` section it is in. */
  readonly section: string;
  readonly lang: string;
  readonly code: string;
}
/** Every fenced code block of README.md, with its section and line. */
function readmeSnippets(): Snippet[] {
  const snippets: Snippet[] = [];
  let section = '';
  let open: { line: number; lang: string; lines: string[] } | undefined;
  read('README.md')
    .split('\n')
    .forEach((text, index) => {
      if (open) {
        if (text === '```') {
          snippets.push({ line: open.line, section, lang: open.lang, code: `${open.lines.join('\n')}\n` });
          open = undefined;
        } else open.lines.push(text);
      } else if (text.startsWith('```')) open = { line: index + 2, lang: text.slice(3).trim(), lines: [] };
      else if (text.startsWith('## ')) section = text.slice(3).trim();
    });
  return snippets;
}

/**
 * The compiler options of the README's checks: those of a new Vite project's tsconfig (create-vite's
 * react-ts and vue-ts templates), with exactOptionalPropertyTypes as in test/types/.
 */
const snippetOptions = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'Bundler',
  moduleDetection: 'force',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  noUncheckedSideEffectImports: true,
  erasableSyntaxOnly: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
  types: [] as string[],
};
/** A section's tsconfig.json, if it shows one (a ```jsonc block with compilerOptions; its `//` lines are comments). */
function sectionConfig(snippets: readonly Snippet[], section: string): { compilerOptions?: object; vueCompilerOptions?: object } {
  const shown = snippets.find((s) => s.section === section && s.lang === 'jsonc' && s.code.includes('"compilerOptions"'));
  return shown ? (JSON.parse(shown.code.replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions?: object; vueCompilerOptions?: object }) : {};
}

const tsc = 'node_modules/typescript/bin/tsc';
const vueTsc = 'node_modules/vue-tsc/bin/vue-tsc.js';
const checks = [
  // One TSX fixture for React 19 and Preact: each project compiles it with its framework's JSX.
  {
    framework: 'React 19',
    checker: tsc,
    project: 'test/types/react',
    fixture: 'test/types/jsx/elements.tsx',
    listener: (event: string) => `on${event}=`,
  },
  {
    framework: 'Preact',
    checker: tsc,
    project: 'test/types/preact',
    fixture: 'test/types/jsx/elements.tsx',
    listener: (event: string) => `on${event}=`,
  },
  {
    framework: 'Vue 3',
    checker: vueTsc,
    project: 'test/types/vue',
    fixture: 'test/types/vue/Elements.vue',
    listener: (event: string) => `@${event}=`,
  },
] as const;

/** How a README snippet is checked: its framework (from what it imports) and the options of its section. */
interface SnippetCheck {
  readonly snippet: Snippet;
  readonly framework: 'React 19' | 'Preact' | 'Vue 3';
  readonly checker: string;
  readonly config: object;
}
const snippets = readmeSnippets();
// JSX in plain JavaScript (```jsx) is checked as TSX too, as a TypeScript project would take it. Each
// snippet is a project of its own, so the types one snippet turns on do not reach another.
const snippetChecks: SnippetCheck[] = snippets
  .filter((snippet) => ['tsx', 'jsx', 'vue'].includes(snippet.lang))
  .map((snippet) => {
    if (snippet.lang === 'vue') {
      // vue-tsc with strictTemplates, and what the section's tsconfig.json adds (its `types`, for one).
      const shown = sectionConfig(snippets, snippet.section);
      const config = {
        compilerOptions: { ...snippetOptions, jsx: 'preserve', ...shown.compilerOptions },
        vueCompilerOptions: { strictTemplates: true, ...shown.vueCompilerOptions },
      };
      return { snippet, framework: 'Vue 3', checker: vueTsc, config };
    }
    if (/from '(preact|preact\/hooks|microsclerotherapy-widgets\/types\/preact)'/.test(snippet.code)) {
      return {
        snippet,
        framework: 'Preact',
        checker: tsc,
        config: { compilerOptions: { ...snippetOptions, jsx: 'react-jsx', jsxImportSource: 'preact' } },
      };
    }
    return { snippet, framework: 'React 19', checker: tsc, config: { compilerOptions: { ...snippetOptions, jsx: 'react-jsx' } } };
  });
/** A snippet's file in its project: named after its README line, so a diagnostic points at the README. */
const snippetFile = (snippet: Snippet) => `README.md-line-${snippet.line}.${snippet.lang === 'vue' ? 'vue' : 'tsx'}`;

describe('framework types (dist/types)', function () {
  const results = new Map<string, Promise<Result>>();
  let app = '';

  before(function () {
    for (const { framework, checker, project } of checks) results.set(framework, check(checker, project));
    app = installedApp();
    // test/types/no-fhir in the app; the same with a suitability checker declaration that imports
    // fhir/r4 again, in a copy of the package nearer to it; and an import of fhir/r4 itself.
    const fixture = Object.fromEntries(['entry.ts'].map((file) => [file, read(`test/types/no-fhir/${file}`)]));
    const config = JSON.parse(read('test/types/no-fhir/tsconfig.json').replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions: object };
    results.set('no-fhir', check(tsc, project(app, 'no-fhir', fixture, config), app));
    const copy = path.join(app, 'reverted/node_modules/microsclerotherapy-widgets');
    cpSync(path.join(app, 'node_modules/microsclerotherapy-widgets'), copy, { recursive: true });
    const checker = path.join(copy, 'dist/components/suitability-checker/suitability-checker.d.ts');
    writeFileSync(
      checker,
      `import type { QuestionnaireResponse } from 'fhir/r4';\nexport type R4 = QuestionnaireResponse;\n${readFileSync(checker, 'utf8')}`,
    );
    results.set('no-fhir reverted', check(tsc, project(app, 'reverted/no-fhir', fixture, config), app));
    results.set('no-fhir control', check(tsc, project(app, 'control', { 'control.ts': "import type {} from 'fhir/r4';\n" }, config), app));
    for (const { snippet, checker: snippetChecker, config: snippetConfig } of snippetChecks) {
      const files = { [snippetFile(snippet)]: snippet.code };
      results.set(snippetFile(snippet), check(snippetChecker, project(app, `readme-line-${snippet.line}`, files, snippetConfig), app));
    }
  });

  after(async function () {
    await Promise.all(results.values());
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it('declare every attribute and event of custom-elements.json (run `npm run build` after changing an element)', function () {
    expect(existsSync(path.join(root, 'dist/types/elements.d.ts')), 'dist/types/elements.d.ts is missing: run `npm run build`').to.equal(
      true,
    );
    const declared = read('dist/types/elements.d.ts');
    for (const element of elements) {
      expect(declared, `<${element.tagName}>`).to.include(`'${element.tagName}': {\n    element: ${element.name};`);
      for (const { name } of element.attributes ?? [])
        expect(declared, `<${element.tagName}> ${name}`).to.match(new RegExp(`\\s'?${name}'?\\?: `));
      for (const { name } of element.events ?? [])
        expect(declared, `<${element.tagName}> ${name}`).to.include(`'on${name}'?: ((event: EventOf<'${name}'>) => void)`);
    }
  });

  it('are exported by package.json for each framework', function () {
    const { exports: exportsMap } = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    for (const name of ['react', 'preact', 'vue']) {
      expect(exportsMap[`./types/${name}`]).to.deep.equal({ types: `./dist/types/${name}.d.ts`, default: `./dist/types/${name}.js` });
    }
  });

  for (const { framework, project, fixture, listener } of checks) {
    describe(framework, function () {
      it(`${fixture} uses every element, attribute and event`, function () {
        const text = read(fixture);
        for (const element of elements) {
          expect(text, `<${element.tagName}>`).to.include(`<${element.tagName}`);
          for (const { name } of element.attributes ?? [])
            expect(text, `<${element.tagName}> ${name}`).to.match(new RegExp(`[\\s:]${name}(?=[\\s=/>])`));
          for (const { name } of element.events ?? []) expect(text, `<${element.tagName}> ${name}`).to.include(listener(name));
        }
      });

      it(`${project}/tsconfig.json checks ${fixture}`, function () {
        const config = JSON.parse(read(`${project}/tsconfig.json`).replace(/^\s*\/\/.*$/gm, '')) as { files?: string[] };
        expect((config.files ?? []).map((file) => path.posix.join(project, file))).to.include(fixture);
      });

      it(`type-checks ${project} with no diagnostic (its mistakes are all caught)`, async function () {
        const { code, output } = await results.get(framework)!;
        expect(output, 'diagnostics').to.equal('');
        expect(code, 'exit code').to.equal(0);
      });
    });
  }

  describe('in an application with skipLibCheck false and without @types/fhir (test/types/no-fhir)', function () {
    it('imports every code entry point of package.json but the core (whose FHIR functions take the FHIR types)', function () {
      const { exports: exportsMap } = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
      const entry = read('test/types/no-fhir/entry.ts');
      // JSON files (package.json, protocol.schema.json) have no types to check.
      for (const name of Object.keys(exportsMap).filter((name) => name !== './core' && !name.endsWith('.json'))) {
        expect(entry, name).to.include(`from '${name.replace(/^\./, 'microsclerotherapy-widgets')}'`);
      }
    });

    it('has no fhir/r4 to resolve (the control: importing it is an error)', async function () {
      const { code, output } = await results.get('no-fhir control')!;
      expect(output).to.match(/control\.ts\(1,\d+\): error TS2307: Cannot find module 'fhir\/r4'/);
      expect(code, 'exit code').to.not.equal(0);
    });

    it('type-checks every element entry point and the framework declarations with no diagnostic', async function () {
      const { code, output } = await results.get('no-fhir')!;
      expect(output, 'diagnostics').to.equal('');
      expect(code, 'exit code').to.equal(0);
    });

    it('fails where an element declaration imports fhir/r4 (as the suitability checker did)', async function () {
      const { code, output } = await results.get('no-fhir reverted')!;
      expect(output).to.match(/suitability-checker\.d\.ts\(1,\d+\): error TS2307: Cannot find module 'fhir\/r4'/);
      expect(code, 'exit code').to.not.equal(0);
    });
  });

  describe("README.md's framework snippets, as written, against the package as installed", function () {
    it('has no JSX in plain JavaScript (```jsx): every JSX snippet is TSX, checked by tsc', function () {
      expect(snippets.filter((snippet) => snippet.lang === 'jsx').map((snippet) => `line ${snippet.line}`)).to.deep.equal([]);
    });

    it('has every Vue component in TypeScript (<script setup lang="ts">), checked by vue-tsc', function () {
      const untyped = snippets.filter((snippet) => snippet.lang === 'vue' && !snippet.code.includes('<script setup lang="ts">'));
      expect(untyped.map((snippet) => `line ${snippet.line}`)).to.deep.equal([]);
    });

    it('has each framework\'s snippets in "Where clinics embed" and in "TypeScript in React, Preact and Vue"', function () {
      const frameworks = (section: string) =>
        snippetChecks.filter(({ snippet }) => snippet.section === section).map(({ framework }) => framework);
      expect(frameworks('Where clinics embed')).to.have.members(['React 19', 'Vue 3']);
      expect(frameworks('TypeScript in React, Preact and Vue')).to.have.members(['React 19', 'Preact', 'Vue 3']);
    });

    for (const { snippet, framework, checker: snippetChecker } of snippetChecks) {
      const where = `README.md line ${snippet.line}, "${snippet.section}"`;
      it(`type-checks the ${framework} snippet (${where}) on its own with ${path.basename(snippetChecker, '.js')}: no diagnostic`, async function () {
        const { code, output } = await results.get(snippetFile(snippet))!;
        // A diagnostic names README.md-line-<n>.<ext>(<line>,<column>): README line n + line - 1.
        expect(output, 'diagnostics').to.equal('');
        expect(code, 'exit code').to.equal(0);
      });
    }
  });

  describe('scripts/framework-types.js', function () {
    let generated = '';
    let vue = '';

    before(async function () {
      const dir = mkdtempSync(path.join(tmpdir(), 'msc-framework-types-'));
      try {
        const attribute = (name: string, text?: string) => ({ name, ...(text === undefined ? {} : { type: { text } }) });
        const madeUp = {
          schemaVersion: '1.0.0',
          modules: [
            {
              kind: 'javascript-module',
              path: 'src/components/made-up/made-up.ts',
              declarations: [
                {
                  kind: 'class',
                  name: 'MadeUp',
                  customElement: true,
                  tagName: 'made-up',
                  attributes: [
                    attribute('mode', "'stepwise' | 'list' | null"),
                    attribute('quoted', '"a" | "b"'),
                    attribute('level', '1 | 2 | 3'),
                    attribute('compact', 'boolean'),
                    attribute('count', 'number | null'),
                    attribute('label', 'string | undefined'),
                    attribute('untyped'),
                    attribute('named-type', 'SuitabilityCheckerMode | null'),
                    attribute('generic', 'Array<string>'),
                    attribute('object', '{ a: string }'),
                    attribute('piped', "'a|b' | 'c'"),
                  ],
                  events: [{ name: 'made-up-change', description: 'When it changes.' }],
                },
              ],
            },
          ],
        };
        writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(madeUp));
        const { code, output } = await run('scripts/framework-types.js', [
          '--manifest',
          path.join(dir, 'manifest.json'),
          '--out',
          path.join(dir, 'types'),
        ]);
        expect(code, output).to.equal(0);
        generated = readFileSync(path.join(dir, 'types/elements.d.ts'), 'utf8');
        vue = readFileSync(path.join(dir, 'types/vue.d.ts'), 'utf8');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('types attributes from their manifest type: literal unions, booleans, numbers and strings, without null', function () {
      expect(generated).to.include("  mode?: 'stepwise' | 'list' | undefined;");
      expect(generated).to.include('  quoted?: "a" | "b" | undefined;');
      expect(generated).to.include('  level?: 1 | 2 | 3 | undefined;');
      expect(generated).to.include('  compact?: boolean | undefined;');
      expect(generated).to.include('  count?: number | undefined;');
      expect(generated).to.include('  label?: string | undefined;');
      expect(generated).to.include('  untyped?: string | undefined;');
    });

    it('types any other manifest type as string', function () {
      expect(generated).to.include("  'named-type'?: string | undefined;");
      expect(generated).to.include('  generic?: string | undefined;');
      expect(generated).to.include('  object?: string | undefined;');
      expect(generated).to.include('  piped?: string | undefined;');
    });

    it('names JSX listeners `on` + the event name, Vue props by camelCase name', function () {
      expect(generated).to.include("  'onmade-up-change'?: ((event: EventOf<'made-up-change'>) => void) | undefined;");
      expect(vue).to.include('  namedType?: string | undefined;');
      expect(vue).to.include("'made-up': MscVueElement<'made-up'>;");
    });
  });
});
