// The Subresource Integrity values a clinic pins the script-tag files with: dist/cdn/integrity.json
// (written by the cdn build, vite.config.ts) against the files themselves, and README.md ("Security":
// the pinned script tags and the table) and the Storybook Embed pages (stories/*.embed.mdx) against
// dist/cdn/integrity.json, so a value left stale by a change to the bundle fails here. After
// `npm run build`, `npm run integrity` (scripts/integrity.js) rewrites the values.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const { targetLocales } = JSON.parse(read('lit-localize.json')) as { targetLocales: string[] };
const cdn = `https://cdn.jsdelivr.net/npm/microsclerotherapy-widgets@${version}/dist/cdn/`;
const refresh = 'run `npm run build`, then `npm run integrity`';

/** Every script tag with an `integrity` attribute in a document: its file in dist/cdn/ (by address) and its attributes. */
function pinnedTags(text: string): { src: string; integrity: string; crossorigin: string | undefined }[] {
  return [...text.matchAll(/<script\b[^>]*\bintegrity="[^"]*"[^>]*>/g)].map(([tag]) => {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return { src: attribute('src') ?? '', integrity: attribute('integrity') ?? '', crossorigin: attribute('crossorigin') };
  });
}
const values = (text: string): string[] => [...text.matchAll(/sha384-[A-Za-z0-9+/]+={0,2}/g)].map(([value]) => value);

describe('Subresource Integrity values (dist/cdn/integrity.json, README.md, stories/*.embed.mdx)', function () {
  let integrity: Record<string, string> = {};
  const embedPages = readdirSync(path.join(root, 'stories'))
    .filter((file) => file.endsWith('.embed.mdx'))
    .map((file) => `stories/${file}`);

  before(function () {
    expect(existsSync(path.join(root, 'dist/cdn/integrity.json')), 'dist/cdn/integrity.json is missing: run `npm run build`').to.equal(
      true,
    );
    integrity = JSON.parse(read('dist/cdn/integrity.json')) as Record<string, string>;
  });

  it('dist/cdn/integrity.json holds the sha384 value of each script-tag file: the bundle, the classic loader, each translation', function () {
    const files = [
      'microsclerotherapy-widgets.js',
      'microsclerotherapy-widgets.classic.js',
      ...[...targetLocales].sort().map((locale) => `locales/${locale}.js`),
    ];
    expect(Object.keys(integrity)).to.deep.equal(files);
    for (const file of files) {
      const digest = createHash('sha384')
        .update(readFileSync(path.join(root, 'dist/cdn', file)))
        .digest('base64');
      expect(integrity[file], file).to.equal(`sha384-${digest}`);
    }
  });

  it('README.md lists the value of every file of dist/cdn/integrity.json in its table', function () {
    const rows = [...read('README.md').matchAll(/^\| `([\w./-]+\.js)` \| `(sha384-[^`]*)` \|$/gm)];
    expect(Object.fromEntries(rows.map(([, file, value]) => [file, value])), `README.md's table (${refresh})`).to.deep.equal(integrity);
  });

  it("README.md pins the bundle and a translation, each script tag with its file's value, of this version", function () {
    const tags = pinnedTags(read('README.md'));
    expect(tags.map(({ src }) => src.replace(cdn, ''))).to.include.members(['microsclerotherapy-widgets.js', 'locales/de.js']);
    for (const { src, integrity: value, crossorigin } of tags) {
      expect(src, 'the address: this version on the CDN').to.satisfy((address: string) => address.startsWith(cdn));
      const file = src.slice(cdn.length);
      expect(integrity, `a file of dist/cdn/integrity.json: ${file}`).to.have.property(file);
      expect(value, `the integrity of ${file} in README.md (${refresh})`).to.equal(integrity[file]);
      expect(crossorigin, `crossorigin of ${file}`).to.equal('anonymous');
    }
  });

  for (const page of embedPages) {
    it(`${page} pins the bundle with its value, of this version`, function () {
      const tags = pinnedTags(read(page));
      expect(tags, 'one pinned script tag').to.have.length(1);
      expect(tags[0]).to.deep.equal(
        { src: `${cdn}microsclerotherapy-widgets.js`, integrity: integrity['microsclerotherapy-widgets.js'], crossorigin: 'anonymous' },
        `the bundle's script tag (${refresh})`,
      );
    });
  }

  it('README.md and the Embed pages hold no other sha384 value (each is in the table or a pinned tag)', function () {
    for (const document of ['README.md', ...embedPages]) {
      const text = read(document);
      const known = new Set(Object.values(integrity));
      expect(
        values(text).filter((value) => !known.has(value)),
        `${document} (${refresh})`,
      ).to.deep.equal([]);
      const rows = document === 'README.md' ? Object.keys(integrity).length : 0;
      expect(values(text), document).to.have.length(rows + pinnedTags(text).length);
    }
  });
});
