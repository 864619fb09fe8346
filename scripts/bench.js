// `npm run bench`: sizes of what a page loads, and render time in headless Chromium.
// Sizes (minified, gzip, brotli) of the all-in-one script-tag bundle, each element's own script-tag
// file (dist/cdn/<tag>.js) and what a page with that element alone loads (its file and the shared
// files it imports), each element's own chunk of the npm build (Lit excluded), each locale file and
// each file loaded on demand, against the budgets, and for comparison the self-check cherry-picked
// from the npm package into an esbuild application; `--check` checks the sizes only (no browser) and
// exits 1 when one is over.
// Render time, in the same run, of three pages against their static HTML twins (the same content as
// the elements' rendered shadow DOM, declarative, no JavaScript): the self-check alone from its own
// file, the self-check alone from the all-in-one bundle, and all five elements from the bundle; with
// the CPU slowed 4x like a mid-range phone, median and 90th percentile of interleaved loads; plus the
// bytes each page loads, its longest task, total blocking time and layout shift. Timings are reported,
// never asserted. Writes bench/results.json and the table of README "Benchmark". Run `npm run build` first.
/* global document, window, customElements, requestAnimationFrame -- used in page.evaluate, which runs in the browser */
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const loads = Number(process.env.BENCH_LOADS ?? 15);
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
/**
 * The budgets (KB, brotli), as the issues "One way to build an element" and "A page loads only the
 * elements it uses" set them: the all-in-one bundle 24 KB (it was 22 KB; the clinical content review
 * added questions, sections and words); each element's own file 6 KB on top of the shared files it
 * imports, and each element's npm chunk 6 KB; a page with the self-check alone, from its own file, 14
 * KB in all (its file and the shared files); each locale and each file loaded on demand 6 KB.
 */
const budgets = { bundle: 24, element: 6, checkerPage: 14, locale: 6 };
/** What the issues aim at, reported, never enforced: the self-check page at 12 KB or less. */
const targets = { checkerPage: 12, ratio: 1.3, longestTaskVsStatic: 2, cls: 0 };
/**
 * Where a budget does not hold yet, `--check` holds that row to its size today instead, so it can
 * only shrink; the table still shows it as over budget. Remove an entry once its budget holds.
 */
const ceilings = {
  // 25.6 KB with the clinic protocol (the leaflet's protocol and its refs, finding and waiting for a
  // page's protocol, plural forms of hands and of times a day): 23.9 KB before it. 25.4 KB (25,978
  // bytes) since the refs left the runtime (leafletRefs) and reading a page's protocol moved into
  // the on-demand reader. Open: issue #16's 24 KB.
  'dist/cdn/microsclerotherapy-widgets.js': 25.4,
  // 6.07 KB (6,212 bytes) with the protocol's words and the plural forms: 0.07 KB over.
  'dist/cdn/locales/pl.js': 6.1,
  'dist/cdn/shared/locales/pl.js': 6.1,
  // 16.6 KB (16,981 bytes; 16.9 KB before the refs and the reading of a page's protocol left it): Lit
  // is 5.3 KB of it, what every element shares (the base class and styles, the language runtime, the
  // leaflet's protocol, the governance footer) 5.0 KB, and the self-check's own code, with the core's
  // questions and rules, 6.3 KB; loaded as five files. Open: the 14 KB of "A page loads only the
  // elements it uses" needs less code before the first paint, not another split.
  '<suitability-checker> page, its own file': 16.6,
};

