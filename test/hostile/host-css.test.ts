/**
 * Hostile host CSS: a page with aggressive global styles (`* { all: revert; color: red !important;
 * font-size: 40px }`, Bootstrap-like resets, box-sizing changes) or a right-to-left page leaves every
 * element readable and usable in a 320 px column: its own text colour, its heading, nothing wider
 * than the column, controls that work by click and by keyboard. Only the documented `--msc-` custom
 * properties and `::part()` change its look.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { TAGS, deepElements, settle, type Tag } from './support.js';

/** The element's default text colour (`--msc-color-text` unset), as the browser computes it. */
const DEFAULT_TEXT = 'rgb(29, 39, 51)';
/** Its default text, muted and accent colours: every paragraph is in one of them. */
const OWN_COLOURS = [DEFAULT_TEXT, 'rgb(74, 86, 99)', 'rgb(31, 95, 139)'];

export const HOSTILE_PAGES: Readonly<Record<string, { css: string; dir?: 'rtl' }>> = {
  'everything reverted, red and 40 px': { css: '* { all: revert; color: red !important; font-size: 40px }' },
  'a Bootstrap-like reset': {
    css: `*, *::before, *::after { box-sizing: border-box; }
      html { font-size: 62.5%; -webkit-text-size-adjust: 100%; }
      body { margin: 0; font-family: Georgia, serif; font-size: 1.6rem; line-height: 1.2; color: #212529; background: #fff; }
      div, section, p, ul, ol, li, fieldset, legend, button, input, label, a { margin: 0; padding: 0; border: 0; font: inherit; }
      ul, ol { list-style: none; }
      a { color: inherit; text-decoration: none; }
      button, input { appearance: none; background: none; }
      [role="heading"], [part], [role="status"] { display: none !important; }
      :focus { outline: none !important; }
      * { line-height: 0.8 !important; letter-spacing: 0.2em; word-break: keep-all; white-space: nowrap; text-align: justify; }`,
  },
  'content-box everywhere, huge padding': {
    css: `* { box-sizing: content-box !important; padding: 0 30px !important; border: 10px solid black !important; max-width: none !important; }`,
  },
  'a right-to-left page': { css: 'html { direction: rtl; } body { text-align: right; }', dir: 'rtl' },
};

const ATTRIBUTES: Record<Tag, string> = {
  'suitability-checker': 'clinic-name="Leafy Lane Vein Clinic" mode="list" today="2026-03-01"',
  'area-size-guide': 'price-small="120" price-medium="180" price-large="240" currency="GBP"',
  'aftercare-timeline': 'treatment-date="2026-03-01" today="2026-03-03" emergency-phone="999"',
  'complications-list': '',
  'preparation-checklist': 'appointment-date="2026-03-10" appointment-time="09:30"',
};

/** Adds a page-level stylesheet (and `dir`) for one test. */
function usePage(page: { css: string; dir?: 'rtl' }): () => void {
  const style = document.createElement('style');
  style.textContent = page.css;
  document.head.append(style);
  if (page.dir) document.documentElement.dir = page.dir;
  return () => {
    style.remove();
    document.documentElement.removeAttribute('dir');
  };
}

/** The element in a 320 px column (the column itself is styled inline, as a page builder does). */
async function inColumn(tag: Tag, extra = ''): Promise<{ column: HTMLElement; el: HTMLElement }> {
  const column = await fixture<HTMLElement>(
    `<div style="width: 320px !important; padding: 0 !important; margin: 0 !important; border: 0 !important; box-sizing: border-box !important; min-width: 0 !important; max-width: 320px !important">
      <${tag} ${ATTRIBUTES[tag]} ${extra}></${tag}></div>`,
  );
  const el = column.querySelector<HTMLElement>(tag)!;
  await settle(el);
  return { column, el };
}

/** Every visible box inside the element stays within the column horizontally. */
function expectWithin(column: HTMLElement, el: HTMLElement): void {
  const bounds = column.getBoundingClientRect();
  for (const node of [el, ...deepElements(el.shadowRoot!)]) {
    if (node.closest('.visually-hidden') || node.getClientRects().length === 0) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const what = `<${node.localName} class="${node.getAttribute('class') ?? ''}"> ${Math.round(box.left)}..${Math.round(box.right)}`;
    expect(box.left, what).to.be.at.least(bounds.left - 1);
    expect(box.right, what).to.be.at.most(bounds.right + 1);
  }
}

