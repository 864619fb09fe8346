/**
 * The warning signs name one emergency service everywhere: with `emergency-text` set, no element
 * shows "A&E" (or the locale's own default) anywhere, in any shipped language; without it, "A&E"
 * is expanded where it is first shown.
 */
import { expect, fixture } from '@open-wc/testing';
import { msg, setLocale, sourceLocale, targetLocales } from '../../src/internal/localization.js';
import '../../src/index.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

const custom = 'the emergency department of Example Hospital';

/** Every element, in states that show the warning signs where it has them. */
const markups = (extra: string) => [
  `<aftercare-timeline treatment-date="2026-03-27" today="2026-03-30" ${extra}></aftercare-timeline>`,
  `<aftercare-timeline treatment-date="2026-03-27" today="2026-06-30" ${extra}></aftercare-timeline>`,
  `<aftercare-timeline ${extra}></aftercare-timeline>`,
  `<complications-list ${extra}></complications-list>`,
  `<complications-list group="urgent" ${extra}></complications-list>`,
  '<suitability-checker mode="list"></suitability-checker>',
  '<preparation-checklist appointment-date="2026-03-27"></preparation-checklist>',
  '<area-size-guide value="large"></area-size-guide>',
];

/** The element's text with every disclosure open, as a patient (or a printout) sees it. */
const textOf = async (markup: string): Promise<string> => {
  const el = await fixture<Rendered>(markup);
  await el.updateComplete;
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  return el.shadowRoot!.textContent.replace(/\s+/g, ' ');
};

describe('the emergency service in the warning signs', () => {
  afterEach(async () => {
    await setLocale(sourceLocale);
  });

  for (const locale of [sourceLocale, ...targetLocales]) {
    it(`with emergency-text, no element shows A&E or the default service in ${locale}`, async () => {
      await setLocale(locale);
      const defaultService = msg('your local A&E (Accident and Emergency) department');
      for (const markup of markups(`emergency-text="${custom}"`)) {
        const text = await textOf(markup);
        expect(text, `${locale}: ${markup}`).to.not.include('A&E');
        expect(text, `${locale}: ${markup}`).to.not.include(defaultService);
        if (!markup.startsWith('<aftercare-timeline') && !markup.startsWith('<complications-list')) continue;
        expect(text, `${locale}: ${markup}`).to.include(custom);
      }
    });
  }

  it('names the clinic’s service in the complications list’s DVT and PE item too', async () => {
    const el = await fixture<Rendered>(`<complications-list emergency-text="${custom}"></complications-list>`);
    const urgent = el.shadowRoot!.querySelector('[data-group="urgent"]')!;
    expect(urgent.textContent).to.include(custom);
  });

  it('without emergency-text, expands A&E where each element first shows it', async () => {
    for (const markup of markups('')) {
      const text = await textOf(markup);
      const first = text.indexOf('A&E');
      if (first === -1) continue;
      expect(text.slice(first, first + 30), markup).to.equal('A&E (Accident and Emergency) d');
    }
  });
});
