// `npm run test:storybook`: opens the built Storybook (storybook-static/, from `npm run build-storybook`)
// in headless Chromium (Debian's, never a downloaded one) and visits every story of index.json. A story
// fails when Storybook reports an error (render or play function), when its element renders nothing
// (no shadow root content), when anything is logged as a console error or a page error, or when axe-core
// finds an accessibility violation in the story's root. Each element's stories are also visited in every
// language and every theme of the toolbars (Arabic checks right to left). Docs pages (autodocs, Embed,
// Theming) must render without errors. The site is served on the loopback only; nothing else resolves.
/* global window, document, customElements -- the functions passed to page.evaluate run in the page */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './browsers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'storybook-static');
const started = Date.now();

if (!existsSync(path.join(site, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const { entries } = JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');
const docs = Object.values(entries).filter((entry) => entry.type === 'docs');

// The languages and themes of the toolbars: the locales of lit-localize.json, the themes of stories/themes.ts.
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
const themeNames = [...readFileSync(path.join(root, 'stories', 'themes.ts'), 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \{/gm)].map((m) => m[1]);
if (!themeNames.includes('default') || themeNames.length < 4)
  throw new Error(`Could not read the themes from stories/themes.ts: ${themeNames}`);

const tagOf = (entry) => entry.id.split('--')[0].replace(/^elements-/, '');
/** Every story with the toolbars' defaults, then each element's first story in every other language and theme. */
const visits = stories.map((entry) => ({ entry, globals: '' }));
const seen = new Set();
for (const entry of stories) {
  if (seen.has(tagOf(entry))) continue;
  seen.add(tagOf(entry));
  for (const locale of targetLocales.filter((l) => l !== sourceLocale)) visits.push({ entry, globals: `locale:${locale}` });
  for (const theme of themeNames.filter((t) => t !== 'default')) visits.push({ entry, globals: `theme:${theme}` });
}

// The static site on 127.0.0.1, on a free port.
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end(); // Chromium asks for it on its own
    return;
  }
  const file = path.join(site, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  if (!file.startsWith(site + path.sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// Chromium resolves nothing but localhost (--host-resolver-rules below).
const base = `http://localhost:${server.address().port}`;

const browser = await puppeteer.launch(chromiumLaunchOptions());

/** Hooks Storybook's channel as soon as the preview creates it, and records how the render ended. */
function hookChannel() {
  window.__storyOutcome = new Promise((resolve) => {
    let channel;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        value.on('storyRendered', () => resolve({ ok: true }));
        value.on('docsRendered', () => resolve({ ok: true }));
        for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
          value.on(event, (detail) => resolve({ ok: false, event, detail: detail?.message ?? detail?.title ?? JSON.stringify(detail) }));
        }
      },
    });
  });
}

const failures = [];
let violationsTotal = 0;

/** Opens one story (or docs page) and returns what went wrong, if anything. */
async function visit(page, { entry, globals }) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error) => problems.push(`page error: ${error.message}`);
  const onResponse = (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}${globals ? `&globals=${globals}` : ''}`;
    await page.goto(url, { waitUntil: 'load' });
    const outcome = await page.evaluate(() =>
      Promise.race([
        window.__storyOutcome,
        new Promise((resolve) => setTimeout(() => resolve({ ok: false, event: 'timeout (15 s)' }), 15000)),
      ]),
    );
    if (!outcome.ok) {
      problems.push(`Storybook: ${outcome.event}${outcome.detail ? `: ${outcome.detail}` : ''}`);
      return problems;
    }
    if (entry.type === 'docs') {
      const rendered = await page.evaluate(() => {
        const elements = [...document.querySelectorAll('#storybook-docs *')].filter(
          (el) => el.localName.includes('-') && customElements.get(el.localName),
        );
        return {
          elements: elements.length,
          empty: elements.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).length,
          text: document.querySelector('#storybook-docs')?.textContent?.length ?? 0,
        };
      });
      if (rendered.text === 0) problems.push('the docs page is empty');
      if (rendered.empty > 0) problems.push(`${rendered.empty} of ${rendered.elements} elements on the docs page rendered nothing`);
      return problems;
    }
    const tag = tagOf(entry);
    const rendered = await page.evaluate(async (tag) => {
      const element = document.querySelector(`#storybook-root ${tag}`);
      if (!element) return { error: `no <${tag}> in the story` };
      await element.updateComplete;
      if (!element.shadowRoot || element.shadowRoot.childElementCount === 0) return { error: `<${tag}> has no shadow root content` };
      const text = element.shadowRoot.textContent.trim();
      if (text.length < 20) return { error: `<${tag}> shows almost no text: "${text}"` };
      return { dir: element.getAttribute('dir') };
    }, tag);
    if (rendered.error) return [...problems, rendered.error];
    if (globals === 'locale:ar' && rendered.dir !== 'rtl') problems.push(`<${tag}> is not right to left in Arabic (dir=${rendered.dir})`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // The a11y addon runs axe on the story too; axe runs one at a time, so wait for it.
      let result;
      for (let attempt = 0; !result; attempt += 1) {
        try {
          result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        } catch (error) {
          if (attempt > 100 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    });
    violationsTotal += violations.length;
    problems.push(...violations.map((v) => `axe: ${v}`));
    return problems;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
}

const queue = [...visits, ...docs.map((entry) => ({ entry, globals: '' }))];
const total = queue.length;
let done = 0;
async function worker() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.evaluateOnNewDocument(hookChannel);
  for (let job = queue.shift(); job; job = queue.shift()) {
    let problems;
    try {
      problems = await visit(page, job);
    } catch (error) {
      problems = [`test error: ${error.message}`];
    }
    done += 1;
    const name = `${job.entry.title} / ${job.entry.name}${job.globals ? ` [${job.globals}]` : ''}`;
    if (problems.length > 0) {
      failures.push({ name, id: job.entry.id, globals: job.globals, problems });
      console.log(`✗ ${name}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else if (process.env.VERBOSE) console.log(`✓ ${name}`);
  }
  await page.close();
}

try {
  await Promise.all([worker(), worker()]);
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\nStorybook: ${stories.length} stories (${visits.length - stories.length} more visits in other languages and themes) and ${docs.length} docs pages checked in ${seconds} s; ` +
    `${failures.length} failed, ${violationsTotal} axe violation(s).`,
);
if (done !== total) {
  console.error(`Only ${done} of ${total} visits ran.`);
  process.exit(1);
}
process.exit(failures.length > 0 ? 1 : 0);
