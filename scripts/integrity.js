// `npm run integrity` (after `npm run build`): copies the Subresource Integrity values of
// dist/cdn/integrity.json (written by the cdn build, vite.config.ts) into README.md and the Storybook
// Embed pages (stories/*.embed.mdx). A line that names one file of integrity.json (`/dist/cdn/<file>"`
// in a script or modulepreload tag, `` `<file>` `` in a table) and holds a `sha384-…` value gets that
// file's value; nothing else changes. test/integrity.node.test.ts fails while a value there differs from integrity.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const json = path.join(root, 'dist/cdn/integrity.json');
if (!existsSync(json)) {
  console.error('dist/cdn/integrity.json is missing: run `npm run build` first.');
  process.exit(1);
}
const integrity = JSON.parse(readFileSync(json, 'utf8'));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = Object.keys(integrity).map((file) => ({ file, pattern: new RegExp(`(?:/dist/cdn/${escape(file)}"|\`${escape(file)}\`)`) }));
const value = /sha384-[A-Za-z0-9+/]+={0,2}/;
const values = new RegExp(value.source, 'g');

const documents = [
  'README.md',
  ...readdirSync(path.join(root, 'stories'))
    .filter((f) => f.endsWith('.embed.mdx'))
    .map((f) => `stories/${f}`),
];
let changed = 0;
for (const document of documents) {
  const file = path.join(root, document);
  const before = readFileSync(file, 'utf8');
  const after = before
    .split('\n')
    .map((line, index) => {
      if (!value.test(line)) return line;
      const named = names.filter(({ pattern }) => pattern.test(line));
      if (named.length !== 1)
        throw new Error(`${document}:${index + 1}: a sha384 value on a line that names ${named.length} files of integrity.json`);
      return line.replace(values, integrity[named[0].file]);
    })
    .join('\n');
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
    console.log(`integrity: updated ${document}`);
  }
}
console.log(`integrity: ${changed === 0 ? 'every value was already' : `${changed} file(s) now`} as in dist/cdn/integrity.json`);
