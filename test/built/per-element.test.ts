/**
 * The per-element script-tag files (dist/cdn/<tag>.js, README "Where clinics embed"), each on a page
 * of its own in a frame, as a clinic's page loads them, in Chromium (group built), Firefox
 * (built-firefox) and WebKit (built-webkit): a page loads its elements' files and the shared files
 * they import, and no other element's code; two elements' files, or one file twice, register each
 * element once with one Lit; a page in another language gets its words from the translations in
 * shared/locales/ (from the first frame that shows the element when the page loads its translation
 * with a script); and a page that pins the files as README "Security" shows (each shared file's
 * integrity value in an import map) runs them, and runs nothing when a shared file's value does not
 * match. (blocking="render" and layout shift, which only Chromium can show: embed.test.ts.)
 *
 * The files come byte for byte and never from a cache (/as-published/, web-test-runner.config.js), so
 * every page fetches each file it needs and its resource timing lists them.
 */
import { expect } from '@open-wc/testing';
import { elementTags as TAGS } from '../../src/elements.js';
import { openFrame } from '../support/frame.js';
import { staticClosure } from '../support/static-imports.js';

const CDN = '/as-published/dist/cdn/';
const CDN_ADDRESS = 'https://cdn.jsdelivr.net/npm/microsclerotherapy-widgets@';

/** An element of the library (`updateComplete` once it is defined). */
type Host = HTMLElement & { updateComplete?: Promise<unknown>; readonly shadowRoot: ShadowRoot };

interface PageWindow extends Window {
  readonly customElements: CustomElementRegistry;
  /** Every console message and error of the page, from its start (PROBE). */
  readonly mscNotes: string[];
  /** Each heading text the elements showed, in the order frames first showed them (PROBE). */
  readonly mscHeadings: string[];
  readonly mscExports?: string[];
  readonly litElementVersions?: string[];
  readonly litHtmlVersions?: string[];
  readonly reactiveElementVersions?: string[];
}

interface Page {
  readonly frame: HTMLIFrameElement;
  readonly win: PageWindow;
  readonly elements: Host[];
}

/**
 * Test instrumentation, first in each page's head: records console messages and errors, and, each
 * frame until the page has loaded and shows a heading, the elements' headings (what a paint shows).
 */
const PROBE = `<script>
  window.mscNotes = [];
  for (const method of ['error', 'warn', 'info', 'log']) {
    const original = console[method].bind(console);
    console[method] = (...args) => { mscNotes.push(method + ': ' + args.join(' ')); original(...args); };
  }
  addEventListener('error', (event) => mscNotes.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => mscNotes.push('unhandled rejection: ' + event.reason));
  window.mscHeadings = [];
  const until = performance.now() + 10000;
  const sample = () => {
    for (const element of document.querySelectorAll(${JSON.stringify(TAGS.join(','))})) {
      const text = element.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim();
      if (text && !mscHeadings.includes(text)) mscHeadings.push(text);
    }
    if (performance.now() < until && (document.readyState !== 'complete' || mscHeadings.length === 0)) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
</script>`;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const frames = (win: Window, count: number): Promise<void> =>
  count === 0 ? Promise.resolve() : new Promise((resolve) => win.requestAnimationFrame(() => void frames(win, count - 1).then(resolve)));

/** A page with this head and body in a frame, once its elements are defined (or 3 s later), rendered and painted. */
async function open(head: string, body: string, lang = 'en-GB'): Promise<Page> {
  const frame = await openFrame({ srcdoc: `<!doctype html><html lang="${lang}"><head>${PROBE}${head}</head><body>${body}</body></html>` });
  const win = frame.contentWindow as unknown as PageWindow;
  const elements = [...frame.contentDocument!.querySelectorAll<Host>(TAGS.join(','))];
  await Promise.race([Promise.all(elements.map((element) => win.customElements.whenDefined(element.localName))), pause(3000)]);
  await Promise.all(elements.map((element) => element.updateComplete ?? Promise.resolve()));
  await frames(win, 2);
  return { frame, win, elements };
}

/** The files of dist/cdn/ a page fetched (as paths in dist/cdn/), in the order it fetched them. */
function fetched(win: PageWindow): string[] {
  const prefix = `${location.origin}${CDN}`;
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length));
}

