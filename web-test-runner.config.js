// Browser tests with @web/test-runner, in the browsers Debian ships (never a downloaded one):
// Chromium (puppeteer-core over CDP), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK
// (WebKitWebDriver + MiniBrowser, under Xvfb when there is no display). Every engine is a group,
// so `wtr --group firefox` runs one engine; a plain `wtr` runs every group in one process.
// Node-only tests (*.node.test.ts) never run here; they run under mocha + c8 (npm run test:core).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions as chromiumOptions } from './scripts/browsers.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';
import { embedApps, embedPageBundleLate } from './test/embed/server.js';

const NODE_ONLY = '!test/**/*.node.test.ts';
/** Every browser test but the time-zone ones, for each engine. */
const BROWSER_FILES = ['test/**/*.test.ts', NODE_ONLY, '!test/**/*.tz.test.ts', '!test/built/**'];
/** Tests of the built package in dist/ (`npm test` builds it first; run alone after `npm run build`). */
const BUILT_FILES = ['test/built/**/*.test.ts'];
/**
 * The tests of the built package that every engine runs (groups built-firefox and built-webkit; the
 * built group runs them in Chromium with the rest, which read Chromium's DevTools protocol, compare
 * its screenshots or check what only Chromium does, such as blocking="render").
 */
const BUILT_EVERY_ENGINE = ['test/built/per-element.test.ts'];
/** The core logic plus the time-zone tests, in Chromium with an emulated time zone. */
const TZ_FILES = ['test/core/**/*.test.ts', 'test/**/*.tz.test.ts', NODE_ONLY];
/** `npm test -- --group chromium --files <glob>` (scripts/test.js passes it as WTR_FILES): only these files, for quick local work. */
const only = process.env.WTR_FILES ? [...process.env.WTR_FILES.split(','), NODE_ONLY] : undefined;
const filesOf = (files) => only ?? files;

const TIME_ZONES = {
  'tz-london': 'Europe/London',
  'tz-new-york': 'America/New_York',
  'tz-auckland': 'Pacific/Auckland',
  'tz-kolkata': 'Asia/Kolkata',
};

const chromiumLaunchOptions = chromiumOptions();

// Keep Firefox off the network, on top of what puppeteer's profile already turns off (updates,
// safe browsing, health report, ...). Without them Firefox also looks up _<port>._https.localhost
// (HTTPS records) for every request; the env variable below does the rest.
const firefoxPrefs = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.topsites.contile.enabled': false,
  'datareporting.usage.uploadEnabled': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

/**
 * Every test page in a window of its own. With concurrency > 1, pages opened as tabs of one window
 * are hidden, get no requestAnimationFrame, and fixture()/updateComplete waits time out.
 */
const newWindowPage = ({ browser }) => browser.newPage({ type: 'window' });

/** A launcher's name labels its results, so every group gets its own. */
function named(launcher, name) {
  launcher.name = name;
  return launcher;
}

/** Firefox ESR, driven by puppeteer-core over WebDriver BiDi; `name` labels its results. */
function firefoxLauncher(name) {
  return named(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: firefoxPrefs,
        // Mozilla's own test switch: refuses connections to anything but this machine, and
        // (on ESR, which ignores puppeteer's services.settings.server pref otherwise) stops
        // remote-settings syncs with firefox.settings.services.mozilla.com.
        env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      },
      createPage: newWindowPage,
      // Firefox fires no focus events in a window that is not the focused one, so one page
      // at a time (seen: focus tests fail with 2).
      concurrency: 1,
    }),
    name,
  );
}

