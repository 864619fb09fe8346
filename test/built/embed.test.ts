/**
 * The embedding guide (README "Where clinics embed"), each
 * snippet on a page of test/embed/ that places it the way its platform does: plain HTML, WordPress
 * (Custom HTML block), Squarespace (Code block), Wix (Custom Element), Webflow (Embed), and a React 19
 * and a Vue 3 application that import the package by its npm name (built by Vite, see
 * test/embed/server.js). On each page: every element is defined and rendered, its heading
 * visible, nothing clipped or pushed out of the page; what the platform set (attributes, properties)
 * took effect; the theme's CSS does not reach in; nothing is logged (no error, no warning).
 *
 * And what the placement does to the page's layout while the script is on its way (measured in the
 * frame by test/embed/probe.ts): with the script in the head with `blocking="render"` (the guide's
 * recommendation, the *-head.html pages, with the all-in-one bundle or the widgets' own files), the
 * first paint waits for it and nothing moves (CLS 0); with
 * the body snippet, the `:not(:defined)` rule keeps 16em for each element until it is defined after
 * the first paint, no element is shorter than that, and nothing above the elements moves (what is
 * below them may still move, so CLS is not always 0); on Wix, the box sized in the editor keeps the
 * space (CLS 0).
 * The guide's snippets are the pages' snippets, character for character.
 */
import { expect } from '@open-wc/testing';
import { headlineOrder, type SuitabilityResult } from '../../src/core/rules.js';
import { elementTags as TAGS } from '../../src/elements.js';
import type { ProbeRecord, ProbeWindow, Shift } from '../embed/probe.js';
import { openFrame } from '../support/frame.js';

const CDN = 'https://cdn.jsdelivr.net/npm/microsclerotherapy-widgets@';

type Host = HTMLElement & { updateComplete?: Promise<unknown>; readonly shadowRoot: ShadowRoot };

interface Loaded {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly probe: ProbeRecord;
  readonly elements: Host[];
  /** The layout shifts up to when the page settled, before any test clicks anything. */
  readonly shifts: Shift[];
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const frames = (win: Window, count: number): Promise<void> =>
  count === 0 ? Promise.resolve() : new Promise((resolve) => win.requestAnimationFrame(() => void frames(win, count - 1).then(resolve)));

/**
 * Opens a page in a frame of the given size and waits until its elements are defined and rendered
 * (or not: a page whose elements never define fails on what it shows) and the page has settled.
 */
async function openPage(path: string, count: number, width = 1024, height = 768): Promise<Loaded> {
  const frame = await openFrame({ src: path }, { width, height });
  const win = frame.contentWindow as ProbeWindow;
  const doc = frame.contentDocument!;
  const found = (): Host[] => [...doc.querySelectorAll<Host>(TAGS.join(','))];
  // The scripts of a page have run by its load event (a framework may create its elements after it);
  // a page whose elements are still not defined a moment later never defines them.
  const created = performance.now() + 4000;
  while (performance.now() < created && found().length < count) await pause(20);
  const defined = performance.now() + 1000;
  while (performance.now() < defined && !found().every((element) => element.matches(':defined'))) await pause(20);
  const elements = found();
  await Promise.all(elements.map((element) => element.updateComplete ?? Promise.resolve()));
  await frames(win, 2);
  await pause(100);
  // A busy machine can report the first paint (a PerformanceObserver callback) later still.
  const reported = performance.now() + 2000;
  while (performance.now() < reported && win.mscEmbedProbe?.firstContentfulPaint === undefined) await pause(20);
  const probe = win.mscEmbedProbe!;
  return { frame, doc, probe, elements, shifts: [...probe.shifts] };
}

/** A page for the `describe` it is called in: opened before its tests, closed after them. */
function usePage(path: string, count: number, width = 1024): () => Loaded {
  let page: Loaded | undefined;
  before(async () => {
    page = await openPage(path, count, width);
  });
  after(() => page?.frame.remove());
  return () => page!;
}

const part = (element: Host, name: string): HTMLElement | null => element.shadowRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (element: Host): string => element.shadowRoot.textContent.replace(/\s+/g, ' ');
const one = (page: Loaded, tag: string): Host => {
  const element = page.elements.find((candidate) => candidate.localName === tag);
  expect(element, `<${tag}> on the page`).to.not.equal(undefined);
  return element!;
};

/** The first ancestor whose overflow (not visible) cuts off part of the element, if any. */
function clipping(element: Element): string | undefined {
  const box = element.getBoundingClientRect();
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const style = getComputedStyle(ancestor);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    if (ancestor === ancestor.ownerDocument.documentElement || ancestor === ancestor.ownerDocument.body) continue;
    const clip = ancestor.getBoundingClientRect();
    if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5 || box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5) {
      return `${ancestor.localName}.${[...ancestor.classList].join('.')} (overflow ${style.overflowX} ${style.overflowY})`;
    }
  }
  return undefined;
}

