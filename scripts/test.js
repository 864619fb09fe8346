// `npm test`: every check, in order, stopping at the first failure with its exit code:
//   browser engines present (installed with apt as root on Debian) -> lint -> build -> Node tests
//   with coverage -> package checks -> every browser group in one web-test-runner process -> the
//   WordPress plugin in a real WordPress (npm run test:wordpress; full runs only).
// `npm test -- --group chromium` (repeatable, or a comma list): only those wtr groups, no lint/build.
// `npm test -- --group chromium --files test/components/x.test.ts`: only those files (comma list) in those groups.
// `npm test -- --browsers-only`: every wtr group, no lint/build.  `--watch`: passed on to wtr.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBrowsers } from './browsers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      group: { type: 'string', multiple: true },
      files: { type: 'string' },
      'browsers-only': { type: 'boolean' },
      watch: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  console.error(
    `${error.message}. Usage: npm test [-- --group <name>[,<name>...]] [--files <glob>[,<glob>...]] [--browsers-only] [--watch]`,
  );
  process.exit(2);
}

// The groups and the engine each needs come from the wtr config itself.
const { groupEngines } = await import('../web-test-runner.config.js');
const validGroups = Object.keys(groupEngines);

if (options.help) {
  console.log(`Usage: npm test [-- --group <name>[,<name>...]] [--files <glob>[,<glob>...]] [--browsers-only] [--watch]
  (no options)     lint, build, Node tests with coverage, package checks, every browser group, then the WordPress plugin in WordPress
  --group <name>   only these browser groups (repeatable or comma-separated): ${validGroups.join(', ')}
  --files <glob>   only these test files in the selected groups (implies --browsers-only)
  --browsers-only  every browser group, without lint/build/Node tests
  --watch          run the browser tests in watch mode (implies --browsers-only unless --group is given)`);
  process.exit(0);
}

const requested = (options.group ?? [])
  .flatMap((g) => g.split(','))
  .map((g) => g.trim())
  .filter(Boolean);
const unknown = requested.filter((g) => !validGroups.includes(g));
if (unknown.length > 0) {
  console.error(`Unknown test group: ${unknown.join(', ')}. Valid groups: ${validGroups.join(', ')}.`);
  process.exit(2);
}
const groups = requested.length > 0 ? [...new Set(requested)] : validGroups;
const browsersOnly = requested.length > 0 || options.files !== undefined || options['browsers-only'] || options.watch;

let current; // the running child, to pass signals on to
/** Runs one step with a one-line heading; resolves with its exit code. */
function step(title, shown, command, args, env = {}) {
  console.log(`\n=== ${title}: ${shown}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    current = child;
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? 128 + (constants.signals[signal] ?? 1));
    });
  });
}

// Ctrl-C reaches the whole process group: let the child (wtr) shut its browsers down, then exit.
// A SIGTERM/SIGHUP sent to us alone goes on to the child as SIGINT, the signal wtr stops cleanly
// on (on SIGTERM puppeteer closes the browsers but wtr keeps going until its sessions fail).
let stopSignal;
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopSignal = signal;
    if (current) current.kill('SIGINT');
    else process.exit(128 + constants.signals[signal]);
  });
}

function finish(code, failedStep) {
  if (stopSignal) code = 128 + constants.signals[stopSignal];
  else if (options.watch && code === 1) {
    // wtr's watch mode always exits 1 when quit; failures were shown while it ran.
    console.log(`\nnpm test: watch mode ended after ${elapsed()}.`);
    process.exit(0);
  }
  if (code === 0) console.log(`\nnpm test: all steps passed in ${elapsed()}.`);
  else console.error(`\nnpm test: "${failedStep}" failed (exit ${code}) after ${elapsed()}.`);
  process.exit(code);
}

// The npm that runs us (npm_execpath), else the one on PATH.
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
const npmRun = (script) => [`npm run ${script}`, npm[0], [...npm[1], 'run', script]];

// 1. The engines the selected groups need (before anything slow, so a missing browser fails fast).
console.log(`=== browsers: checking ${[...new Set(groups.map((g) => groupEngines[g]))].join(', ')}`);
if (!ensureBrowsers(groups.map((g) => groupEngines[g]))) finish(1, 'browsers');

// 2. Lint, build, Node tests, package checks: full runs only.
const steps = browsersOnly
  ? []
  : [
      ['lint', ...npmRun('lint')],
      ['build', ...npmRun('build')],
      ['core tests (Node, coverage)', ...npmRun('test:core')],
      ['package checks', 'node scripts/check-package.js', process.execPath, [path.join(root, 'scripts', 'check-package.js')]],
    ];
for (const [title, shown, command, args] of steps) {
  const code = await step(title, shown, command, args);
  if (code !== 0) finish(code, title);
}

// 3. The browser tests: all selected groups in one wtr process, so they share its server and
//    run side by side. wtr's --group takes a single name; several go through WTR_GROUPS.
const wtrArgs = [];
const env = { WTR_GROUPS: '', WTR_FILES: options.files ?? '' }; // never inherit a filter from the caller's environment
if (groups.length === 1) wtrArgs.push('--group', groups[0]);
else if (groups.length < validGroups.length) env.WTR_GROUPS = groups.join(',');
if (options.watch) wtrArgs.push('--watch');
else if (!process.stdout.isTTY) wtrArgs.push('--static-logging'); // no progress-bar redraws in CI logs
const title = `browser tests (${groups.length === validGroups.length ? 'all groups' : groups.join(', ')})`;
const shown = `${env.WTR_GROUPS ? `WTR_GROUPS=${env.WTR_GROUPS} ` : ''}wtr ${wtrArgs.join(' ')}`.trim();
const wtrBin = path.join(root, 'node_modules', '.bin', 'wtr');
const browserCode = await step(title, shown, process.execPath, [wtrBin, ...wtrArgs], env);
if (browserCode !== 0 || browsersOnly) finish(browserCode, title);

// 4. The WordPress plugin in Debian's WordPress (its packages installed with apt when missing).
finish(await step('WordPress plugin', ...npmRun('test:wordpress')), 'WordPress plugin');