function timeZoneGroup(name, timeZone) {
  return {
    name,
    files: filesOf(TZ_FILES),
    browsers: [
      named(
        chromeLauncher({
          launchOptions: chromiumLaunchOptions,
          // Emulated before the page first navigates, so it holds when the test modules load.
          createPage: async ({ browser }) => {
            const page = await newWindowPage({ browser });
            await page.emulateTimezone(timeZone);
            return page;
          },
        }),
        `Chromium ${timeZone}`,
      ),
    ],
    // Tests compare the emulated zone with this, so a lost emulation fails instead of passing
    // silently in the machine's own zone.
    testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head><script>globalThis.__MSC_TEST_TIME_ZONE__ = ${JSON.stringify(timeZone)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  };
}

/** Ends wtr's output with one plain line of totals, e.g. "browsers: 120 passed, 0 failed, 0 skipped". */
function totalsReporter() {
  let totals;
  const count = (suite, acc) => {
    for (const test of suite.tests) {
      if (test.skipped) acc.skipped += 1;
      else if (test.passed) acc.passed += 1;
      else acc.failed += 1;
    }
    for (const child of suite.suites) count(child, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or crashed has no results: count it as a failure.
        else if (!session.passed) totals.failed += 1;
      }
    },
    stop() {
      // Printed at exit so it comes after wtr's own summary (stdout is synchronous on Linux).
      process.once('exit', () => {
        if (totals) console.log(`browsers: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}

const groups = [
  {
    name: 'chromium',
    files: filesOf(BROWSER_FILES),
    browsers: [named(chromeLauncher({ launchOptions: chromiumLaunchOptions, createPage: newWindowPage }), 'Chromium')],
  },
  { name: 'firefox', files: filesOf(BROWSER_FILES), browsers: [firefoxLauncher('Firefox')] },
  { name: 'webkit', files: filesOf(BROWSER_FILES), browsers: [webkitLauncher()] },
  {
    name: 'built',
    files: filesOf(BUILT_FILES),
    browsers: [named(chromeLauncher({ launchOptions: chromiumLaunchOptions, createPage: newWindowPage }), 'Chromium (dist)')],
  },
  { name: 'built-firefox', files: filesOf(BUILT_EVERY_ENGINE), browsers: [firefoxLauncher('Firefox (dist)')] },
  { name: 'built-webkit', files: filesOf(BUILT_EVERY_ENGINE), browsers: [named(webkitLauncher(), 'WebKit (dist)')] },
  ...Object.entries(TIME_ZONES).map(([name, zone]) => timeZoneGroup(name, zone)),
];

// `wtr --group` takes one name; scripts/test.js passes several through WTR_GROUPS=a,b.
const wanted = process.env.WTR_GROUPS?.split(',')
  .map((g) => g.trim())
  .filter(Boolean);
const unknownGroups = wanted?.filter((name) => !groups.some((g) => g.name === name)) ?? [];
if (unknownGroups.length > 0) {
  throw new Error(`WTR_GROUPS: unknown group ${unknownGroups.join(', ')}; valid: ${groups.map((g) => g.name).join(', ')}`);
}

/**
 * The strict Content-Security-Policy the README documents (section "Security"), served with the page
 * test/built/csp.test.ts loads in a frame: the script-tag bundle must work under it with no report.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const cspPage = (ctx, next) => {
  if (ctx.path === '/test/built/fixtures/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
  return next();
};

/**
 * For test/built/offline-calendar.test.ts: the script-tag bundle, also served under /offline/, where
 * the files it loads on demand from beside it cannot be fetched, as when the patient's connection
 * drops after the page loaded. (Their own path, so no cached copy from another test answers.)
 */
const OFFLINE = '/offline/dist/cdn/';
const offlineChunks = (ctx, next) => {
  if (!ctx.path.startsWith(OFFLINE)) return next();
  if (ctx.path !== `${OFFLINE}microsclerotherapy-widgets.js`) {
    ctx.status = 503;
    return undefined;
  }
  ctx.url = ctx.url.replace('/offline', '');
  return next();
};

/**
 * For the Subresource Integrity test of test/built/embed.test.ts: dist/cdn/ as the CDN serves it,
 * under /as-published/dist/cdn/, each file byte for byte (the test server rewrites the JavaScript it
 * serves elsewhere, which no integrity value would match) with jsDelivr's CORS header.
 */
const PUBLISHED = '/as-published/dist/cdn/';
const publishedDir = fileURLToPath(new URL('./dist/cdn/', import.meta.url));
const asPublished = (ctx, next) => {
  if (!ctx.path.startsWith(PUBLISHED)) return next();
  const file = path.join(publishedDir, path.normalize(decodeURIComponent(ctx.path.slice(PUBLISHED.length))));
  if (!file.startsWith(publishedDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = file.endsWith('.js') ? 'text/javascript' : path.extname(file);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = readFileSync(file);
  return undefined;
};

/**
 * `executeServerCommand('msc-cdp', { action })` for test/built/heap.test.ts, Chromium only (DevTools
 * protocol): `heap` collects garbage and returns the JS heap in use; `listeners` the number of event
 * listeners on window and on document.
 */
const cdpPlugin = {
  name: 'msc-cdp',
  async executeCommand({ command, payload, session }) {
    if (command !== 'msc-cdp') return undefined;
    if (session.browser.type !== 'puppeteer') throw new Error('msc-cdp needs Chromium (puppeteer)');
    const client = await session.browser.getPage(session.id).createCDPSession();
    try {
      if (payload.action === 'screenshot') {
        // forced-colors and 200% zoom (a 640 px wide layout drawn at twice the pixels, as a
        // 1280 px window at 200%), then back to normal.
        const features = payload.forcedColors ? [{ name: 'forced-colors', value: 'active' }] : [];
        await client.send('Emulation.setEmulatedMedia', { features });
        if (payload.zoom) {
          await client.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 1000, deviceScaleFactor: 2, mobile: false });
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { data } = await client.send('Page.captureScreenshot', {
          format: 'png',
          clip: { ...payload.clip, scale: 1 },
          captureBeyondViewport: true,
        });
        await client.send('Emulation.setEmulatedMedia', { features: [] });
        await client.send('Emulation.clearDeviceMetricsOverride');
        return data;
      }
      if (payload.action === 'reference') {
        // Stored references: read one, or (UPDATE_SCREENSHOTS=1) write it.
        const file = new URL(`./test/built/references/${payload.name}.png`, import.meta.url);
        if (payload.data && process.env.UPDATE_SCREENSHOTS) {
          mkdirSync(new URL('./test/built/references/', import.meta.url), { recursive: true });
          writeFileSync(file, Buffer.from(payload.data, 'base64'));
        }
        return existsSync(file) ? readFileSync(file).toString('base64') : null;
      }
      if (payload.action === 'heap') {
        for (let i = 0; i < 3; i += 1) await client.send('HeapProfiler.collectGarbage');
        return (await client.send('Runtime.getHeapUsage')).usedSize;
      }
      const count = async (expression) => {
        const { result } = await client.send('Runtime.evaluate', { expression });
        const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        await client.send('Runtime.releaseObject', { objectId: result.objectId });
        return listeners.length;
      };
      return { window: await count('window'), document: await count('document') };
    } finally {
      await client.detach();
    }
  },
};

export default {
  nodeResolve: true,
  middleware: [cspPage, offlineChunks, asPublished, embedPageBundleLate, embedApps],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), cdpPlugin],
  groups: wanted?.length ? groups.filter((g) => wanted.includes(g.name)) : groups,
  // 2 cores: two browsers at a time, two test files at a time in each (Firefox, WebKit: one).
  concurrentBrowsers: 2,
  concurrency: 2,
  // A cold WebKit (Xvfb + driver + MiniBrowser) or Firefox start on a loaded CI machine.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev-mode notice, once per test file and engine, hides the logs that matter.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), totalsReporter()],
};

/** Which browser engine each group needs (scripts/test.js installs or checks only those). */
export const groupEngines = Object.fromEntries(groups.map((g) => [g.name, /(^|-)(firefox|webkit)$/.exec(g.name)?.[2] ?? 'chromium']));