/** Every element: defined, its styles applied, heading visible, nothing clipped, inside the page. */
function expectRendered(page: Loaded, count: number): void {
  expect(
    page.elements.map((element) => element.localName),
    'elements on the page',
  ).to.have.length(count);
  const pageWidth = page.doc.documentElement.clientWidth;
  for (const element of page.elements) {
    const tag = `<${element.localName}>`;
    expect(element.matches(':defined'), `${tag} defined`).to.equal(true);
    const heading = part(element, 'heading');
    expect(heading?.textContent.trim(), `${tag} heading`).to.be.a('string').and.not.equal('');
    const headingBox = heading!.getBoundingClientRect();
    expect(headingBox.width * headingBox.height, `${tag} heading size`).to.be.greaterThan(0);
    expect(heading!.checkVisibility({ opacityProperty: true, visibilityProperty: true }), `${tag} heading visible`).to.equal(true);
    // The element's own styles, which the theme's heading and text rules do not reach.
    expect(getComputedStyle(heading!).fontWeight, `${tag} heading weight`).to.equal('700');
    const host = getComputedStyle(element);
    expect(parseFloat(host.lineHeight) / parseFloat(host.fontSize), `${tag} line height`).to.be.closeTo(1.5, 0.01);
    const box = element.getBoundingClientRect();
    expect(box.width, `${tag} width`).to.be.at.least(280);
    expect(box.height, `${tag} height`).to.be.greaterThan(headingBox.height);
    expect(box.left, `${tag} left edge in the page`).to.be.at.least(0);
    expect(box.right, `${tag} right edge in the page`).to.be.at.most(pageWidth + 0.5);
    expect(clipping(element), `${tag} clipped by`).to.equal(undefined);
    // Nothing inside sticks out of the element (hidden by it, or over what follows it).
    for (const inner of element.shadowRoot.querySelectorAll('[part]')) {
      const innerBox = inner.getBoundingClientRect();
      if (innerBox.width === 0 || innerBox.height === 0) continue;
      const name = `${tag} [part="${inner.getAttribute('part') ?? ''}"]`;
      expect(innerBox.left, `${name} left edge`).to.be.at.least(box.left - 0.5);
      expect(innerBox.right, `${name} right edge`).to.be.at.most(box.right + 0.5);
      expect(innerBox.bottom, `${name} bottom edge`).to.be.at.most(box.bottom + 0.5);
    }
  }
}

function expectQuiet(page: Loaded): void {
  expect(page.probe.errors, 'errors').to.deep.equal([]);
  expect(page.probe.warnings, 'console warnings').to.deep.equal([]);
}

/** The layout shifts while loading, to read in a failure: each with the nodes it moved, and the elements' heights. */
function shiftReport(page: Loaded): string {
  const moved = page.shifts
    .map((shift) => `${shift.value.toFixed(4)} at ${Math.round(shift.at)} ms: ${shift.sources.join(', ')}`)
    .join('; ');
  const heights = page.elements
    .map(
      (element) =>
        `<${element.localName}> ${Math.round(page.probe.heightBeforeDefined.get(element) ?? 0)} px before, ${Math.round(element.getBoundingClientRect().height)} px after`,
    )
    .join('; ');
  return `${moved || 'no shift'}; ${heights}`;
}

function expectNoLayoutShift(page: Loaded): void {
  const cls = page.shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(cls, `cumulative layout shift (${shiftReport(page)})`).to.equal(0);
}

