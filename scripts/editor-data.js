// Editors' autocompletion from the Custom Elements Manifest (run by `npm run manifest`, part of
// `npm run build`): VS Code's HTML custom data (vscode.html-custom-data.json; a project adds it to
// `html.customData`) and JetBrains' web-types (web-types.json, found through package.json's
// `web-types` field). Both are shipped in the package.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = read('custom-elements.json');
const pkg = read('package.json');

const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
if (elements.length === 0) throw new Error('custom-elements.json describes no element.');

const docsUrl = `https://www.npmjs.com/package/${pkg.name}`;
const isBoolean = (attribute) => attribute.type?.text === 'boolean';
const describe = (declaration) => [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
const list = (title, items) => (items?.length ? `\n\n**${title}:** ${items.map((i) => `\`${i.name}\``).join(', ')}` : '');

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description:
      describe(element) +
      list('Events', element.events) +
      list('Parts', element.cssParts) +
      list('Custom properties', element.cssProperties),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'Documentation', url: docsUrl }],
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        'doc-url': docsUrl,
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: isBoolean(attribute) ? { type: 'boolean', required: false } : { type: 'string', required: false },
        })),
        js: {
          properties: (element.attributes ?? [])
            .filter((a) => a.fieldName)
            .map((a) => ({ name: a.fieldName, description: a.description ?? '', type: a.type?.text })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        },
        css: {
          properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
};

writeFileSync(path.join(root, 'vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(path.join(root, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data: ${elements.length} elements -> vscode.html-custom-data.json, web-types.json`);
