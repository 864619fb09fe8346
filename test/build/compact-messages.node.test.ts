// The build's shipped locale modules (scripts/compact-messages.ts), on the real generated modules:
// each holds under each short key the same translation lit-localize keyed by the whole id (a message
// with its own id, such as `hands-few`, keeps it), the keys tell every message apart, and each module registers its words with the runtime, with
// the code that finds a message among them.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { compactLocale } from '../../scripts/compact-messages.js';
import { SHORT_ID_LENGTH } from '../../src/internal/message-id.js';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/generated/locales');
const locales = readdirSync(localesDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => path.basename(name, '.ts'));
const codeOf = (locale: string) => readFileSync(path.join(localesDir, `${locale}.ts`), 'utf8');

/** The `templates` of a locale module, evaluated (its `str` entries as their strings and values). */
function evaluate(code: string): Record<string, unknown> {
  const start = code.indexOf('export const templates =') + 'export const templates ='.length;
  const end = code.indexOf('};', start) + 1;
  const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strings: [...strings], values });
  return runInNewContext(`(${code.slice(start, end)})`, { str }) as Record<string, unknown>;
}

/** The key a message has in a built locale: a hash id shortened, a message's own id (`hands-few`) as written. */
const keyOf = (id: string) => (/^[sh][0-9a-f]{16}$/.test(id) ? id.slice(0, SHORT_ID_LENGTH) : id);

describe('compact-messages (build)', () => {
  it('finds every shipped locale module', () => {
    expect(locales).to.include.members(['es', 'fr', 'de', 'pl', 'ar']);
  });

  it('keeps every message of every locale apart with keys of SHORT_ID_LENGTH characters', () => {
    const ids = new Set(locales.flatMap((locale) => Object.keys(evaluate(codeOf(locale)))));
    expect(ids.size).to.be.greaterThan(200);
    expect(
      [...ids].some((id) => keyOf(id) !== id && keyOf(id).length === SHORT_ID_LENGTH),
      'hash ids shortened',
    ).to.equal(true);
    expect(new Set([...ids].map(keyOf)).size).to.equal(ids.size);
  });

  for (const locale of ['es', 'fr', 'de', 'pl', 'ar']) {
    it(`writes ${locale} with the same translation under each short key, registering it as it runs`, () => {
      const code = codeOf(locale);
      const built = compactLocale(code, locale).toString();
      const byId = evaluate(code);
      const byKey = evaluate(built);
      expect(Object.keys(byKey)).to.have.length(Object.keys(byId).length);
      for (const [id, translation] of Object.entries(byId)) expect(byKey[keyOf(id)], id).to.deep.equal(translation);
      expect(built).to.include("import { localeModuleRan } from '../../internal/localization.js';");
      expect(built).to.include("import { findMessage } from '../../internal/message-id.js';");
      expect(built.trimEnd().endsWith(`localeModuleRan("${locale}", templates, findMessage);`)).to.equal(true);
    });
  }

  it('stops when two messages would share a key, or when it finds no message', () => {
    const module = (...ids: string[]) => `export const templates = {\n${ids.map((id) => `'${id}': \`x\`,`).join('\n')}\n};\n`;
    expect(() => compactLocale(module('s0123456789abcdef', 's0123ffffffffffff'), 'xx')).to.throw(/share the key s0123/);
    expect(compactLocale(module('s0123456789abcdef', 's0124ffffffffffff'), 'xx').toString()).to.include("'s0124': `x`");
    expect(() => compactLocale('export const templates = {};', 'xx')).to.throw(/no message/);
  });
});
