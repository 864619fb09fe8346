// Checks that the browser engines the tests need are installed (Debian's packages: nothing here
// ever downloads a browser of its own) and, as root on Debian, installs the missing ones with apt.
// No dependencies: usable before `npm ci`. CLI: node scripts/browsers.js [chromium] [firefox] [webkit]
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const WEBKIT_DIRS = ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of `command` on PATH, or undefined. */
export function which(command) {
  if (command.includes('/')) return isExecutable(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return undefined;
}

/** MiniBrowser: $WEBKIT_MINIBROWSER_PATH, else /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser. */
export function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER_PATH) return process.env.WEBKIT_MINIBROWSER_PATH;
  let multiarchDirs = [];
  try {
    multiarchDirs = readdirSync('/usr/lib', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name.includes('-linux-'))
      .map((entry) => path.join('/usr/lib', entry.name));
  } catch {
    // no /usr/lib
  }
  for (const libDir of [...multiarchDirs, '/usr/lib', '/usr/libexec']) {
    for (const webkitDir of WEBKIT_DIRS) {
      const candidate = path.join(libDir, webkitDir, 'MiniBrowser');
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * What each engine lacks. `packages`: Debian packages that would provide it; `problems`: what a
 * package cannot fix (an environment variable pointing at nothing).
 */
function inspect(engines) {
  const packages = new Set();
  const problems = [];
  const hints = new Set();
  const checkPath = (variable, fallback, pkg) => {
    const configured = process.env[variable];
    if (configured) {
      if (!isExecutable(configured)) problems.push(`${variable}=${configured} is not an executable file`);
    } else if (!isExecutable(fallback)) {
      packages.add(pkg);
      hints.add(variable);
    }
  };
  for (const engine of engines) {
    if (engine === 'chromium') {
      checkPath('CHROME_PATH', '/usr/bin/chromium', 'chromium');
      // The stored reference screenshots (test/built/screenshots.test.ts) are drawn in Liberation.
      if (!existsSync('/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf')) packages.add('fonts-liberation');
    } else if (engine === 'firefox') checkPath('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
    else if (engine === 'webkit') {
      const driver = process.env.WEBKIT_WEBDRIVER_PATH;
      if (driver && !isExecutable(driver)) problems.push(`WEBKIT_WEBDRIVER_PATH=${driver} is not an executable file`);
      if (!driver && !which('WebKitWebDriver')) packages.add('webkit2gtk-driver');
      const miniBrowser = process.env.WEBKIT_MINIBROWSER_PATH;
      if (miniBrowser && !isExecutable(miniBrowser)) {
        problems.push(`WEBKIT_MINIBROWSER_PATH=${miniBrowser} is not an executable file`);
      } else if (!findMiniBrowser()) {
        packages.add('webkit2gtk-driver'); // brings libwebkit2gtk-4.1-0, which has MiniBrowser
      }
      if (!process.env.DISPLAY) {
        if (!which('Xvfb')) packages.add('xvfb');
        if (!which('xauth')) packages.add('xauth');
      }
    } else {
      throw new Error(`Unknown browser engine "${engine}" (expected one of: ${ENGINES.join(', ')}).`);
    }
  }
  return { packages: [...packages], problems, hints: [...hints] };
}

/**
 * How every tool of ours starts headless Chromium (tests, Storybook check, bench): Debian's binary,
 * no sandbox as root, and no network but this machine. Even with the background flags, Debian's
 * Chromium looks up Google's hosts at start, so it resolves nothing but localhost.
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      // Chromium's sandbox cannot start as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
    ],
  };
}

const isDebian = () => existsSync('/etc/debian_version');
const isRoot = () => process.getuid?.() === 0;

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Makes sure the given engines can run. Returns true when they can; otherwise prints one line to
 * stderr saying what to do and returns false (the caller exits non-zero).
 * @param {Iterable<'chromium' | 'firefox' | 'webkit'>} engines
 */
export function ensureBrowsers(engines) {
  const wanted = [...new Set(engines)];
  let { packages, problems, hints } = inspect(wanted);
  if (problems.length > 0) {
    console.error(`Cannot run the browser tests: ${problems.join('; ')}.`);
    return false;
  }
  if (packages.length === 0) return true;

  if (isDebian() && isRoot()) {
    console.log(`Installing missing browser engines with apt-get: ${packages.join(' ')}`);
    // --no-install-recommends: checked on a minimal Debian 12; all three engines pass without them.
    const installed = run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
    ({ packages, problems } = inspect(wanted));
    if (installed && packages.length === 0 && problems.length === 0) return true;
    console.error(`Could not install the browser engines (${[...packages, ...problems].join(', ') || 'apt-get failed'}).`);
    return false;
  }

  const orSet = hints.length > 0 ? ` (or set ${hints.join(' / ')})` : '';
  const install = isDebian()
    ? `${isRoot() ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`
    : `your package manager (Debian names: ${packages.join(' ')})`;
  console.error(`Missing browser engines: ${packages.join(', ')}. Install them with: ${install}${orSet}.`);
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const engines = process.argv.slice(2);
  const unknown = engines.filter((engine) => !ENGINES.includes(engine));
  if (unknown.length > 0) {
    console.error(`Unknown browser engine: ${unknown.join(', ')}. Valid: ${ENGINES.join(', ')}.`);
    process.exit(2);
  }
  process.exit(ensureBrowsers(engines.length > 0 ? engines : ENGINES) ? 0 : 1);
}
