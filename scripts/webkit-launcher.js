// WebKit for @web/test-runner without Playwright: Debian's WebKitGTK MiniBrowser driven by
// WebKitWebDriver (package webkit2gtk-driver), over classic WebDriver. MiniBrowser needs an X
// display, so when DISPLAY is unset we start our own Xvfb (without one the session hangs).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findMiniBrowser } from './browsers.js';

function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(1000, () => done(false));
  });
}

/** Keeps the last bytes a child wrote, so a failure can say why. */
function captureTail(stream, limit = 4000) {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk) => {
    text = (text + chunk).slice(-limit);
  });
  return () => text.trim();
}

const isRunning = (child) => !!child && child.exitCode === null && child.signalCode === null;

/**
 * Signals a child started with `detached: true`, i.e. as the leader of its own process group, so
 * that what it started (MiniBrowser and WebKit's helper processes) gets the signal too.
 */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** PIDs of the live (not zombie) children of `pid`, from /proc; empty where there is no /proc. */
function liveChildren(pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const children = [];
  for (const name of entries) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === pid && state !== 'Z') children.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** Waits up to `timeoutMs` for `pid` to have no live children. */
async function waitForChildrenToExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (liveChildren(pid).length > 0 && Date.now() < deadline) await delay(50);
}

/** Resolves when the child has exited (and been reaped), killing it with SIGKILL after `graceMs`. */
function terminate(child, graceMs = 3000) {
  if (!isRunning(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

/** Starts Xvfb on the first free display; resolves with ':N' once the server is ready. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it accepts clients.
    const child = spawn(
      'Xvfb',
      ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'],
      // detached: its own process group, so a Ctrl-C in the terminal reaches only wtr, which
      // then shuts it down in order.
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true },
    );
    const stderr = captureTail(child.stderr);
    let output = '';
    const fail = (message) => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
      reject(new Error(`${message}${stderr() ? `\n${stderr()}` : ''}`));
    };
    const timer = setTimeout(() => fail('Xvfb did not report a display within 15 s.'), 15000);
    child.once('error', (error) => fail(`Could not start Xvfb (${error.message}). Install it: apt-get install -y xvfb xauth`));
    child.once('exit', (code, signal) => fail(`Xvfb exited early (code ${code}, signal ${signal}).`));
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (chunk) => {
      output += chunk;
      const match = /^(\d+)\n/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.stdio[3].destroy();
        resolve({ child, display: `:${match[1]}` });
      }
    });
  });
}

export class WebKitLauncher extends WebdriverLauncher {
  /**
   * @param {{ driverPath?: string, miniBrowserPath?: string, startTimeout?: number }} [options]
   */
  constructor({ driverPath, miniBrowserPath, startTimeout = 30000 } = {}) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver rejects the session if webdriverio asks for WebDriver BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath ?? findMiniBrowser() ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
    this.driverPath = driverPath ?? process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver';
    this.startTimeout = startTimeout;
    /** One page per browser: the scheduler reads this, the WebDriver session runs files one by one. */
    this.concurrency = 1;
    this.xvfb = undefined;
    this.driverProcess = undefined;
    this.onProcessExit = () => {
      // Last resort (an error, Ctrl-C, process.exit in watch mode): never leave the driver,
      // MiniBrowser or Xvfb behind. Only synchronous work is possible here.
      for (const child of [this.driverProcess, this.xvfb]) {
        if (isRunning(child)) signalGroup(child, 'SIGKILL');
      }
    };
    this.onSignal = (signal) => {
      this.onProcessExit();
      // If nobody else (puppeteer, wtr) handles this signal, die of it as Node would have.
      process.removeListener(signal, this.onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
  }

  async initialize(config, testFiles) {
    // With concurrency > 1 the base class would run test files in iframes of one page; we want
    // each file in the top-level page, as in the other engines.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    process.once('exit', this.onProcessExit);
    process.once('SIGTERM', this.onSignal);
    process.once('SIGHUP', this.onSignal);
    try {
      const env = { ...process.env, NO_AT_BRIDGE: '1', GDK_BACKEND: 'x11' };
      if (!env.DISPLAY) {
        const { child, display } = await startXvfb();
        this.xvfb = child;
        env.DISPLAY = display;
      }
      const port = await getFreePort();
      this.options.port = port;
      const driver = spawn(this.driverPath, [`--port=${port}`, '--host=local'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      this.driverProcess = driver;
      const driverOut = captureTail(driver.stdout);
      const driverErr = captureTail(driver.stderr);
      const tail = () => [driverOut(), driverErr()].filter(Boolean).join('\n');
      let spawnError;
      driver.once('error', (error) => {
        spawnError = error;
      });
      const deadline = Date.now() + this.startTimeout;
      for (;;) {
        if (spawnError) {
          throw new Error(`Could not start ${this.driverPath} (${spawnError.message}). Install it: apt-get install -y webkit2gtk-driver`);
        }
        if (driver.exitCode !== null || driver.signalCode !== null) {
          throw new Error(`${this.driverPath} exited early (code ${driver.exitCode}).\n${tail()}`);
        }
        if (await canConnect(port)) break;
        if (Date.now() > deadline) {
          throw new Error(`${this.driverPath} did not accept connections on port ${port} within ${this.startTimeout} ms.\n${tail()}`);
        }
        await delay(100);
      }
    } catch (error) {
      await this.killChildren();
      throw error;
    }
  }

  async killChildren() {
    const driver = this.driverProcess;
    const xvfb = this.xvfb;
    this.driverProcess = undefined;
    this.xvfb = undefined;
    // Give MiniBrowser (closing after the session was deleted) time to exit while the driver is
    // still there to reap it, then stop the driver's process group, then the display.
    if (isRunning(driver)) await waitForChildrenToExit(driver.pid, 3000);
    await terminate(driver);
    await terminate(xvfb);
    process.removeListener('exit', this.onProcessExit);
    process.removeListener('SIGTERM', this.onSignal);
    process.removeListener('SIGHUP', this.onSignal);
  }

  async stop() {
    try {
      await super.stop(); // deletes the WebDriver session: MiniBrowser quits
    } finally {
      await this.killChildren();
    }
  }
}

export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
