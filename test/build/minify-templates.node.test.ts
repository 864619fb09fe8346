// The build's template minifier: smaller css`` and html`` text that renders the same.
import { expect } from 'chai';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.js';

/** Runs the plugin's transform as Vite would on a file under src/. */
function transform(code: string): string {
  const plugin = minifyTemplates();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook(code, '/project/src/example.ts')?.code ?? code;
}

describe('minify-templates (build)', () => {
  it('drops comments and the spaces around CSS punctuation', () => {
    expect(minifyCss('/* note */\n  .a > .b ,\n  .c {\n    color : red;\n    margin: 0 !important;\n  }\n')).to.equal('.a>.b,.c{color :red;margin:0!important}');
  });

  it('keeps quoted CSS strings as written', () => {
    expect(minifyCss(".a::before { content: ': , ;  '; }")).to.equal(".a::before{content:': , ;  '}");
  });

  it('keeps one space where HTML had a line break, so words never join', () => {
    expect(minifyHtml('<p>\n    You can\n    walk.\n  </p>\n  <b>Yes</b>')).to.equal('<p> You can walk. </p> <b>Yes</b>');
  });

  it('rewrites css`` and html`` in a module, keeping a space next to each ${…}', () => {
    const out = transform('const s = css`\n  .a {\n    border: ${w}\n      solid red;\n  }\n`;\nconst t = html`\n  <p>\n    ${name}\n    ok\n  </p>\n`;');
    expect(out).to.equal('const s = css`.a{border: ${w} solid red}`;\nconst t = html` <p> ${name} ok </p> `;');
  });

  it("turns static css`` into Lit's unsafeCSS of the same text, imported under its own name", () => {
    const out = transform("import { css } from 'lit';\nexport const s = css`\n  .a {\n    color: red;\n  }\n`;");
    expect(out).to.equal("import { unsafeCSS as staticCss$ } from 'lit';\nimport { css } from 'lit';\nexport const s = staticCss$(`.a{color:red}`);");
  });

  it('leaves other template literals and files outside src/ alone', () => {
    const code = 'const a = `\n  two  spaces\n`; const b = msg(`\n  x\n`);';
    expect(transform(code)).to.equal(code);
    const hook = minifyTemplates().transform as (code: string, id: string) => unknown;
    expect(hook('css`\n  a { }\n`', '/project/node_modules/x/index.ts')).to.equal(null);
  });
});