/** The elements defined after the page's first paint, so the layout checks measured something. */
function expectDefinedAfterFirstPaint(page: Loaded): void {
  const painted = page.probe.firstContentfulPaint;
  expect(painted, 'first contentful paint').to.be.a('number');
  for (const element of page.elements)
    expect(page.probe.definedAt[element.localName], `<${element.localName}> defined after`).to.be.greaterThan(painted!);
}

/**
 * The test server sends the script to the *-head.html pages on their first paint or 300 ms late,
 * whichever comes first (test/embed/server.js): a page that did not wait for it paints first.
 */
const HEAD_SCRIPT_DELAY = 300;

/** The first paint waited for the late script (`blocking="render"`): the elements were defined and rendered before it. */
function expectDefinedBeforeFirstPaint(page: Loaded): void {
  const painted = page.probe.firstContentfulPaint;
  expect(painted, 'first contentful paint, after the script sent late').to.be.a('number').and.at.least(HEAD_SCRIPT_DELAY);
  for (const element of page.elements) {
    expect(page.probe.definedAt[element.localName], `<${element.localName}> defined before`).to.be.lessThan(painted!);
    // Rendered too: an element that waited for more code (an on-demand file) would show up after the paint.
    expect(page.probe.renderedAt[element.localName], `<${element.localName}> rendered before`).to.be.lessThan(painted!);
  }
}

/** The guide's body rule: `min-height: 16em` (the element's font size, the page's text size there). */
const RESERVED_EM = 16;
const reservedHeight = (element: Host): number => RESERVED_EM * parseFloat(getComputedStyle(element).fontSize);

/** Before the bundle arrived, the guide's rule held each element's place: at least 16em tall. */
function expectReservedBeforeDefined(page: Loaded): void {
  for (const element of page.elements) {
    const before = page.probe.heightBeforeDefined.get(element);
    expect(before, `<${element.localName}> height before defined (${shiftReport(page)})`)
      .to.be.a('number')
      .and.at.least(reservedHeight(element) - 0.5);
  }
}

/**
 * Once defined, no element is shorter than the space kept for it (16em, or what the page's rule kept),
 * so the rule never leaves a gap that closes up: the page only moves down, below the elements, and
 * everything above them stays put.
 */
function expectOnlyBelowMoved(page: Loaded): void {
  for (const element of page.elements) {
    const kept = Math.max(reservedHeight(element), page.probe.heightBeforeDefined.get(element) ?? 0);
    expect(element.getBoundingClientRect().height, `<${element.localName}> height once defined, kept ${kept} px`).to.be.at.least(kept);
  }
  const top = Math.min(...page.elements.map((element) => element.getBoundingClientRect().top));
  for (const shift of page.shifts) {
    shift.tops.forEach((shiftedTop, index) => {
      expect(shiftedTop, `${shift.sources[index] ?? '?'} moved, from above the elements (${shiftReport(page)})`).to.be.at.least(top - 0.5);
    });
  }
}

