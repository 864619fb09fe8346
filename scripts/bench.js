// `npm run bench`: sizes of what a page loads, and render time in headless Chromium.
// Sizes (minified, gzip, brotli) of the script-tag bundle, each element's own chunk of the npm build
// (Lit excluded), each locale file and each file the bundle loads on demand, against the budgets;
// `--check` exits 1 when one is over.
// Render time: the five elements from the script-tag bundle against the same content as static HTML
// (their rendered shadow DOM, declarative, no JavaScript), with the CPU slowed 4x like a mid-range
// phone, median of interleaved loads; plus long tasks and layout shift. Timings are reported, never
// asserted. Writes bench/results.json. Run `npm run build` first.
/* global document, window, customElements, requestAnimationFrame -- used in page.evaluate, which runs in the browser */
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const loads = Number(process.env.BENCH_LOADS ?? 15);
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
/**
 * The budgets (KB, brotli): each element, locale and on-demand file 6 KB; the all-in-one bundle 24 KB,
 * as the issues "One way to build an element" and "A page loads only the elements it uses" set it
 * (it was 22 KB; the clinical content review added questions, sections and words).
 */
const budgets = { bundle: 24, element: 6, locale: 6 };
/**
 * Where a budget does not hold yet, `--check` holds that file to its size today instead, so it can
 * only shrink; the table still shows it as over budget. Remove an entry once its budget holds.
 */
const ceilings = {
  // 25.6 KB with the clinic protocol (the leaflet's protocol and its refs, finding and waiting for a
  // page's protocol, plural forms of hands and of times a day): 23.9 KB before it. Open: issue #16's 24 KB.
  'microsclerotherapy-widgets.js': 25.6,
  // 6.07 KB (6,212 bytes) with the protocol's words and the plural forms: 0.07 KB over.
  'pl.js': 6.1,
};
const ceilingOf = (file) => Object.entries(ceilings).find(([name]) => file.split('/').pop().startsWith(name))?.[1];

function size(file) {
  const code = readFileSync(join(root, file));
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, min: kb(code.length), gzip: kb(gzipSync(code, { level: 9 }).length), brotli: kb(brotli) };
}

if (!existsSync(join(root, 'dist/cdn/microsclerotherapy-widgets.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const chunks = (dir, pattern) =>
  readdirSync(join(root, dir))
    .filter((f) => pattern.test(f))
    .map((f) => `${dir}/${f}`);
const tags = ['suitability-checker', 'area-size-guide', 'aftercare-timeline', 'complications-list', 'preparation-checklist'];
const sizes = [
  { kind: 'bundle', budget: budgets.bundle, ...size('dist/cdn/microsclerotherapy-widgets.js') },
  ...tags.flatMap((tag) =>
    chunks('dist/chunks', new RegExp(`^${tag}-[\\w-]+\\.js$`)).map((f) => ({ kind: 'element', budget: budgets.element, ...size(f) })),
  ),
  ...chunks('dist/cdn/locales', /^[\w-]+\.js$/).map((f) => ({ kind: 'locale', budget: budgets.locale, ...size(f) })),
  // Code the bundle loads from beside it when a patient first needs it (the self-check's answers and
  // result, the calendar file, the FHIR output): each held to the budget of an element's own code.
  ...chunks('dist/cdn/chunks', /\.js$/).map((f) => ({ kind: 'on demand', budget: budgets.element, ...size(f) })),
];

// A static file server on loopback for the bench pages and dist/.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  const file = join(root, path.startsWith('/dist/') ? path : join('bench', path));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://localhost:${server.address().port}`; // Chromium resolves nothing but localhost

const browser = await puppeteer.launch(chromiumLaunchOptions());
const chromiumVersion = await browser.version();

/** Builds the static twin of the widgets page: each element's rendered shadow DOM, declaratively. */
async function staticTwin() {
  const page = await browser.newPage();
  await page.goto(`${base}/widgets.html`, { waitUntil: 'load' });
  const html = await page.evaluate(async (names) => {
    await Promise.all(names.map((name) => customElements.whenDefined(name)));
    const elements = [...document.querySelectorAll(names.join(','))];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      const css = [...el.shadowRoot.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      const template = document.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      template.innerHTML = `<style>${css}</style>${el.shadowRoot.innerHTML}`;
      const twin = document.createElement(`${el.localName}-static`);
      twin.append(template);
      el.replaceWith(twin);
    }
    document.querySelector('script[type=module]').remove();
    return `<!doctype html>${document.documentElement.outerHTML}`;
  }, tags);
  await page.close();
  writeFileSync(join(root, 'bench/static.html'), html);
}

/** One load: time from navigation until everything is rendered, long tasks and layout shift. */
async function measure(name) {
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(() => {
    window.__long = [];
    window.__cls = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        if (!e.hadRecentInput) window.__cls += e.value;
      }),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
  const result = await page.evaluate(async (names) => {
    const elements = [...document.querySelectorAll(names.join(','))];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { rendered: performance.now(), longTasks: window.__long, cls: window.__cls };
  }, tags);
  await page.close();
  return result;
}

await staticTwin();
const runs = { widgets: [], static: [] };
for (let i = 0; i < loads; i++) {
  for (const name of i % 2 ? ['static', 'widgets'] : ['widgets', 'static']) runs[name].push(await measure(name));
}
await browser.close();
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timing = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => [
    name,
    {
      medianMs: Math.round(median(list.map((r) => r.rendered))),
      longestTaskMs: Math.round(Math.max(0, ...list.flatMap((r) => r.longTasks))),
      maxCls: Math.max(...list.map((r) => r.cls)),
    },
  ]),
);
const ratio = Math.round((timing.widgets.medianMs / timing.static.medianMs) * 100) / 100;

console.log('\nSizes (KB)                                         min    gzip  brotli  budget');
for (const s of sizes) {
  const over = s.brotli > s.budget ? '  OVER' : '';
  console.log(
    `${s.file.padEnd(48)} ${String(s.min).padStart(6)} ${String(s.gzip).padStart(7)} ${String(s.brotli).padStart(7)} ${String(s.budget).padStart(7)}${over}`,
  );
}
console.log(`\nRender, CPU 4x slower, median of ${loads} interleaved loads:`);
console.log(`  static HTML ${timing.static.medianMs} ms; widgets ${timing.widgets.medianMs} ms; ratio ${ratio} (target 1.3)`);
console.log(
  `  longest task: widgets ${timing.widgets.longestTaskMs} ms (target < 50); layout shift: widgets ${timing.widgets.maxCls} (target 0)`,
);

const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform} ${process.arch}, Node ${process.version}, ${chromiumVersion}`;
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, sizes, timing, ratio }, null, 2)}\n`,
);
const over = sizes.filter((s) => s.brotli > s.budget);
const failing = over.filter((s) => !(ceilingOf(s.file) >= s.brotli));
if (over.length) {
  console.log(
    `\nOver budget: ${over.map((s) => `${s.file} ${s.brotli} KB > ${s.budget} KB${ceilingOf(s.file) ? ` (held at ${ceilingOf(s.file)} KB until it holds)` : ''}`).join('; ')}`,
  );
}
if (check && failing.length) {
  console.error(`Over the limit: ${failing.map((s) => `${s.file} ${s.brotli} KB`).join('; ')}`);
  process.exit(1);
}