const read = async (file: string): Promise<string> => (await fetch(file)).text();
/** The shared files a file of dist/cdn/ imports statically (paths in dist/cdn/). */
const importsOf = async (file: string): Promise<string[]> =>
  (await staticClosure(`${CDN}${file}`, read)).map((path) => path.slice(CDN.length));
/** The source files a built file was made from (its source map's `sources`). */
const sourcesOf = async (file: string): Promise<string[]> =>
  ((await (await fetch(`${CDN}${file}.map`)).json()) as { sources: string[] }).sources;

const headingOf = (element: Host): string => element.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim() ?? '';
const script = (file: string, blocking = false): string =>
  `<script type="module"${blocking ? ' blocking="render"' : ''} src="${CDN}${file}"></script>`;

describe('the per-element script-tag files (dist/cdn/<tag>.js)', function () {
  this.timeout(30000);

  for (const tag of TAGS) {
    it(`a page with only <${tag}> loads its file and the shared files it imports, and no other element's code`, async () => {
      const page = await open(script(`${tag}.js`), `<${tag}></${tag}>`);
      try {
        const [element] = page.elements;
        expect(page.win.customElements.get(tag) !== undefined, `<${tag}> defined`).to.equal(true);
        expect(headingOf(element!), 'its heading').to.not.equal('');
        const files = fetched(page.win);
        const imported = await importsOf(`${tag}.js`);
        expect(
          imported.every((file) => file.startsWith('shared/')),
          `its imports are shared files: ${imported.join(', ')}`,
        ).to.equal(true);
        expect([...files].sort(), 'the files the page fetched').to.deep.equal([`${tag}.js`, ...imported].sort());
        for (const other of TAGS.filter((candidate) => candidate !== tag)) {
          expect(page.win.customElements.get(other) === undefined, `<${other}> not defined`).to.equal(true);
        }
        const own = await sourcesOf(`${tag}.js`);
        expect(
          own.some((source) => source.includes(`/src/components/${tag}/`)),
          `${tag}.js is made from <${tag}>'s code`,
        ).to.equal(true);
        for (const file of files) {
          const foreign = (await sourcesOf(file)).filter((source) =>
            TAGS.some((other) => other !== tag && source.includes(`/src/components/${other}/`)),
          );
          expect(foreign, `another element's code in ${file}`).to.deep.equal([]);
        }
        expect(page.win.mscNotes, 'console').to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }

  it("two elements' files, and one of them twice: each element is registered once, with one Lit, each file fetched once", async () => {
    const page = await open(
      script('suitability-checker.js') + script('area-size-guide.js') + script('suitability-checker.js'),
      '<suitability-checker></suitability-checker><area-size-guide></area-size-guide>',
    );
    try {
      expect(page.elements.map((element) => headingOf(element) !== '')).to.deep.equal([true, true]);
      expect(page.win.litElementVersions, 'lit-element loaded').to.have.length(1);
      expect(page.win.litHtmlVersions, 'lit-html loaded').to.have.length(1);
      expect(page.win.reactiveElementVersions, '@lit/reactive-element loaded').to.have.length(1);
      const files = fetched(page.win);
      expect(files, 'the shared file of every element').to.include('shared/common.js');
      expect(
        files.filter((file, index) => files.indexOf(file) !== index),
        'files fetched twice',
      ).to.deep.equal([]);
      // Neither an error nor the note of a second copy of the library ("another copy …").
      expect(page.win.mscNotes, 'console').to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a page that also loads the all-in-one bundle (README: never both) breaks nothing: the first definitions stay, with one console note', async () => {
    const page = await open(
      script('suitability-checker.js') + script('microsclerotherapy-widgets.js'),
      '<suitability-checker></suitability-checker><complications-list></complications-list>',
    );
    try {
      expect(page.elements.map((element) => headingOf(element) !== '')).to.deep.equal([true, true]);
      expect(page.win.litElementVersions, 'two copies of Lit').to.have.length(2);
      expect(page.win.mscNotes).to.have.length(1);
      expect(page.win.mscNotes[0]).to.match(/^info: .*another copy of the library/);
    } finally {
      page.frame.remove();
    }
  });

  it('a file exports its class and the language API, as the all-in-one bundle does', async () => {
    const page = await open(
      `<script type="module">import * as file from '${CDN}area-size-guide.js'; window.mscExports = Object.keys(file);</script>`,
      '<area-size-guide></area-size-guide>',
    );
    try {
      expect(page.win.mscExports).to.include.members([
        'AreaSizeGuide',
        'addLocale',
        'getLocale',
        'setLocale',
        'sourceLocale',
        'targetLocales',
      ]);
    } finally {
      page.frame.remove();
    }
  });

  it("a page in German with its translation from shared/locales/ (render-blocking, as README says) shows German words from the first frame that shows the element, and loads neither the bundle nor the bundle's translations", async () => {
    const page = await open(
      script('suitability-checker.js', true) + script('shared/locales/de.js', true),
      '<suitability-checker clinic-name="Praxis am Lindenweg"></suitability-checker>',
      'de',
    );
    try {
      const [checker] = page.elements;
      expect(headingOf(checker!)).to.include('Vor Ihrem Beratungsgespräch');
      expect(page.win.mscHeadings[0], 'the first heading a frame showed').to.include('Vor Ihrem Beratungsgespräch');
      const files = fetched(page.win);
      expect(
        files.filter((file) => file === 'shared/locales/de.js'),
        'the translation, fetched once',
      ).to.have.length(1);
      expect(files.filter((file) => !file.startsWith('shared/') && file !== 'suitability-checker.js')).to.deep.equal([]);
      expect(page.win.mscNotes, 'console').to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a page in German without the translation line fetches it from shared/locales/ when the element first renders', async () => {
    const page = await open(script('complications-list.js'), '<complications-list></complications-list>', 'de');
    try {
      expect(headingOf(page.elements[0]!)).to.equal('Mögliche Komplikationen');
      const files = fetched(page.win);
      expect(files).to.include.members(['shared/locales/de.js', 'shared/message-id.js']);
      expect(files.filter((file) => !file.startsWith('shared/') && file !== 'complications-list.js')).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  describe('pinned as README "Security" shows (Subresource Integrity, the shared files in an import map)', () => {
    let pinned = '';
    before(async () => {
      const readme = await (await fetch('/README.md')).text();
      const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
      const start = readme.indexOf('\n## Security\n');
      const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
      const block = [...section.matchAll(/^```html\n([\s\S]*?)^```/gm)]
        .map((match) => match[1]!)
        .find((candidate) => candidate.includes('/dist/cdn/suitability-checker.js"'));
      expect(block, 'an html block in "## Security" that pins suitability-checker.js').to.be.a('string');
      pinned = block!.replaceAll(`${CDN_ADDRESS}${version}/`, '/as-published/');
      expect(pinned, 'an import map with integrity values').to.match(/<script type="importmap">[\s\S]*"integrity"[\s\S]*"sha384-/);
    });

    it('runs the element and its translation: every file is this build’s (the values match)', async () => {
      const page = await open(pinned, '<suitability-checker></suitability-checker>', 'de');
      try {
        expect(page.win.customElements.get('suitability-checker') !== undefined, '<suitability-checker> defined').to.equal(true);
        expect(headingOf(page.elements[0]!)).to.include('Vor Ihrem Beratungsgespräch');
        expect(page.win.mscNotes, 'console').to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });

    // Last: Chromium keeps refusing a file whose check failed for the rest of the test page, even
    // where no value is given.
    it("runs nothing when a shared file's value does not match (the import map pins what the element's file imports)", async () => {
      // The value of shared/common.js with its first character changed: well formed, and another file's.
      const tampered = pinned.replace(
        /("[^"]*\/shared\/common\.js": "sha384-)(.)/,
        (_, start: string, first: string) => `${start}${first === 'A' ? 'B' : 'A'}`,
      );
      expect(tampered, 'the value of shared/common.js changed').to.not.equal(pinned);
      const page = await open(tampered, '<suitability-checker></suitability-checker>', 'de');
      try {
        expect(page.win.customElements.get('suitability-checker') === undefined, '<suitability-checker> not defined').to.equal(true);
      } finally {
        page.frame.remove();
      }
    });
  });
});
