// The Subresource Integrity values a clinic pins the script-tag files with: dist/cdn/integrity.json
// (written by the cdn builds, vite.config.ts) against the files themselves, and README.md ("Security":
// the pinned script tags, the import map of the shared files and the tables) and the Storybook Embed
// pages (stories/*.embed.mdx) against dist/cdn/integrity.json, so a value left stale by a change to
// the files fails here, and so does a list of shared files that no longer matches what a widget's
// file imports. After `npm run build`, `npm run integrity` (scripts/integrity.js) rewrites the values.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementTags } from '../src/elements.js';
import { staticClosure } from './support/static-imports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const { targetLocales } = JSON.parse(read('lit-localize.json')) as { targetLocales: string[] };
const cdn = `https://cdn.jsdelivr.net/npm/microsclerotherapy-widgets@${version}/dist/cdn/`;
const refresh = 'run `npm run build`, then `npm run integrity`';

/** The shared files a file of dist/cdn/ imports, directly or not (paths in dist/cdn/, sorted). */
const sharedFilesOf = async (file: string): Promise<string[]> =>
  (await staticClosure(`/${file}`, (name) => Promise.resolve(read(`dist/cdn${name}`)))).map((name) => name.slice(1));

/** Each import map of a document: its `integrity` entries (address -> value), in the order written. */
function importMaps(text: string): Record<string, string>[] {
  return [...text.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    ([, json]) => (JSON.parse(json!) as { integrity?: Record<string, string> }).integrity ?? {},
  );
}

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

  it('dist/cdn/integrity.json holds the sha384 value of each script-tag file: the bundle, the classic loader, each translation, each widget’s own file and the shared files these import', async function () {
    const locales = [...targetLocales].sort();
    const ownFiles = [...elementTags.map((tag) => `${tag}.js`), ...locales.map((locale) => `shared/locales/${locale}.js`)];
    const shared = new Set((await Promise.all(ownFiles.map(sharedFilesOf))).flat());
    const files = [
      'microsclerotherapy-widgets.js',
      'microsclerotherapy-widgets.classic.js',
      ...locales.map((locale) => `locales/${locale}.js`),
      ...elementTags.map((tag) => `${tag}.js`),
      ...[...shared].sort(),
      ...locales.map((locale) => `shared/locales/${locale}.js`),
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

  it("README.md pins the bundle and a translation, and a widget's own file with its translation, each script tag with its file's value, of this version", function () {
    const tags = pinnedTags(read('README.md'));
    expect(tags.map(({ src }) => src.replace(cdn, ''))).to.include.members([
      'microsclerotherapy-widgets.js',
      'locales/de.js',
      'suitability-checker.js',
      'shared/locales/de.js',
    ]);
    for (const { src, integrity: value, crossorigin } of tags) {
      expect(src, 'the address: this version on the CDN').to.satisfy((address: string) => address.startsWith(cdn));
      const file = src.slice(cdn.length);
      expect(integrity, `a file of dist/cdn/integrity.json: ${file}`).to.have.property(file);
      expect(value, `the integrity of ${file} in README.md (${refresh})`).to.equal(integrity[file]);
      expect(crossorigin, `crossorigin of ${file}`).to.equal('anonymous');
    }
  });

  it("README.md pins the shared files of its pinned widget's file and translation in an import map, each with its value", async function () {
    const maps = importMaps(read('README.md'));
    expect(maps, 'one import map').to.have.length(1);
    const shared = [...new Set([...(await sharedFilesOf('suitability-checker.js')), ...(await sharedFilesOf('shared/locales/de.js'))])];
    expect(Object.keys(maps[0]!).sort(), 'the shared files of suitability-checker.js and shared/locales/de.js').to.deep.equal(
      shared.map((file) => `${cdn}${file}`).sort(),
    );
    for (const [address, value] of Object.entries(maps[0]!)) {
      expect(value, `the integrity of ${address} (${refresh})`).to.equal(integrity[address.slice(cdn.length)]);
    }
  });

  it("README.md's table of the shared files each file imports is what each imports", async function () {
    const rows = Object.fromEntries(
      [...read('README.md').matchAll(/^\| `([\w./*-]+\.js)` \| ((?:`shared\/[\w-]+\.js`(?:, )?)+) \|$/gm)].map(
        ([, file, list]): [string, string[]] => [file!, [...list!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).sort()],
      ),
    );
    const expected: Record<string, string[]> = {};
    for (const tag of elementTags) expected[`${tag}.js`] = await sharedFilesOf(`${tag}.js`);
    for (const locale of targetLocales) {
      expect(await sharedFilesOf(`shared/locales/${locale}.js`), locale).to.deep.equal(await sharedFilesOf('shared/locales/de.js'));
    }
    expected['shared/locales/*.js'] = await sharedFilesOf('shared/locales/de.js');
    expect(rows).to.deep.equal(expected);
  });

  for (const page of embedPages) {
    it(`${page} pins its widget's own file, the shared files it imports (an import map) and the bundle, with their values, of this version`, async function () {
      const tag = path.basename(page, '.embed.mdx');
      const text = read(page);
      expect(pinnedTags(text), 'the pinned script tags').to.deep.equal(
        [`${tag}.js`, 'microsclerotherapy-widgets.js'].map((file) => ({
          src: `${cdn}${file}`,
          integrity: integrity[file],
          crossorigin: 'anonymous',
        })),
        `the script tags of ${tag}.js and the bundle (${refresh})`,
      );
      const maps = importMaps(text);
      expect(maps, 'one import map').to.have.length(1);
      const shared = await sharedFilesOf(`${tag}.js`);
      expect(Object.keys(maps[0]!).sort(), `the shared files ${tag}.js imports`).to.deep.equal(
        shared.map((file) => `${cdn}${file}`).sort(),
      );
      for (const [address, value] of Object.entries(maps[0]!)) {
        expect(value, `the integrity of ${address} (${refresh})`).to.equal(integrity[address.slice(cdn.length)]);
      }
    });
  }

  it('README.md and the Embed pages hold no other sha384 value (each is in the table, a pinned tag or an import map)', function () {
    for (const document of ['README.md', ...embedPages]) {
      const text = read(document);
      const known = new Set(Object.values(integrity));
      expect(
        values(text).filter((value) => !known.has(value)),
        `${document} (${refresh})`,
      ).to.deep.equal([]);
      const rows = document === 'README.md' ? Object.keys(integrity).length : 0;
      const mapped = importMaps(text).reduce((count, map) => count + Object.keys(map).length, 0);
      expect(values(text), document).to.have.length(rows + pinnedTags(text).length + mapped);
    }
  });
});
