// A Vite plugin for `npm run build`: shorter translation files. lit-localize keys every translated
// message by a 17-character hash of its English text ('s0fbf6dc6a1966408'), which brotli cannot
// shrink: about 2 KB of every locale file. The build keys each shipped locale by the shortest start
// of those hashes that still tells every message apart ('s0fbf6d'); the runtime
// (src/internal/localization.ts) hashes a message's English as lit-localize does and looks up as
// many characters as the locale's keys have. The elements' code is left as it is, so a page in
// English carries no ids at all, nor the hashing code (src/internal/message-id.ts), which each built
// locale module imports; a locale a clinic adds with `addLocale` keeps its full hashes. Each built
// locale module also hands its words and the hashing to the runtime as it runs (localeModuleRan),
// for pages that load it with a blocking script.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const LOCALE_FILE = /\/src\/generated\/locales\/[\w-]+\.ts$/;

/** Every message id in the generated locale modules of `dir`, sorted. */
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

/** How many characters of the ids tell every message apart (at least 5). */
export function keyLength(ids: readonly string[]): number {
  let length = 5;
  while (new Set(ids.map((id) => id.slice(0, length))).size < ids.length) length += 1;
  return length;
}

/** The ids of the messages of a source module's `msg()` calls, in order, with the text of each. */
export function messagesOf(code: string, file: string): { id: string | undefined; text: string }[] {
  const found: { id: string | undefined; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments[0]) {
      found.push({ id: idOf(node.arguments[0]), text: node.arguments[0].getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true));
  return found;
}

/** The ids of every `msg()` call in the modules under `dir` (lit-localize's generated ones aside). */
export function sourceMessageIds(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.startsWith('generated'))
    .flatMap((name) => {
      const file = path.join(dir, name);
      return messagesOf(readFileSync(file, 'utf8'), file).flatMap((message) => (message.id ? [message.id] : []));
    });
}

/** Rewrites a generated locale module's `templates` keys to their first `length` characters. */
export function localeWithShortKeys(code: string, file: string, length: number): MagicString {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const out = new MagicString(code);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (declaration.name.getText() !== 'templates' || !init || !ts.isObjectLiteralExpression(init)) continue;
      for (const property of init.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) throw new Error(`${file}: unexpected entry ${property.getText()}`);
        out.overwrite(property.name.getStart(), property.name.getEnd(), property.name.text.slice(0, length));
      }
    }
  }
  return out;
}

/** The plugin: short keys for the shipped locales. `localesDir` holds lit-localize's generated modules, `sourcesDir` the `msg()` calls. */
export function compactMessages(localesDir = 'src/generated/locales', sourcesDir = 'src'): Plugin {
  let ids: Set<string>;
  let length: number;
  return {
    name: 'compact-messages',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      ids = new Set(messageIds(localesDir));
      // Keys must tell apart every message of the sources too: a message no locale translates yet
      // must not find another's translation under a shared short key.
      length = keyLength([...new Set([...ids, ...sourceMessageIds(sourcesDir)])]);
    },
    transform(code: string, id: string) {
      if (LOCALE_FILE.test(id)) {
        const out = localeWithShortKeys(code, id, length);
        // The module tells the runtime it ran, so a render-blocking <script> of it serves the first paint.
        const locale = path.basename(id, '.ts');
        // Its `str` comes from our runtime too, not from @lit/localize's main module (which would bring
        // @lit/localize's page-global runtime into the bundle).
        const strImport = /import\s*\{\s*str\s*\}\s*from\s*'@lit\/localize';/.exec(code);
        if (strImport) out.remove(strImport.index, strImport.index + strImport[0].length);
        out.prepend(`import { localeModuleRan${strImport ? ', str' : ''} } from '../../internal/localization.js';\n`);
        // The code that works out message ids comes with the words (the runtime imports it too).
        out.prepend(`import { messageId } from '../../internal/message-id.js';\n`);
        out.append(`\nlocaleModuleRan(${JSON.stringify(locale)}, templates, messageId);\n`);
        return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
      }
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('msg(')) return null;
      // A message without a translation yet still shows (in English); say so, but do not stop the build.
      for (const message of messagesOf(code, id)) {
        if (message.id !== undefined && !ids.has(message.id)) this.warn(`no translation has this message yet: ${message.text.slice(0, 60)}`);
      }
      return null;
    },
  };
}