/** Minified, gzip and brotli (quality 11) sizes of files, each compressed on its own as a server sends it. */
function size(files) {
  return sizeOf(files.map((file) => readFileSync(join(root, file))));
}
/** The same for files' contents. */
function sizeOf(contents) {
  const sum = (measure) => kb(contents.reduce((total, code) => total + measure(code), 0));
  return {
    min: sum((code) => code.length),
    gzip: sum((code) => gzipSync(code, { level: 9 }).length),
    brotli: sum((code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}

if (!existsSync(join(root, 'dist/cdn/microsclerotherapy-widgets.js')) || !existsSync(join(root, 'dist/cdn/suitability-checker.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const chunks = (dir, pattern) =>
  readdirSync(join(root, dir))
    .filter((f) => pattern.test(f))
    .map((f) => `${dir}/${f}`);
const tags = ['suitability-checker', 'area-size-guide', 'aftercare-timeline', 'complications-list', 'preparation-checklist'];

/** The files a built module imports statically (the `import … from"./x.js"` statements rolldown writes at its top), from the repository root. */
function staticImports(file) {
  const statement = /^import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?["']([^"']+)["'];?\s*/;
  const found = [];
  let rest = readFileSync(join(root, file), 'utf8');
  for (let match = statement.exec(rest); match; match = statement.exec(rest)) {
    found.push(normalize(join(dirname(file), match[1])));
    rest = rest.slice(match[0].length);
  }
  return found;
}
/** A file and every file it imports statically, directly or not: what a page that names it loads before it runs. */
function withImports(file, seen = new Set()) {
  if (!seen.has(file)) {
    seen.add(file);
    for (const next of staticImports(file)) withImports(next, seen);
  }
  return [...seen];
}

/** The shared files some page loads at once (imported by an element's file or a translation); the others are loaded on demand. */
const sharedAtOnce = new Set(
  [...tags.map((tag) => `dist/cdn/${tag}.js`), ...chunks('dist/cdn/shared/locales', /^[\w-]+\.js$/)].flatMap((file) =>
    withImports(file).slice(1),
  ),
);

const row = (kind, name, files, budget) => ({ kind, name, files, budget, ...size(files) });
const sizes = [
  row('bundle', 'dist/cdn/microsclerotherapy-widgets.js', ['dist/cdn/microsclerotherapy-widgets.js'], budgets.bundle),
  ...tags.map((tag) => {
    const files = withImports(`dist/cdn/${tag}.js`);
    return row('element page', `<${tag}> page, its own file`, files, tag === 'suitability-checker' ? budgets.checkerPage : undefined);
  }),
  ...tags.map((tag) => row('element file', `dist/cdn/${tag}.js`, [`dist/cdn/${tag}.js`], budgets.element)),
  // What the elements' files share: no budget of its own (each page that loads it is measured above).
  ...[...sharedAtOnce].sort().map((file) => row('shared', file, [file], undefined)),
  ...tags.flatMap((tag) =>
    chunks('dist/chunks', new RegExp(`^${tag}-[\\w-]+\\.js$`)).map((f) => row('npm element', f, [f], budgets.element)),
  ),
  ...[...chunks('dist/cdn/locales', /^[\w-]+\.js$/), ...chunks('dist/cdn/shared/locales', /^[\w-]+\.js$/)].map((f) =>
    row('locale', f, [f], budgets.locale),
  ),
  // Code loaded from beside the bundle or the elements' files when a patient first needs it (the
  // self-check's answers and result, the calendar file, the FHIR output, the protocol reader): each
  // held to the budget of an element's own code.
  ...[...chunks('dist/cdn/chunks', /\.js$/), ...chunks('dist/cdn/shared', /\.js$/).filter((f) => !sharedAtOnce.has(f))].map((f) =>
    row('on demand', f, [f], budgets.element),
  ),
];

/**
 * The reference the 14 KB budget was set against: `<suitability-checker>` cherry-picked from the npm
 * package into an application bundled with esbuild (Lit inside, code splitting, minified), and what
 * that application loads at start (its entry and the files it imports statically). Reported, no budget.
 */
async function cherryPicked() {
  const { outputFiles, metafile } = await build({
    absWorkingDir: root, // the metafile's paths are relative to it
    stdin: { contents: "import 'microsclerotherapy-widgets/suitability-checker';", resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: join(root, 'bench/esbuild-app'), // nothing is written there (write: false)
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const [entry] = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === '<stdin>') ?? [];
  const atStart = new Set();
  const visit = (file) => {
    if (atStart.has(file)) return;
    atStart.add(file);
    metafile.outputs[file].imports.filter((i) => i.kind === 'import-statement').forEach((i) => visit(i.path));
  };
  visit(entry);
  const contents = outputFiles.filter((file) => atStart.has(relative(root, file.path))).map((file) => file.contents);
  return {
    kind: 'reference',
    name: '<suitability-checker> in an esbuild app',
    files: [...atStart],
    budget: undefined,
    ...sizeOf(contents),
  };
}
sizes.push(await cherryPicked());

console.log('\nSizes (KB)                                              min    gzip  brotli  budget');
for (const s of sizes) {
  const over = s.budget !== undefined && s.brotli > s.budget ? '  OVER' : '';
  const name = s.files.length > 1 ? `${s.name} (${s.files.length} files)` : s.name;
  console.log(
    `${name.padEnd(52)} ${String(s.min).padStart(6)} ${String(s.gzip).padStart(7)} ${String(s.brotli).padStart(7)} ${String(s.budget ?? '-').padStart(7)}${over}`,
  );
}
const over = sizes.filter((s) => s.budget !== undefined && s.brotli > s.budget);
const failing = over.filter((s) => !(ceilings[s.name] >= s.brotli));
if (over.length) {
  console.log(
    `\nOver budget: ${over.map((s) => `${s.name} ${s.brotli} KB > ${s.budget} KB${ceilings[s.name] ? ` (held at ${ceilings[s.name]} KB until it holds)` : ''}`).join('; ')}`,
  );
}
if (check) {
  if (failing.length) {
    console.error(`Over the limit: ${failing.map((s) => `${s.name} ${s.brotli} KB`).join('; ')}`);
    process.exit(1);
  }
  console.log('\nbench --check: every size within its budget or ceiling (no timing run; `npm run bench` times the pages).');
  process.exit(0);
}

// The pages timed, each against its static twin.
const pages = [
  { name: 'checker-element', title: '`<suitability-checker>` alone, its own file' },
  { name: 'checker-bundle', title: '`<suitability-checker>` alone, all-in-one bundle' },
  { name: 'widgets', title: 'all five elements, all-in-one bundle' },
];

// A static file server on loopback for the bench pages and dist/, never cached (each load is a first visit).
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  const file = join(root, path.startsWith('/dist/') ? path : join('bench', path));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://localhost:${server.address().port}`; // Chromium resolves nothing but localhost

const browser = await puppeteer.launch(chromiumLaunchOptions());
const chromiumVersion = await browser.version();

/** Builds the static twin of a page, bench/<name>.static.html: each element's rendered shadow DOM, declaratively. */
async function staticTwin(name) {
  const page = await browser.newPage();
  await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
  const html = await page.evaluate(async (names) => {
    await Promise.all([...document.querySelectorAll(names.join(','))].map((el) => customElements.whenDefined(el.localName)));
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
    for (const script of document.querySelectorAll('script[type=module]')) script.remove();
    return `<!doctype html>${document.documentElement.outerHTML}`;
  }, tags);
  await page.close();
  writeFileSync(join(root, `bench/${name}.static.html`), html);
}

/** One load: time from navigation until everything is rendered, the files loaded, long tasks and layout shift. */
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
    const files = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    return { rendered: performance.now(), longTasks: window.__long, cls: window.__cls, files };
  }, tags);
  await page.close();
  return { ...result, files: [`/${name}.html`, ...result.files] };
}

/** The machine's load (1-minute average) as the timing run starts and ends: other work on it slows every page. */
const load = [loadavg()[0]];
for (const { name } of pages) await staticTwin(name);
const variants = pages.flatMap(({ name }) => [name, `${name}.static`]);
const runs = Object.fromEntries(variants.map((variant) => [variant, []]));
for (let i = 0; i < loads; i++) {
  // Each page next to its twin, in turn first and second, so a busy moment hits both.
  for (const { name } of pages)
    for (const variant of i % 2 ? [`${name}.static`, name] : [name, `${name}.static`]) runs[variant].push(await measure(variant));
}
await browser.close();
server.close();
load.push(loadavg()[0]);

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
/** The 90th percentile (nearest rank). */
const p90 = (values) => sorted(values)[Math.ceil(values.length * 0.9) - 1];
const fileOf = (path) => (path.startsWith('/dist/') ? path.slice(1) : `bench${path}`);
const timing = Object.fromEntries(
  Object.entries(runs).map(([variant, list]) => {
    const files = [...new Set(list[0].files)].map(fileOf);
    const longest = list.map((r) => Math.max(0, ...r.longTasks));
    const blocking = list.map((r) => r.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
    return [
      variant,
      {
        files,
        bytes: size(files),
        scriptBytes: size(files.filter((file) => file.endsWith('.js'))),
        medianMs: Math.round(median(list.map((r) => r.rendered))),
        p90Ms: Math.round(p90(list.map((r) => r.rendered))),
        longestTaskMs: Math.round(median(longest)),
        worstTaskMs: Math.round(Math.max(...longest)),
        totalBlockingMs: Math.round(median(blocking)),
        maxCls: Math.round(Math.max(...list.map((r) => r.cls)) * 10000) / 10000,
      },
    ];
  }),
);
for (const { name } of pages) timing[name].ratio = Math.round((timing[name].medianMs / timing[`${name}.static`].medianMs) * 100) / 100;

const KB = (value) => `${value.toFixed(1)} KB`;
const table = [
  `| page (4x CPU slowdown, ${loads} loads) | bytes (brotli) | render median | p90 | ratio | longest task | total blocking time | CLS |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...pages.flatMap(({ name, title }) => {
    const page = timing[name];
    const twin = timing[`${name}.static`];
    return [
      `| ${title} | ${KB(page.bytes.brotli)} (script ${KB(page.scriptBytes.brotli)}) | ${page.medianMs} ms | ${page.p90Ms} ms | ${page.ratio} | ${page.longestTaskMs} ms | ${page.totalBlockingMs} ms | ${page.maxCls} |`,
      `| its static twin | ${KB(twin.bytes.brotli)} | ${twin.medianMs} ms | ${twin.p90Ms} ms | 1 | ${twin.longestTaskMs} ms | ${twin.totalBlockingMs} ms | ${twin.maxCls} |`,
    ];
  }),
].join('\n');

const checker = timing['checker-element'];
const checkerTwin = timing['checker-element.static'];
const targetLines = [
  `bytes ${KB(checker.scriptBytes.brotli)} of script (target ${targets.checkerPage} KB or less)`,
  `ratio ${checker.ratio} (target ${targets.ratio} or less)`,
  `longest task ${checker.longestTaskMs} ms, ${Math.round((checker.longestTaskMs / Math.max(1, checkerTwin.longestTaskMs)) * 10) / 10}x the static page's ${checkerTwin.longestTaskMs} ms (target under ${targets.longestTaskVsStatic}x)`,
  `CLS ${checker.maxCls} (target ${targets.cls})`,
];
console.log(`\nRender, CPU 4x slower, ${loads} interleaved loads of each page and its static twin:\n${table}`);
console.log(`\nThe self-check from its own file against the targets: ${targetLines.join('; ')}.`);

const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform} ${process.arch}, Node ${process.version}, ${chromiumVersion}, load average ${load.map((value) => value.toFixed(1)).join(' to ')} during the run`;
const date = new Date().toISOString();
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({ date, machine, loads, budgets, targets, sizes, timing }, null, 2)}\n`);

// README "Benchmark": the table of the three pages, between its markers.
const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const [start, end] = ['<!-- bench:pages -->', '<!-- /bench:pages -->'];
if (text.includes(start) && text.includes(end)) {
  const block = `${start}\n${table}\n\n${date.slice(0, 10)}, ${machine}. The self-check from its own file against the targets: ${targetLines.join('; ')}.\n${end}`;
  writeFileSync(readme, text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length));
  console.log('bench: README.md "Benchmark" table updated');
} else {
  console.error(`bench: README.md has no ${start} … ${end} markers; its table was not updated`);
  process.exitCode = 1;
}
