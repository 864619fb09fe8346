// `npm run test:wordpress`: the WordPress plugin in a real WordPress (Debian's, 6.1), started here and
// stopped at the end (test/wordpress/server.js). Needs `npm run build` (which builds the plugin's zip).
//   1. the Debian packages (installed with apt as root on Debian, as the browsers are; otherwise one
//      line says how);
//   2. `php -l` on every PHP file, then PHP_CodeSniffer with wordpress/phpcs.xml; the editor
//      script's dependencies as @wordpress/scripts listed them;
//   3. the end-to-end tests in headless Chromium (test/wordpress/e2e.js).
// Ends with one line of totals, "wordpress: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES } from '../test/wordpress/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const missing = () =>
  PACKAGES.filter((p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout !== 'install ok installed');
if (!existsSync('/usr/bin/dpkg-query')) {
  console.error(`test:wordpress needs Debian's packages: ${PACKAGES.join(' ')} (not a Debian system).`);
  process.exit(1);
}
let lacking = missing();
if (lacking.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing Debian packages for the WordPress tests. Install them with: sudo apt-get install -y --no-install-recommends ${lacking.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`=== Installing missing Debian packages with apt-get: ${lacking.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lacking], { stdio: ['ignore', 'inherit', 'inherit'], env })
      .status === 0;
  lacking = missing();
  if (!ok || lacking.length > 0) {
    console.error(`Could not install the Debian packages for the WordPress tests: ${lacking.join(' ') || 'apt-get failed'}.`);
    process.exit(1);
  }
}

const zip = path.join(root, 'dist/wordpress/microsclerotherapy-widgets.zip');
if (!existsSync(zip)) {
  console.error('test:wordpress: dist/wordpress/microsclerotherapy-widgets.zip is missing; run npm run build first.');
  process.exit(1);
}

const results = { passed: 0, failed: 0 };
const record = (ok, name, detail = '') => {
  results[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail.split('\n').join('\n      ')}`}`);
};

// 2. Every PHP file: php -l, then PHP_CodeSniffer.
console.log(`\n=== PHP: php -l and phpcs (${seconds()})`);
const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? phpFiles(full) : full.endsWith('.php') ? [full] : [];
  });
const sources = [...phpFiles(path.join(root, 'wordpress')), ...phpFiles(path.join(root, 'test/wordpress'))];
const built = phpFiles(path.join(root, 'dist/wordpress/microsclerotherapy-widgets'));
const lintFailures = [...sources, ...built].flatMap((file) => {
  const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
  return result.status === 0 ? [] : [`${path.relative(root, file)}: ${result.stdout}${result.stderr}`.trim()];
});
record(lintFailures.length === 0, `php -l: ${sources.length + built.length} PHP files`, lintFailures.join('\n'));
const pluginSources = phpFiles(path.join(root, 'wordpress'));
const phpcs = (files) =>
  spawnSync('phpcs', ['-q', '--report=emacs', `--standard=${path.join(root, 'wordpress/phpcs.xml')}`, ...files], {
    cwd: root,
    encoding: 'utf8',
  });
const clean = phpcs(pluginSources);
record(
  clean.status === 0,
  `phpcs: the plugin's ${pluginSources.length} PHP files (wordpress/phpcs.xml: escaped output, nonces, forbidden functions, syntax)`,
  `${clean.stdout}${clean.stderr}`.trim(),
);
// The rule set is no rubber stamp: it refuses a file with unescaped output and input read without a nonce.
const unsafe = phpcs([path.join(root, 'test/wordpress/fixtures/unsafe.php')]);
const caught = [
  'without a nonce check',
  'Output not escaped: $name',
  'Output not escaped: "<p>$name</p>"',
  'Output not escaped: wp_json_encode',
];
record(
  caught.every((message) => unsafe.stdout.includes(message)),
  'phpcs refuses test/wordpress/fixtures/unsafe.php (unescaped output, no nonce)',
  unsafe.stdout,
);

// The editor script as @wordpress/scripts built it: every `@wordpress/*` package it imports is a
// dependency in its .asset.php, so WordPress loads that package's `wp` global before the script.
const imported = [...readFileSync(path.join(root, 'wordpress/src/editor.ts'), 'utf8').matchAll(/from '@wordpress\/([\w-]+)'/g)].map(
  (m) => `wp-${m[1]}`,
);
const asset = readFileSync(path.join(root, 'dist/wordpress/microsclerotherapy-widgets/assets/editor.asset.php'), 'utf8');
const unlisted = imported.filter((handle) => !asset.includes(`'${handle}'`));
record(
  imported.length > 0 && unlisted.length === 0,
  `editor.asset.php lists the ${imported.length} WordPress packages the editor script imports (${imported.join(', ')})`,
  `not listed: ${unlisted.join(', ')}\n${asset}`,
);

// 3. In WordPress.
console.log(`\n=== WordPress end to end (${seconds()})`);
const { runEndToEnd } = await import('../test/wordpress/e2e.js');
await runEndToEnd({ zip, record, log: (line) => console.log(`    ${line} (${seconds()})`) });

console.log(`\nWordPress tests finished in ${seconds()}.`);
console.log(`wordpress: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
