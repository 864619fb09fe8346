// The build's message numbering (scripts/compact-messages.ts) on the real sources and locales: every
// msg() call gets the number of its message, and every locale's array holds, at that number, the
// same translation lit-localize keyed by hash.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { localeAsArray, messageIds, numberMessages } from '../../scripts/compact-messages.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const localesDir = path.join(root, 'src/generated/locales');
const ids = messageIds(localesDir);
const index = new Map(ids.map((id, i) => [id, i]));

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
  it('numbers the messages of every locale', () => {
    expect(ids.length).to.be.greaterThan(200);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('gives every msg() call in src/ its number, and no call is left without one', () => {
    let calls = 0;
    for (const file of sources(path.join(root, 'src'))) {
      const code = readFileSync(file, 'utf8');
      const { numbered, missing } = numberMessages(code, file, index);
      expect(missing, path.relative(root, file)).to.deep.equal([]);
      const before = msgCalls(code, file);
      expect(numbered, path.relative(root, file)).to.equal(before);
      calls += before;
    }
    expect(calls).to.be.greaterThan(200);
  });

  it('writes each locale as an array holding the same translation at each message number', () => {
    const locales = readdirSync(localesDir).filter((name) => name.endsWith('.ts'));
    expect(locales).to.include.members(['es.ts', 'fr.ts', 'de.ts', 'pl.ts', 'ar.ts']);
    for (const name of locales) {
      const code = readFileSync(path.join(localesDir, name), 'utf8');
      const byHash = evaluate(code) as Record<string, unknown>;
      const byNumber = evaluate(localeAsArray(code, name, index).toString()) as unknown[];
      expect(byNumber, name).to.be.an('array').with.length(ids.length);
      for (const [i, id] of ids.entries()) expect(byNumber[i], `${name} ${id}`).to.deep.equal(byHash[id]);
    }
  });

  it('numbers plain and str`` messages, replaces an options object, and reports unknown ones', () => {
    const local = new Map([
      [generateMsgId('Next', false), 7],
      [generateMsgId(['Hi ', '!'], false), 8],
    ]);
    const { code, missing } = numberMessages("msg('Next'); msg(str`Hi ${name}!`, { desc: 'a greeting' }); msg('Unknown');", 'x.ts', local);
    expect(code.toString()).to.equal("msg('Next', 7); msg(str`Hi ${name}!`, 8); msg('Unknown');");
    expect(missing).to.deep.equal(["'Unknown'"]);
  });
});