/** Chooses an area size (the first choice is small) and returns the price shown. */
async function chooseSize(guide: Host, index: number): Promise<string> {
  guide.shadowRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')[index]!.click();
  await guide.updateComplete;
  return part(guide, 'price')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

interface PlatformPage {
  readonly title: string;
  readonly path: string;
  /** How many of the library's elements the page has. */
  readonly count: number;
  /**
   * What keeps the elements' space: `head`, the script in the head with `blocking="render"`; `rule`,
   * the body snippet's `:not(:defined)` rule; `box`, the box sized in Wix's editor.
   */
  readonly placement: 'head' | 'rule' | 'box';
  readonly widths?: readonly number[];
}

/** One platform's page, at a desktop and a phone width; `checks` adds what that platform set. */
function platformPage(
  { title, path, count, placement, widths = [1024, 375] }: PlatformPage,
  checks: (page: () => Loaded) => void = () => undefined,
): void {
  for (const width of widths) {
    describe(`${title}, ${width} px wide`, () => {
      const page = usePage(path, count, width);
      it('renders every element: defined, styled, heading visible, nothing clipped', () => {
        expectRendered(page(), count);
      });
      it('logs no error and no warning', () => {
        expectQuiet(page());
      });
      if (placement === 'head') {
        it('moves nothing on the page: the first paint waits for the script, sent late (CLS 0)', () => {
          expectDefinedBeforeFirstPaint(page());
          expectNoLayoutShift(page());
        });
      } else if (placement === 'rule') {
        it('keeps 16em for each element until it is defined, after the first paint (the body rule)', () => {
          expectDefinedAfterFirstPaint(page());
          expectReservedBeforeDefined(page());
        });
        it('moves only what is below the elements once they are defined (none is shorter than the space kept)', () => {
          expectOnlyBelowMoved(page());
        });
      } else {
        it('moves nothing on the page when the elements define after its first paint: the box keeps the space (CLS 0)', () => {
          expectDefinedAfterFirstPaint(page());
          expectNoLayoutShift(page());
        });
      }
      checks(page);
    });
  }
}

describe('embedding on the platforms clinics use (test/embed/)', function () {
  // One page at a time: with every page opening at once on a busy 2-core machine, first paints came
  // seconds late and the timings the tests read were the machine's, not the page's.
  this.timeout(30000);

  for (const [placement, path] of [
    ['head', '/test/embed/plain-head.html'],
    ['rule', '/test/embed/plain.html'],
  ] as const) {
    const where = placement === 'head' ? 'script in the head' : 'body snippet';
    platformPage({ title: `plain HTML, ${where}`, path, count: 2, placement }, (page) => {
      it('applies the attributes: the clinic name, and the prices once a size is chosen', async () => {
        expect(textOf(one(page(), 'suitability-checker'))).to.include('Leafy Lane Vein Clinic offers Thermavein instead');
        expect(await chooseSize(one(page(), 'area-size-guide'), 0)).to.include('£120');
      });
    });
  }

  platformPage(
    {
      title: 'plain HTML in German, script and translation in the head',
      path: '/test/embed/plain-de-head.html',
      count: 2,
      placement: 'head',
    },
    (page) => {
      it('shows German words from the first paint (the translation came with the script)', () => {
        const checker = one(page(), 'suitability-checker');
        expect(part(checker, 'heading')!.textContent).to.include('Vor Ihrem Beratungsgespräch');
        expect(textOf(checker)).to.include('Praxis am Lindenweg');
        expect(page().probe.firstContentfulPaint, 'first paint').to.be.a('number');
      });
    },
  );

  platformPage(
    {
      title: "plain HTML, the widgets' own files in the head (dist/cdn/<tag>.js)",
      path: '/test/embed/plain-elements-head.html',
      count: 2,
      placement: 'head',
    },
    (page) => {
      it("loads the widgets' own files and the shared files, not the all-in-one bundle", () => {
        const loaded = page()
          .frame.contentWindow!.performance.getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith('/dist/'));
        expect(loaded).to.include.members([
          '/dist/cdn/suitability-checker.js',
          '/dist/cdn/area-size-guide.js',
          '/dist/cdn/shared/common.js',
        ]);
        expect(loaded.filter((path) => !/^\/dist\/cdn\/(shared\/|suitability-checker\.js$|area-size-guide\.js$)/.test(path))).to.deep.equal(
          [],
        );
      });
    },
  );

  platformPage(
    {
      title: "plain HTML in German, the widgets' own files and their translation (shared/locales/) in the head",
      path: '/test/embed/plain-elements-de-head.html',
      count: 2,
      placement: 'head',
    },
    (page) => {
      it('shows German words from the first paint (the translation came with the files)', () => {
        const checker = one(page(), 'suitability-checker');
        expect(part(checker, 'heading')!.textContent).to.include('Vor Ihrem Beratungsgespräch');
        expect(textOf(checker)).to.include('Praxis am Lindenweg');
        expect(page().probe.firstContentfulPaint, 'first paint').to.be.a('number');
      });
    },
  );

  for (const [placement, path] of [
    ['head', '/test/embed/wordpress-head.html'],
    ['rule', '/test/embed/wordpress.html'],
  ] as const) {
    const where = placement === 'head' ? 'script in the head (header code)' : 'body snippet';
    platformPage({ title: `WordPress: Custom HTML block in a block theme, ${where}`, path, count: 2, placement }, (page) => {
      it('applies the attributes: the treatment date and the emergency number', () => {
        expect(textOf(one(page(), 'aftercare-timeline'))).to.include('Friday, 27 March 2026');
        expect(textOf(one(page(), 'complications-list'))).to.include('Emergency phone number: 999');
      });
      it('fits the theme: each element takes the content width of the post, like a paragraph', () => {
        const paragraph = page().doc.querySelector('.entry-content > p')!.getBoundingClientRect();
        for (const element of page().elements)
          expect(element.getBoundingClientRect().left, element.localName).to.be.closeTo(paragraph.left, 0.5);
      });
    });
  }

  platformPage(
    {
      title: 'Squarespace: Code block in a Fluid Engine section, body snippet',
      path: '/test/embed/squarespace.html',
      count: 2,
      placement: 'rule',
    },
    (page) => {
      it('applies the attributes: the appointment date and time, the clinic name in the list mode', () => {
        const checklist = textOf(one(page(), 'preparation-checklist'));
        expect(checklist).to.include('Thursday 2 April');
        expect(checklist).to.match(/10:30/);
        const checker = one(page(), 'suitability-checker');
        expect(checker.shadowRoot.querySelectorAll('fieldset[data-question]').length, 'every question at once').to.be.greaterThan(1);
        expect(textOf(checker)).to.include('Leafy Lane Vein Clinic offers Thermavein instead');
      });
      it('grows the grid row with the elements: the block after them starts below them', () => {
        const after = page().doc.querySelector('.fe-block-yui_3_17_2_1_1711540000000_3456')!.getBoundingClientRect();
        for (const element of page().elements) expect(after.top, element.localName).to.be.at.least(element.getBoundingClientRect().bottom);
      });
    },
  );

  platformPage(
    { title: 'Webflow: Code Embed in a two-column layout, body snippet', path: '/test/embed/webflow.html', count: 2, placement: 'rule' },
    (page) => {
      it('applies the attributes: heading level, prices, one group of complications', async () => {
        const guide = one(page(), 'area-size-guide');
        expect(part(guide, 'heading')!.getAttribute('aria-level')).to.equal('2');
        expect(await chooseSize(guide, 2)).to.include('£240');
        const list = one(page(), 'complications-list');
        expect(list.shadowRoot.querySelectorAll('[part~="group"]').length).to.equal(1);
        expect(textOf(list)).to.include('Emergency phone number: 999');
      });
    },
  );

  // Wix's desktop layout is 980 px wide at every width (its mobile layout is another one), so one width.
  platformPage(
    {
      title: 'Wix: Custom Element, Server URL loaded as Wix loads it (a classic script)',
      path: '/test/embed/wix.html',
      count: 2,
      placement: 'box',
      widths: [1024],
    },
    (page) => {
      it('loads the Server URL, the classic loader, as a classic script', () => {
        const scripts = [...page().doc.head.querySelectorAll('script[src$="/microsclerotherapy-widgets.classic.js"]')];
        expect(
          scripts.map((script) => script.getAttribute('type')),
          'script types',
        ).to.deep.equal([null]);
      });
      it('creates each element by its tag name, in its box, with the attributes set in the editor', () => {
        const checker = one(page(), 'suitability-checker');
        expect(checker.parentElement?.id).to.equal('comp-m8k2a1cs');
        expect(checker.getAttribute('clinic-name')).to.equal('Leafy Lane Vein Clinic');
        expect(textOf(checker)).to.include('Leafy Lane Vein Clinic offers Thermavein instead');
        expect(textOf(one(page(), 'aftercare-timeline'))).to.include('Friday, 27 March 2026');
      });
    },
  );

  for (const [framework, path] of [
    ['React 19', '/__embed-apps__/react/index.html'],
    ['Vue 3', '/__embed-apps__/vue/index.html'],
  ] as const) {
    describe(`${framework} application, with the package from npm`, () => {
      const loaded = usePage(path, 2);
      let page: Loaded;
      before(() => {
        page = loaded();
      });
      const output = (index: number): string => page.doc.querySelectorAll('output')[index]?.textContent.trim() ?? '';

      it('renders the elements: defined, styled, heading visible, nothing clipped', () => {
        expectRendered(page, 2);
      });

      it('sets properties from the framework (not attributes)', () => {
        const checker = one(page, 'suitability-checker') as Host & { clinicName: string | null };
        expect(checker.clinicName).to.equal('Leafy Lane Vein Clinic');
        expect(checker.hasAttribute('clinic-name'), 'clinic-name attribute').to.equal(false);
        expect(textOf(checker)).to.include('Leafy Lane Vein Clinic offers Thermavein instead');
        const guide = one(page, 'area-size-guide') as Host & { value: string | null };
        expect(guide.value).to.equal('medium');
        expect([...guide.shadowRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((input) => input.checked)).to.deep.equal(
          [false, true, false],
        );
      });

      it("passes area-size-change to the framework's handler, whose state shows on screen and goes back to the element", async () => {
        expect(output(0)).to.equal('medium');
        const guide = one(page, 'area-size-guide') as Host & { value: string | null };
        expect(await chooseSize(guide, 2)).to.include('£240');
        await frames(page.frame.contentWindow!, 2);
        expect(output(0)).to.equal('large');
        expect(guide.value).to.equal('large');
      });

      it("passes suitability-change to the framework's handler, whose words show no id and no verdict", async () => {
        const line = (): string => page.doc.querySelectorAll('output')[1]?.parentElement?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        expect(line()).to.equal('Things to tell the clinic so far: 0');
        const checker = one(page, 'suitability-checker');
        // Face veins: the leaflet's treatment is for legs, so the result's headline is `not-offered`.
        checker.shadowRoot.querySelector<HTMLInputElement>('fieldset[data-question="location"] input[value="face"]')!.click();
        await checker.updateComplete;
        await frames(page.frame.contentWindow!, 2);
        expect((checker as Host & { result: SuitabilityResult }).result.headline, 'the headline the handler got').to.equal('not-offered');
        expect(line()).to.equal('Things to tell the clinic so far: 1');
        // What the page itself shows (its light DOM, not the element's words): no headline id, no verdict.
        const shown = page.doc.body.innerText;
        for (const id of headlineOrder) expect(shown, `the page shows the id ${id}`).to.not.match(new RegExp(`\\b${id}\\b`, 'i'));
        expect(shown, 'a verdict').to.not.match(/suitab/i);
      });

      it('logs no error and no warning (the development builds of React, Vue and Lit)', () => {
        expectQuiet(page);
      });
    });
  }
});

/** The fenced code blocks of each `###` section of the guide, by section title ('' for the text before the first). */
function guideSections(markdown: string): Map<string, { lang: string; code: string }[]> {
  const start = `\n${markdown}`.indexOf('\n## Where clinics embed');
  expect(start, '"## Where clinics embed"').to.be.at.least(0);
  const end = markdown.indexOf('\n## ', start + 1);
  const sections = new Map<string, { lang: string; code: string }[]>();
  for (const [index, section] of markdown
    .slice(start, end < 0 ? undefined : end)
    .split('\n### ')
    .entries()) {
    const title = index === 0 ? '' : section.slice(0, section.indexOf('\n')).trim();
    sections.set(
      title,
      [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((match) => ({ lang: match[1]!, code: match[2]! })),
    );
  }
  return sections;
}

/** Lines without their common indentation, trailing spaces or surrounding blank lines. */
function dedent(text: string): string {
  const lines = text
    .replace(/\s+$/, '')
    .replace(/^\s*\n/, '')
    .split('\n')
    .map((line) => line.trimEnd());
  const indent = Math.min(...lines.filter((line) => line !== '').map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** The text between the `<!-- msc-snippet -->` and `<!-- /msc-snippet -->` markers of a page (or the `msc-head-snippet` ones). */
async function snippetOf(path: string, marker = 'msc-snippet'): Promise<string> {
  const text = await (await fetch(path)).text();
  const match = new RegExp(`<!-- ${marker} -->\\n([\\s\\S]*?)\\n\\s*<!-- /${marker} -->`).exec(text);
  expect(match, `${marker} markers in ${path}`).to.not.equal(null);
  return dedent(match![1]!);
}

describe('the embedding guide shows the snippets the pages test', () => {
  let readme: string;
  let sections: Map<string, { lang: string; code: string }[]>;
  let version: string;
  before(async () => {
    readme = await (await fetch('/README.md')).text();
    sections = guideSections(readme);
    version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
  });
  /** A section's code blocks in a language, with the CDN address of this version as the test server's. */
  const blocks = (title: string, lang: string): string[] =>
    (sections.get(title) ?? [])
      .filter((candidate) => candidate.lang === lang)
      .map((found) => dedent(found.code.replaceAll(`${CDN}${version}/`, '/')));
  /** A section's first code block in a language. */
  const block = (title: string, lang: string): string => {
    const found = blocks(title, lang)[0];
    expect(found, `a ${lang} block in "### ${title}"`).to.not.equal(undefined);
    return found!;
  };

  it('the head snippet (before the first section): the head of each page that has the script there', async () => {
    expect(block('', 'html')).to.include('blocking="render"');
    for (const path of ['/test/embed/plain-head.html', '/test/embed/wordpress-head.html']) {
      expect(block('', 'html'), path).to.equal(await snippetOf(path, 'msc-head-snippet'));
    }
  });

  it('the translation snippet (before the first section): with the head snippet, the head of the German page', async () => {
    const [head, translation] = blocks('', 'html');
    expect(translation, 'a second html block: the translation').to.include('/locales/de.js');
    expect(`${head!}\n${translation!}`).to.equal(await snippetOf('/test/embed/plain-de-head.html', 'msc-head-snippet'));
  });

  it("the widgets' own files (before the first section): the head of the pages that load them, in English and in German", async () => {
    const [, , elements, translation] = blocks('', 'html');
    expect(elements, "a third html block: the widgets' own files").to.include('/dist/cdn/suitability-checker.js');
    expect(elements).to.equal(await snippetOf('/test/embed/plain-elements-head.html', 'msc-head-snippet'));
    expect(translation, 'a fourth html block: their translation').to.include('/dist/cdn/shared/locales/de.js');
    expect(`${elements!}\n${translation!}`).to.equal(await snippetOf('/test/embed/plain-elements-de-head.html', 'msc-head-snippet'));
  });

  it('"Embed them": the first snippet is followed at once by the translation a page in another language adds (the German page\'s)', () => {
    const start = readme.indexOf('\n## Embed them\n');
    expect(start, '"## Embed them"').to.be.at.least(0);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const [first, second] = [...section.matchAll(/^```html\n([\s\S]*?)^```/gm)];
    expect(first?.[1], 'the first snippet').to.include('/dist/cdn/microsclerotherapy-widgets.js');
    expect(second, 'an html block after the first snippet').to.not.equal(undefined);
    // Only a few words between them, which say when the line is needed.
    const between = section.slice(first!.index + first![0].length, second!.index);
    expect(between, 'between the two blocks').to.not.include('```');
    expect(between, 'between the two blocks').to.include('another language');
    expect(between.trim().split('\n').length, 'lines between the two blocks').to.be.at.most(4);
    const [, translation] = blocks('', 'html');
    expect(dedent(second![1]!.replaceAll(`${CDN}${version}/`, '/'))).to.equal(translation);
  });

  for (const [title, bodyPage, headPage] of [
    ['Plain HTML', '/test/embed/plain.html', '/test/embed/plain-head.html'],
    ['WordPress', '/test/embed/wordpress.html', '/test/embed/wordpress-head.html'],
    ['Squarespace', '/test/embed/squarespace.html', undefined],
    ['Webflow', '/test/embed/webflow.html', undefined],
  ] as const) {
    it(`${title}: the elements, their own files and the body snippet of the pages, with the CDN address of this version`, async () => {
      const html = blocks(title, 'html');
      expect(html, `three html blocks in "### ${title}": the elements, their own files, then the body snippet`).to.have.length(3);
      const [elements, files, body] = html as [string, string, string];
      // The widgets' own files: one line each, as on the page that loads them, for the widgets shown.
      const tags = [...elements.matchAll(/^<([\w-]+)/gm)].map((match) => match[1]!);
      expect(files).to.equal(tags.map((tag) => `<script type="module" blocking="render" src="/dist/cdn/${tag}.js"></script>`).join('\n'));
      expect(await snippetOf('/test/embed/plain-elements-head.html', 'msc-head-snippet'), 'the line of a widget on the page').to.include(
        '<script type="module" blocking="render" src="/dist/cdn/suitability-checker.js"></script>',
      );
      expect(body, 'the body snippet').to.equal(await snippetOf(bodyPage));
      // The elements are the body snippet's, without its <style> and <script>.
      expect(body.endsWith(`</script>\n\n${elements}`), 'the body snippet ends with the elements').to.equal(true);
      if (headPage) expect(elements, 'the elements').to.equal(await snippetOf(headPage));
    });
  }

  it("Wix: the Server URL, Tag Names and attributes of the page's Custom Elements", async () => {
    const html = await (await fetch('/test/embed/wix.html')).text();
    const data = JSON.parse(/<script type="application\/json" id="wix-warmup-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
      customElements: { tagName: string; url: string; attributes: Record<string, string> }[];
    };
    const text =
      sections
        .get('Wix')
        ?.map((candidate) => candidate.code)
        .join('\n') ?? '';
    for (const { tagName, url, attributes } of data.customElements) {
      expect(text.replaceAll(`${CDN}${version}/`, '/')).to.include(url);
      expect(text).to.include(tagName);
      for (const [name, value] of Object.entries(attributes)) expect(text).to.include(`${name}: ${value}`);
    }
  });

  it('React 19: the application component, as it is (TypeScript)', async () => {
    expect(block('React 19', 'tsx')).to.equal(dedent(await (await fetch('/test/embed/react/App.tsx')).text()));
  });

  it('Vue 3: the component, as it is, and the isCustomElement setting of the Vite config', async () => {
    expect(block('Vue 3', 'vue')).to.equal(dedent(await (await fetch('/test/embed/vue/App.vue')).text()));
    // The tags the setting names, in the guide and in test/embed/vite.config.js (which the test server
    // serves reformatted, so compared by the names): the five elements.
    const customTags = (code: string): string[] =>
      [...(/isCustomElement:[^[]*\[([^\]]*)\]/.exec(code)?.[1]?.matchAll(/['"]([\w-]+)['"]/g) ?? [])].map((match) => match[1]!);
    expect(customTags(block('Vue 3', 'js'))).to.deep.equal(TAGS);
    expect(customTags(await (await fetch('/test/embed/vite.config.js')).text())).to.deep.equal(TAGS);
  });
});

describe('the pinned head of README "Security" (Subresource Integrity), in Chromium', function () {
  this.timeout(30000);
  let pinned: string;
  before(async () => {
    const readme = await (await fetch('/README.md')).text();
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    const start = readme.indexOf('\n## Security\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const block = section.split(/^```html\n/m)[1]?.split(/^```/m)[0] ?? '';
    expect(block, 'the pinned head: an html block in "## Security"').to.include('integrity="sha384-');
    // The files as the CDN serves them, byte for byte (web-test-runner.config.js).
    pinned = block.replaceAll(`${CDN}${version}/`, '/as-published/');
  });

  /** A German page with the head given, in a frame; its <complications-list> once defined, or undefined after 3 s. */
  async function germanPage(head: string): Promise<{ frame: HTMLIFrameElement; list: Host | undefined }> {
    const frame = await openFrame({
      srcdoc: `<!doctype html><html lang="de"><head>${head}</head><body><complications-list></complications-list></body></html>`,
    });
    const win = frame.contentWindow as Window & typeof globalThis;
    const defined = await Promise.race([
      win.customElements.whenDefined('complications-list').then(() => true),
      pause(3000).then(() => false),
    ]);
    const list = defined ? frame.contentDocument!.querySelector<Host>('complications-list')! : undefined;
    await list?.updateComplete;
    return { frame, list };
  }

  it("runs the bundle and the translation: each file is this build's (the values match)", async () => {
    const { frame, list } = await germanPage(pinned);
    try {
      expect(list, 'the elements defined').to.not.equal(undefined);
      expect(part(list!, 'heading')!.textContent.trim(), 'the German words').to.equal('Mögliche Komplikationen');
    } finally {
      frame.remove();
    }
  });

  it('runs nothing when a value does not match (the browser checks them)', async () => {
    // The bundle's value with its first character changed: well formed, and another file's.
    const { frame, list } = await germanPage(
      pinned.replace(/integrity="sha384-(.)/, (_, first: string) => `integrity="sha384-${first === 'A' ? 'B' : 'A'}`),
    );
    frame.remove();
    expect(list, 'the elements defined').to.equal(undefined);
  });
});
