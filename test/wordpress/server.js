// A private WordPress for the plugin's tests: Debian's WordPress (/usr/share/wordpress) with its own
// MariaDB (data directory and socket in a temporary folder, no TCP port), its own wp-content (the
// plugins it installs stay in the temporary folder) and `php -S` on a free port of 127.0.0.1.
// Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php: one file per run, removed
// at the end with everything else.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const WORDPRESS = '/usr/share/wordpress';
const prepend = path.join(here, 'prepend.php');

/** Debian packages the tests need (test/wordpress/README in scripts/test-wordpress.js says how they are installed). */
export const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-mbstring',
  'php-codesniffer',
];

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(what, test, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await test()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts MariaDB and php -S; resolves with { url, php(args), stop() } once WordPress answers. */
export async function startWordPress({ log = () => {} } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'msc-wp-'));
  chmodSync(dir, 0o755);
  const name = `msc-wp-test-${process.pid}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        // Each child leads its own process group (php -S forks its workers): the group is stopped.
        const signal = (name) => {
          try {
            process.kill(-child.pid, name);
          } catch {
            // already gone
          }
        };
        signal('SIGTERM');
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            signal('SIGKILL');
            resolve();
          }, 10000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a private data directory and socket, no network.
    const data = path.join(dir, 'mysql');
    const socket = path.join(dir, 'mysql.sock');
    const install = spawnSync(
      'mariadb-install-db',
      [`--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'],
      {
        encoding: 'utf8',
      },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    const mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${path.join(dir, 'mysql.pid')}`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
        `--log-error=${path.join(dir, 'mysql.err')}`,
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    await waitFor('MariaDB', () => existsSync(socket), 30000);
    const sql = spawnSync(
      'mariadb',
      [
        '--no-defaults',
        '-uroot',
        `--socket=${socket}`,
        '-e',
        "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
      ],
      { encoding: 'utf8' },
    );
    if (sql.status !== 0) throw new Error(`could not create the database: ${sql.stderr}`);
    log(`MariaDB on ${socket}`);

    // wp-content of its own: the theme from Debian's package, plugins and uploads here.
    const content = path.join(dir, 'wp-content');
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(path.join(content, sub), { recursive: true });
    symlinkSync(path.join(WORDPRESS, 'wp-content/themes/twentytwentythree'), path.join(content, 'themes/twentytwentythree'));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      configFile,
      `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${path.join(dir, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
`,
    );
    const env = { ...process.env, WORDPRESS_CONFIG: name, MSC_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' };
    const php = spawn(
      'php',
      [
        '-d',
        `auto_prepend_file=${prepend}`,
        '-d',
        'upload_max_filesize=16M',
        '-d',
        'post_max_size=16M',
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        WORDPRESS,
        path.join(here, 'router.php'),
      ],
      { env, stdio: 'ignore', detached: true },
    );
    children.push(php);
    await waitFor(
      'php -S',
      async () => {
        try {
          await fetch(`${url}/wp-login.php`, { redirect: 'manual' });
          return true;
        } catch {
          return false;
        }
      },
      15000,
    );
    log(`php -S at ${url}`);
    /** Runs test/wordpress/wp.php with php-cli against this site; returns its parsed JSON output. */
    const wp = (...args) => {
      const result = spawnSync('php', ['-d', `auto_prepend_file=${prepend}`, path.join(here, 'wp.php'), ...args], {
        env,
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`wp.php ${args[0]}: ${result.stderr || result.stdout}`);
      return JSON.parse(result.stdout);
    };
    return { url, wp, stop, dir, debugLog: path.join(dir, 'debug.log') };
  } catch (error) {
    await stop();
    throw error;
  }
}
