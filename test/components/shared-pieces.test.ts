/**
 * The pieces every element shares by construction (src/internal/msc-element.ts: the main heading at
 * `heading-level`, its sub-headings below it and the governance footer; src/internal/warning-signs-element.ts:
 * the warning signs with the clinic's emergency service), checked once here for every element of
 * src/elements.ts rather than again in each element's own tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { contentInfo } from '../../src/core/index.js';
import { elements, type ElementTag } from '../../src/elements.js';
import '../../src/index.js';
import { WarningSignsElement } from '../../src/internal/warning-signs-element.js';
import { captureConsole } from '../support/console.js';
import { clean, shadow } from '../support/dom.js';
import { longDate } from '../support/english.js';

/** What differs between the elements in the shared pieces. */
interface Pieces {
  /** Its sub-headings (selectors), each with how many levels it sits below the main heading. */
  readonly subheadings: readonly (readonly [selector: string, depth: number])[];
  /** Brings the sub-headings on screen, where the first render shows none. */
  readonly reveal?: (el: LitElement) => Promise<void>;
}

/** Every element of src/elements.ts (a new one does not compile until it is added here). */
const pieces: Record<ElementTag, Pieces> = {
  'suitability-checker': {
    // The result's heading, and each finding's heading one level further down.
    subheadings: [
      ['#result-heading', 1],
      ['[part="finding"] [role="heading"]', 2],
    ],
    reveal: async (el) => {
      // In list mode: one answer that is a finding, then the result.
      el.setAttribute('mode', 'list');
      await el.updateComplete;
      shadow(el).querySelector<HTMLInputElement>('input[name="q-pregnant-or-breastfeeding"][value="yes"]')!.click();
      await el.updateComplete;
      [...shadow(el).querySelectorAll('button')].find((b) => clean(b.textContent) === 'See what to tell the clinic')!.click();
      await el.updateComplete;
    },
  },
  'area-size-guide': { subheadings: [] },
  'aftercare-timeline': { subheadings: [['.step-heading', 1]] },
  'complications-list': { subheadings: [['[part="group-heading"]', 1]] },
  'preparation-checklist': {
    subheadings: [
      ['#good-to-know', 1],
      ['#appointment', 1],
    ],
  },
};

/** The element `tag` with these attributes, rendered on the page. */
async function render(tag: ElementTag, attributes: Readonly<Record<string, string>>): Promise<LitElement> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<LitElement>(el);
}

const level = (node: Element | null) => node?.getAttribute('aria-level');

describe('the pieces every element shares', () => {
  const warnings = captureConsole('warn');

  for (const { tag } of elements) {
    const { subheadings, reveal } = pieces[tag];
    /** The elements that show the warning signs take the clinic's emergency service (aftercare-timeline, complications-list). */
    const warningSigns = customElements.get(tag)!.prototype instanceof WarningSignsElement;

    describe(`<${tag}>`, () => {
      it('puts its main heading at the level it is given (2 by default) and its sub-headings below it', async () => {
        for (const [attributes, main] of [
          [{}, 2],
          [{ 'heading-level': '3' }, 3],
        ] as const) {
          const el = await render(tag, attributes);
          await reveal?.(el);
          const context = `heading-level ${main}`;
          expect(level(shadow(el).querySelector('[part="heading"]')), context).to.equal(String(main));
          for (const [selector, depth] of subheadings) {
            const found = [...shadow(el).querySelectorAll(selector)];
            expect(found, `${context}: ${selector}`).to.not.have.length(0);
            for (const node of found) expect(level(node), `${context}: ${selector}`).to.equal(String(main + depth));
          }
        }
        expect(warnings).to.have.length(0);
      });

      it('says in the governance footer who approved the content and when, when it is due to be reviewed again, and the content version', async () => {
        const el = await render(tag, { 'reviewed-by': 'Dr A. Patel', 'reviewed-on': '2026-01-15', 'next-review': '2027-01-15' });
        const footer = clean(shadow(el).querySelector('[part="governance"]')!.textContent);
        expect(footer).to.include(`Content approved by Dr A. Patel on ${longDate(2026, 1, 15)}.`);
        expect(footer).to.include(`This information is due to be reviewed again on ${longDate(2027, 1, 15)}.`);
        expect(footer).to.include(`Content version ${contentInfo.version}`);
        expect(footer).to.not.match(/next review/i);
        expect(warnings).to.have.length(0);
      });

      if (warningSigns) {
        it('names the clinic emergency service it is given in the warning signs, one level below the main heading', async () => {
          const el = await render(tag, { 'heading-level': '3', 'emergency-text': 'the emergency department', 'emergency-phone': '112' });
          const warning = shadow(el).querySelector('[part="warning"]')!;
          expect(warning.textContent).to.include('the emergency department').and.include('112');
          expect(warning.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
          expect(level(warning.querySelector('[role="heading"]'))).to.equal('4');
          expect(warnings).to.have.length(0);
        });
      }
    });
  }

  it('adds no landmark of its own: a page with the warning signs twice (timeline and list) passes axe', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <aftercare-timeline treatment-date="2026-03-27" today="2026-03-28"></aftercare-timeline>
        <complications-list></complications-list>
      </div>`,
    );
    const both = [...page.querySelectorAll<LitElement>('aftercare-timeline, complications-list')];
    await Promise.all(both.map((el) => el.updateComplete));
    expect(both.map((el) => shadow(el).querySelectorAll('[part="warning"]').length)).to.deep.equal([1, 1]);
    await expect(page).to.be.accessible();
  });
});
