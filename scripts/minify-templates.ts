// A Vite plugin for `npm run build`: minifies the text of Lit's css`` and html`` templates in our own
// sources, which the JavaScript minifier leaves as written. CSS loses comments and the spaces around
// `{ } ; , >` and after `:`; HTML loses the line breaks and indentation between tags (any run of white space with a
// line break becomes one space, so the text a patient reads keeps its spaces). The edges next to a
// `${…}` are only ever shortened to one space, never removed, so no two tokens are joined. A css``
// without `${…}` becomes Lit's unsafeCSS of its text: the same CSSResult, without css``'s code.
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Minifies CSS text; quoted strings (`content: ': '`) are kept as written. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** Turns every run of white space with a line break into one space. */
export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Rewrites one literal piece of a template; a piece next to a `${…}` keeps one space there.
 */
function piece(raw: string, minify: (text: string) => string, before: boolean, after: boolean): string {
  let out = minify(raw);
  if (before && /^\s/.test(raw) && !out.startsWith(' ')) out = ` ${out}`;
  if (after && /\s$/.test(raw) && !out.endsWith(' ')) out = `${out} `;
  return out;
}

/** The local name of Lit's unsafeCSS in a module whose static css`` templates the build rewrote. */
const STATIC_CSS = 'staticCss$';

/** Minifies css`` and html`` template text in the files under src/ (build only). */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      let staticCss = false as boolean; // set while visiting
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html'].includes(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const template = node.template;
          if (node.tag.text === 'css' && ts.isNoSubstitutionTemplateLiteral(template)) {
            // Static CSS needs none of css``'s checks of interpolated values: Lit's unsafeCSS makes the
            // same CSSResult, and the bundle can leave css`` (and its error text) out.
            out.overwrite(node.tag.getStart(), node.tag.getEnd(), `${STATIC_CSS}(`);
            out.appendLeft(template.getEnd(), ')');
            staticCss = true;
          }
          const ranges: [number, number][] = ts.isNoSubstitutionTemplateLiteral(template)
            ? [[template.getStart() + 1, template.getEnd() - 1]]
            : [
                [template.head.getStart() + 1, template.head.getEnd() - 2],
                ...template.templateSpans.map((span): [number, number] => [span.literal.getStart() + 1, span.literal.getEnd() - (ts.isTemplateTail(span.literal) ? 1 : 2)]),
              ];
          ranges.forEach(([start, end], i) => {
            if (end <= start) return;
            const raw = code.slice(start, end);
            const text = piece(raw, minify, i > 0, i < ranges.length - 1);
            if (text !== raw) out.overwrite(start, end, text);
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (staticCss) out.prepend(`import { unsafeCSS as ${STATIC_CSS} } from 'lit';\n`);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
