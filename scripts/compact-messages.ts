// A Vite plugin for `npm run build`: shorter translation files. lit-localize keys every translated
// message by a 17-character hash of its English text ('s0fbf6dc6a1966408'), which brotli cannot
// shrink: about 2 KB of every locale file. The build numbers the messages instead (their hashes,
// sorted), writes each locale's `templates` as an array in that order, and passes each `msg()` call
// its number as a second argument; the runtime (src/internal/localization.ts) looks a number up in
// an array. Without the build (tests, `npm start`) and for a locale a clinic adds with `addLocale`
// (keyed by hash) the runtime hashes the text as before. Each built locale module also hands its
// words to the runtime as it runs (localeModuleRan), for pages that load it with a blocking script.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const LOCALE_FILE = /\/src\/generated\/locales\/[\w-]+\.ts$/;

/** Every message id in the generated locale modules of `dir`, sorted: a message's number is its index. */
export function messageIds(dir: string): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    for (const [, id] of readFileSync(path.join(dir, file), 'utf8').matchAll(/^\s*'([sh][0-9a-f]{16})':/gm)) ids.add(id!);
  }
  return [...ids].sort();
}

/** The id lit-localize gives the message written as `node` (a string, a template, or str`…`). */
function idOf(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return generateMsgId(node.text, false);
  if (!ts.isTaggedTemplateExpression(node) || !ts.isIdentifier(node.tag) || !['str', 'html'].includes(node.tag.text)) return undefined;
  const template = node.template;
  const strings = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template.text]
    : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  return generateMsgId(strings, node.tag.text === 'html');
}

/** Adds each `msg()` call's number; returns the new code, how many it numbered, and the messages that have none. */
export function numberMessages(code: string, file: string, index: ReadonlyMap<string, number>) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const out = new MagicString(code);
  const missing: string[] = [];
  let numbered = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [template, options] = node.arguments;
      const id = template && idOf(template);
      const explicitId = options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText() === 'id');
      if (id !== undefined && !explicitId) {
        const number = index.get(id);
        if (number === undefined) missing.push(template!.getText());
        else {
          if (options) out.overwrite(options.getStart(), options.getEnd(), String(number));
          else out.appendLeft(template!.getEnd(), `, ${number}`);
          numbered += 1;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { code: out, numbered, missing };
}

/** Rewrites a generated locale module's `templates` object as an array in message-number order. */
export function localeAsArray(code: string, file: string, index: ReadonlyMap<string, number>): MagicString {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const out = new MagicString(code);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (declaration.name.getText() !== 'templates' || !init || !ts.isObjectLiteralExpression(init)) continue;
      const slots: string[] = [];
      for (const property of init.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) throw new Error(`${file}: unexpected entry ${property.getText()}`);
        const number = index.get(property.name.text);
        if (number === undefined) throw new Error(`${file}: ${property.name.text} is not a known message`);
        slots[number] = property.initializer.getText();
      }
      // Holes (messages this locale lacks) stay empty, so they fall back to en-GB.
      out.overwrite(init.getStart(), init.getEnd(), `[${Array.from({ length: index.size }, (_, i) => slots[i] ?? '').join(',\n')}]`);
    }
  }
  return out;
}

/** The plugin: numbers the messages of the build. `localesDir` holds lit-localize's generated modules. */
export function compactMessages(localesDir = 'src/generated/locales'): Plugin {
  let index: Map<string, number>;
  return {
    name: 'compact-messages',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      index = new Map(messageIds(localesDir).map((id, i) => [id, i]));
    },
    transform(code: string, id: string) {
      if (LOCALE_FILE.test(id)) {
        const out = localeAsArray(code, id, index);
        // The module tells the runtime it ran, so a render-blocking <script> of it serves the first paint.
        const locale = path.basename(id, '.ts');
        out.prepend(`import { localeModuleRan } from '../../internal/localization.js';\n`);
        out.append(`\nlocaleModuleRan(${JSON.stringify(locale)}, templates);\n`);
        return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
      }
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('msg(')) return null;
      const { code: out, missing } = numberMessages(code, id, index);
      // A message without a translation yet still shows (in English); say so, but do not stop the build.
      for (const text of missing) this.warn(`no translation has this message yet: ${text.slice(0, 60)}`);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
