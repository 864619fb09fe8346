// The framework type declarations (dist/types/*.d.ts, written by scripts/framework-types.js from
// custom-elements.json during `npm run build`) against fixtures that use every element the way a
// React 19, Preact or Vue 3 project would: test/types/react (tsc), test/types/preact (tsc) and
// test/types/vue (vue-tsc). Each fixture also holds mistakes marked `@ts-expect-error` (Vue:
// `@vue-expect-error`), so a check fails when the types get too loose as well as when they get
// wrong. The three checks run in parallel. The generator's reading of manifest types is checked on
// a small made-up manifest.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Named {
  readonly name: string;
}
interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly (Named & { readonly tagName?: string; readonly attributes?: readonly Named[]; readonly events?: readonly Named[] })[];
  }[];
}
const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

interface Result {
  readonly code: number | null;
  readonly output: string;
}
/** Runs a Node script of the repository (a type checker) and resolves with its exit code and output. */
function run(script: string, args: readonly string[]): Promise<Result> {
  // Not under c8's coverage: the checkers would each write a large V8 coverage file.
  const env = { ...process.env };
  delete env.NODE_V8_COVERAGE;
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, script), ...args], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}`.trim() });
    });
  });
}

const tsc = 'node_modules/typescript/bin/tsc';
const vueTsc = 'node_modules/vue-tsc/bin/vue-tsc.js';
const checks = [
  { framework: 'React 19', checker: tsc, project: 'test/types/react', fixture: 'test/types/react/elements.tsx', listener: (event: string) => `on${event}=` },
  { framework: 'Preact', checker: tsc, project: 'test/types/preact', fixture: 'test/types/preact/elements.tsx', listener: (event: string) => `on${event}=` },
  { framework: 'Vue 3', checker: vueTsc, project: 'test/types/vue', fixture: 'test/types/vue/Elements.vue', listener: (event: string) => `@${event}=` },
] as const;

describe('framework types (dist/types)', function () {
  const results = new Map<string, Promise<Result>>();

  before(function () {
    for (const { framework, checker, project } of checks) results.set(framework, run(checker, ['--noEmit', '-p', project]));
  });

  it('declare every attribute and event of custom-elements.json (run `npm run build` after changing an element)', function () {
    expect(existsSync(path.join(root, 'dist/types/elements.d.ts')), 'dist/types/elements.d.ts is missing: run `npm run build`').to.equal(true);
    const declared = read('dist/types/elements.d.ts');
    for (const element of elements) {
      expect(declared, `<${element.tagName}>`).to.include(`'${element.tagName}': {\n    element: ${element.name};`);
      for (const { name } of element.attributes ?? []) expect(declared, `<${element.tagName}> ${name}`).to.match(new RegExp(`\\s'?${name}'?\\?: `));
      for (const { name } of element.events ?? []) expect(declared, `<${element.tagName}> ${name}`).to.include(`'on${name}'?: ((event: EventOf<'${name}'>) => void)`);
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
          for (const { name } of element.attributes ?? []) expect(text, `<${element.tagName}> ${name}`).to.match(new RegExp(`[\\s:]${name}(?=[\\s=/>])`));
          for (const { name } of element.events ?? []) expect(text, `<${element.tagName}> ${name}`).to.include(listener(name));
        }
      });

      it(`type-checks ${project} with no diagnostic (its mistakes are all caught)`, async function () {
        const { code, output } = await results.get(framework)!;
        expect(output, 'diagnostics').to.equal('');
        expect(code, 'exit code').to.equal(0);
      });
    });
  }

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
        const { code, output } = await run('scripts/framework-types.js', ['--manifest', path.join(dir, 'manifest.json'), '--out', path.join(dir, 'types')]);
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
      expect(vue).to.include("  namedType?: string | undefined;");
      expect(vue).to.include("'made-up': MscVueElement<'made-up'>;");
    });
  });
});
