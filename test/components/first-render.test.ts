/**
 * What the first render makes (issue "A page loads only the elements it uses"): an `Intl` formatter
 * costs tens of milliseconds the first time a page makes one, so an element makes only those its
 * visible state uses, and a page makes each one once however many elements use it
 * (src/internal/format.ts). Counted here by wrapping the `Intl` constructors; this file runs in a
 * page of its own, so nothing was made before it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';

const KINDS = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat'] as const;
/** Each formatter made since the wrapping: its kind, locale and options. */
const made: string[] = [];

before(() => {
  for (const kind of KINDS) {
    const Original = Intl[kind] as unknown as new (...args: unknown[]) => object;
    Object.defineProperty(Intl, kind, {
      configurable: true,
      writable: true,
      value: new Proxy(Original, {
        construct(target, args: unknown[]) {
          made.push(`${kind} ${JSON.stringify(args)}`);
          return new target(...args);
        },
      }),
    });
  }
});

const rendered = async (el: Element): Promise<void> => {
  await (el as Partial<Pick<LitElement, 'updateComplete'>>).updateComplete;
};

describe('the first render', () => {
  it('of a self-check, one question at a time, makes only the number format of "Question 1 of N"', async () => {
    made.length = 0;
    const el = await fixture(html`<suitability-checker></suitability-checker>`);
    await rendered(el);
    expect(el.shadowRoot!.textContent).to.match(/Question 1 of \d+/);
    expect(made).to.deep.equal(['NumberFormat ["en-GB",{}]']);
  });

  it('of all five elements, twice on one page, makes each formatter once', async () => {
    made.length = 0;
    const page = await fixture(
      html`<div>
        ${[0, 1].map(
          () =>
            html`<suitability-checker mode="list"></suitability-checker>
              <area-size-guide value="medium" price-medium="180" currency="GBP"></area-size-guide>
              <aftercare-timeline treatment-date="2026-03-27" today="2026-03-30"></aftercare-timeline>
              <complications-list></complications-list>
              <preparation-checklist appointment-date="2026-04-02" appointment-time="10:30" today="2026-03-30"></preparation-checklist>`,
        )}
      </div>`,
    );
    await Promise.all([...page.children].map(rendered));
    expect(made.length, 'formatters made').to.be.greaterThan(3);
    const twice = made.filter((formatter, i) => made.indexOf(formatter) !== i);
    expect(twice).to.deep.equal([]);
  });
});
