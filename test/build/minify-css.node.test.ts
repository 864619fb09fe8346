// The build's style sheet minifier (scripts/minify-css.ts): smaller css`` text with the same rules.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css.js';

/** Runs the plugin's transform as Vite would on a file (under src/ unless told). */
function transform(code: string, id = '/project/src/example.ts'): string | undefined {
  const hook = minifyCssTemplates().transform as (code: string, id: string) => { code: string } | null;
  return hook(code, id)?.code;
}

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

describe('minify-css (build)', () => {
  it('drops comments and white space, keeping quoted strings as written', () => {
    expect(minifyCss('/* note */\n  .a > .b ,\n  .c {\n    color : red;\n    margin: 0 !important;\n  }\n')).to.equal(
      '.a>.b,.c{color:red;margin:0!important}',
    );
    expect(minifyCss(".a::before { content: ': , ;  '; }")).to.equal('.a:before{content:": , ;  "}');
  });

  it('rewrites the text of a static css`` in a module, escaped for a template literal', () => {
    const tick = '`';
    const out = transform(`export const s = css${tick}\n  .a::before {\n    content: '\\\\2014 \\${tick}';\n  }\n${tick};`);
    expect(out).to.equal(`export const s = css${tick}.a:before{content:"—\\${tick}"}${tick};`);
  });

  it('leaves a css`` with ${…}, other templates, and files outside src/ as they are', () => {
    const code = 'const a = css`\n  .a { color: ${c}; }\n`; const b = html`\n  <p>\n</p>`; const c = `\n  .a { }\n`;';
    expect(transform(code)).to.equal(undefined);
    expect(transform('const s = css`\n  a { }\n`;', '/project/node_modules/x/index.ts')).to.equal(undefined);
  });

  it("minifies every style sheet of the elements' sources", () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    let sheets = 0;
    for (const name of files) {
      const code = readFileSync(path.join(src, name), 'utf8');
      const count = code.split('css`').length - 1;
      if (count === 0) continue;
      const out = transform(code, path.join(src, name));
      expect(out, name).to.be.a('string');
      const left = [...out!.matchAll(/css`([^`]*)`/g)].map(([, text]) => text ?? '').filter((text) => /\n|\/\*/.test(text));
      expect(
        left.map((text) => text.slice(0, 60)),
        `${name}: a style sheet left as written`,
      ).to.deep.equal([]);
      sheets += count;
    }
    expect(sheets).to.be.at.least(9);
  });
});
