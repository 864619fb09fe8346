// `npm run build:wordpress`: the WordPress plugin (wordpress/) as an installable zip,
// dist/wordpress/microsclerotherapy-widgets.zip, with its folder beside it
// (dist/wordpress/microsclerotherapy-widgets/). Needs `npm run build` first (dist/cdn/ and
// custom-elements.json). From the manifest it writes one block.json per element and elements.json
// (each attribute, its type and whether the settings page gives its default); @wordpress/scripts
// builds the editor and settings scripts, each with its .asset.php (the `wp-*` scripts it needs and
// its version); it copies the script-tag files (dist/cdn/, without source maps) into assets/cdn/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { crc32, deflateRawSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slug = 'microsclerotherapy-widgets';
const out = path.join(root, 'dist', 'wordpress');
const plugin = path.join(out, slug);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

for (const needed of ['custom-elements.json', 'dist/cdn/microsclerotherapy-widgets.js']) {
  if (!existsSync(path.join(root, needed))) {
    console.error(`build:wordpress: ${needed} is missing; run npm run build first.`);
    process.exit(1);
  }
}

/** Attributes whose site-wide default the settings page gives (includes/settings.php). */
const SITE_ATTRIBUTES = new Set([
  'clinic-name',
  'booking-url',
  'contact-url',
  'contact-phone',
  'emergency-text',
  'emergency-phone',
  'reviewed-by',
  'reviewed-on',
  'next-review',
]);
/**
 * The `protocol` attribute as a block setting: the block's own protocol as JSON, which the plugin
 * puts on the page beside the element (includes/blocks.php); empty, the site's protocol applies.
 */
const PROTOCOL_SETTING = {
  type: 'protocol',
  label: 'Protocol (JSON)',
  help: "This block's own protocol, checked as the element checks it. Leave empty to use the site's (Settings → Microsclerotherapy widgets).",
};
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const sentence = (name) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('-', ' ');
const plain = (text) => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const { elementTags } = await import('../src/elements.ts');

const elements = elementTags.map((tag) => {
  const declaration = declarations.find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>.`);
  return {
    tag,
    block: `${slug}/${tag}`,
    title: sentence(tag),
    description: plain(declaration.summary),
    attributes: (declaration.attributes ?? []).map((a) => {
      if (a.name === 'protocol') return { name: a.name, key: camel(a.name), ...PROTOCOL_SETTING };
      const type = a.type?.text ?? 'string';
      const values = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      return {
        name: a.name,
        key: camel(a.name),
        type: type === 'boolean' ? 'boolean' : values.length > 0 ? 'select' : 'string',
        ...(values.length > 0 ? { values } : {}),
        label: sentence(a.name),
        help: plain(a.description),
        ...(SITE_ATTRIBUTES.has(a.name) ? { site: true } : {}),
      };
    }),
  };
});

rmSync(out, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
for (const entry of ['microsclerotherapy-widgets.php', 'readme.txt', 'includes']) {
  cpSync(path.join(root, 'wordpress', entry), path.join(plugin, entry), { recursive: true });
}
writeFileSync(path.join(plugin, 'elements.json'), `${JSON.stringify(elements, null, 2)}\n`);
for (const element of elements) {
  const dir = path.join(plugin, 'blocks', element.tag);
  mkdirSync(dir, { recursive: true });
  const blockJson = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: element.block,
    version: pkg.version,
    title: element.title,
    category: 'widgets',
    icon: 'heart',
    description: element.description,
    keywords: ['microsclerotherapy', 'thread veins', 'clinic'],
    textdomain: slug,
    attributes: Object.fromEntries(
      element.attributes.map((a) => [a.key, a.type === 'boolean' ? { type: 'boolean', default: false } : { type: 'string' }]),
    ),
    supports: { html: false },
    editorScript: `${slug}-editor`,
  };
  writeFileSync(path.join(dir, 'block.json'), `${JSON.stringify(blockJson, null, 2)}\n`);
}

// The editor and settings scripts, built by @wordpress/scripts: each `@wordpress/*` import becomes
// WordPress's `wp` global and is listed in the script's .asset.php with the script's version.
const assets = path.join(plugin, 'assets');
const wpScripts = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@wordpress', 'scripts', 'bin', 'wp-scripts.js'),
    'build',
    // The entries, in the source folder (wordpress/src/).
    'editor.ts',
    'settings.ts',
    '--webpack-src-dir=wordpress/src',
    `--output-path=${assets}`,
    '--config=wordpress/webpack.config.cjs',
  ],
  { cwd: root, encoding: 'utf8' },
);
if (wpScripts.status !== 0) {
  console.error(`build:wordpress: wp-scripts build failed:\n${wpScripts.stdout}${wpScripts.stderr}`);
  process.exit(1);
}
cpSync(path.join(root, 'dist', 'cdn'), path.join(assets, 'cdn'), {
  recursive: true,
  filter: (source) => !source.endsWith('.map') && !source.endsWith('integrity.json'),
});

// The zip: the plugin's folder, as Plugins → Add New → Upload expects it.
function filesOf(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesOf(full) : [full];
    });
}
/** A zip of `files` (deflated), with names relative to `base`; no dependency. */
function zip(files, base) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // 1980-01-01 00:00 in DOS time: the same bytes for the same files.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const file of files) {
    const name = Buffer.from(path.relative(base, file).split(path.sep).join('/'));
    const data = readFileSync(file);
    const deflated = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    locals.push(header, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += header.length + name.length + deflated.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
const files = filesOf(plugin);
const archive = zip(files, out);
writeFileSync(path.join(out, `${slug}.zip`), archive);
console.log(`build:wordpress: dist/wordpress/${slug}.zip, ${files.length} files, ${(archive.length / 1024).toFixed(1)} KB`);