/** The main heading is shown, in the element's own colour. */
function expectReadable(el: HTMLElement): void {
  const heading = el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
  const style = getComputedStyle(heading);
  expect(heading.getClientRects().length, 'heading is laid out').to.be.greaterThan(0);
  expect(heading.getBoundingClientRect().height, 'heading height').to.be.greaterThan(10);
  expect(style.visibility).to.equal('visible');
  expect(style.color, 'heading colour').to.equal(DEFAULT_TEXT);
  for (const p of el.shadowRoot!.querySelectorAll('p')) {
    if (p.closest('.visually-hidden, .message, .governance, .warning, details:not([open])')) continue;
    expect(OWN_COLOURS, p.textContent.trim().slice(0, 40)).to.include(getComputedStyle(p).color);
  }
}

/** Presses `key` on `control` (focusing it first), then waits for `el` to render. */
async function press(el: HTMLElement, control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await settle(el);
}

/** One control per element works by click and by keyboard. */
async function expectUsable(tag: Tag, el: HTMLElement): Promise<void> {
  const root = el.shadowRoot!;
  switch (tag) {
    case 'suitability-checker': {
      const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[1]!.click();
      expect(radios[1]!.checked).to.equal(true);
      await press(el, radios[4]!, ' ');
      expect(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[4]!.checked).to.equal(true);
      return;
    }
    case 'area-size-guide': {
      const radios = root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[0]!.click();
      await settle(el);
      expect(root.querySelector('[part="size"]')?.textContent).to.include('small');
      await press(el, radios[2]!, ' ');
      expect(root.querySelector('[part="size"]')?.textContent).to.include('large');
      return;
    }
    case 'aftercare-timeline': {
      expect(root.querySelector('[part~="warning"]')!.textContent).to.include('shortness of breath');
      expect(getComputedStyle(root.querySelector('[part~="warning"]')!).display).to.equal('block');
      const button = root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
      button.focus();
      expect(root.activeElement).to.equal(button);
      return;
    }
    case 'complications-list': {
      const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await press(el, toggle, 'Enter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      return;
    }
    case 'preparation-checklist': {
      const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      boxes[0]!.click();
      expect(boxes[0]!.checked).to.equal(true);
      await press(el, boxes[1]!, ' ');
      expect(root.querySelector('[part="progress"]')!.textContent).to.match(/^2 of/);
    }
  }
}

describe('hostile host CSS', () => {
  afterEach(() => {
    fixtureCleanup();
  });

  for (const [name, page] of Object.entries(HOSTILE_PAGES)) {
    describe(name, () => {
      let restore: () => void;
      beforeEach(() => {
        restore = usePage(page);
      });
      afterEach(() => {
        restore();
      });
      for (const tag of TAGS) {
        it(`<${tag}> stays readable, within 320 px and usable by click and keyboard`, async () => {
          const { column, el } = await inColumn(tag);
          expectReadable(el);
          expectWithin(column, el);
          await expectUsable(tag, el);
          expectWithin(column, el);
          if (page.dir === 'rtl') expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="heading"]')!).direction).to.equal('rtl');
        });
      }
    });
  }

  describe('only the documented custom properties and parts change the look', () => {
    let restore: () => void;
    beforeEach(() => {
      restore = usePage(HOSTILE_PAGES['everything reverted, red and 40 px']!);
    });
    afterEach(() => {
      restore();
    });
    for (const tag of TAGS) {
      it(`<${tag}>: --msc-color-text and ::part(heading) apply; the page's colour on the element does not`, async () => {
        const style = document.createElement('style');
        style.textContent = `${tag} { color: rgb(255, 0, 0) !important; }
          .themed { --msc-color-text: rgb(0, 0, 255); }
          .parted::part(heading) { color: rgb(0, 128, 0); }`;
        document.head.append(style);
        try {
          const { el } = await inColumn(tag);
          const heading = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="heading"]')!).color;
          expect(heading()).to.equal(DEFAULT_TEXT);
          el.classList.add('themed');
          expect(heading()).to.equal('rgb(0, 0, 255)');
          el.classList.add('parted');
          expect(heading()).to.equal('rgb(0, 128, 0)');
        } finally {
          style.remove();
        }
      });
    }
  });
});
