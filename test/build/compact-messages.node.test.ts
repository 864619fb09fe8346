// The build's short locale keys (scripts/compact-messages.ts) on the real sources and locales: every
// msg() call has words the runtime can hash, the keys tell every message apart, and every locale holds
// under each short key the same translation lit-localize keyed by the whole hash.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { keyLength, localeWithShortKeys, messageIds, messagesOf, sourceMessageIds } from '../../scripts/compact-messages.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const localesDir = path.join(root, 'src/generated/locales');
const ids = messageIds(localesDir);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** How many `msg(…)` calls a module makes. */
function msgCalls(code: string, file: string): number {
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') count += 1;
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true));
  return count;
}

/** The `templates` of a generated locale module, evaluated (its `str` entries as their strings). */
function evaluate(code: string): unknown {
  const start = code.indexOf('export const templates =') + 'export const templates ='.length;
  const literal = code.slice(start).trim().replace(/;\s*$/, '');
  const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strings: [...strings], values });
  return runInNewContext(`(${literal})`, { str });
}

describe('compact-messages (build)', () => {
  const sourceIds = sourceMessageIds(path.join(root, 'src'));
  const length = keyLength([...new Set([...ids, ...sourceIds])]);

  it('finds the messages of every locale and of the sources', () => {
    expect(ids.length).to.be.greaterThan(200);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(sourceIds.length).to.be.greaterThan(200);
  });

  it('gives every msg() call in src/ words it can hash, which every locale translates', () => {
    let calls = 0;
    for (const file of sources(path.join(root, 'src'))) {
      const code = readFileSync(file, 'utf8');
      const messages = messagesOf(code, file);
      expect(messages.length, path.relative(root, file)).to.equal(msgCalls(code, file));
      for (const message of messages) {
        expect(message.id, `${path.relative(root, file)}: ${message.text}`).to.be.a('string');
        expect(ids, `${path.relative(root, file)}: ${message.text}`).to.include(message.id);
      }
      calls += messages.length;
    }
    expect(calls).to.be.greaterThan(200);
  });

  it('keys the locales by the shortest start of the ids that tells every message apart', () => {
    const all = [...new Set([...ids, ...sourceIds])];
    expect(length).to.be.within(5, 17);
    expect(new Set(all.map((id) => id.slice(0, length))).size).to.equal(all.length);
    expect(new Set(all.map((id) => id.slice(0, length - 1))).size).to.be.lessThan(all.length);
  });

  it('writes each locale with the same translation under each short key', () => {
    const locales = readdirSync(localesDir).filter((name) => name.endsWith('.ts'));
    expect(locales).to.include.members(['es.ts', 'fr.ts', 'de.ts', 'pl.ts', 'ar.ts']);
    for (const name of locales) {
      const code = readFileSync(path.join(localesDir, name), 'utf8');
      const byHash = evaluate(code) as Record<string, unknown>;
      const byKey = evaluate(localeWithShortKeys(code, name, length).toString()) as Record<string, unknown>;
      expect(Object.keys(byKey), name).to.have.length(Object.keys(byHash).length);
      for (const [id, translation] of Object.entries(byHash)) expect(byKey[id.slice(0, length)], `${name} ${id}`).to.deep.equal(translation);
    }
  });

  it('hashes plain and str`` messages as lit-localize does, and lengthens keys until they differ', () => {
    const found = messagesOf("msg('Next'); msg(str`Hi ${name}!`, { desc: 'a greeting' }); msg(text);", 'x.ts');
    expect(found.map((m) => m.id)).to.deep.equal([generateMsgId('Next', false), generateMsgId(['Hi ', '!'], false), undefined]);
    expect(keyLength(['s1234567', 's1234589', 's9'])).to.equal(7);
    expect(keyLength(['s1234567', 's9'])).to.equal(5);
  });
});
