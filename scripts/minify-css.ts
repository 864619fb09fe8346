// A Vite plugin for `npm run build`: minifies the elements' style sheets, the css`…` templates in
// src/, with Lightning CSS (the minifier Vite itself uses for .css files). The JavaScript minifier
// leaves the text of a template as written: comments, indentation and all. A css`…` with a `${…}`
// in it is left as it is (the elements have none).
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Minifies a style sheet; throws on CSS that Lightning CSS cannot parse. */
export function minifyCss(css: string): string {
  return transform({ filename: 'template.css', code: Buffer.from(css), minify: true }).code.toString();
}

/** The text of a template literal that means `text`. */
const asTemplateText = (text: string): string => text.replace(/\\|`|\$\{/g, (special) => `\\${special}`);

export function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      const visit = (node: ts.Node): void => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          node.tag.text === 'css' &&
          ts.isNoSubstitutionTemplateLiteral(node.template)
        ) {
          out.overwrite(node.template.getStart() + 1, node.template.getEnd() - 1, asTemplateText(minifyCss(node.template.text)));
        }
        ts.forEachChild(node, visit);
      };
      visit(ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true));
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
