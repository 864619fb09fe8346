/**
 * The elements in every shipped locale: translated words, dates in the locale, Arabic right to
 * left, and a pseudo-locale that proves every visible word goes through msg().
 */
import { expect, fixture } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { faceAlternative } from '../../src/index.js';
import { captureConsole } from '../support/console.js';
import { elementStates } from '../support/states.js';
import { addLocale, currentLocale, setLocale, sourceLocale, targetLocales } from '../../src/internal/localization.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

const states = elementStates;

const render = async (markup: string) => {
  const el = await fixture<Rendered>(markup);
  await el.updateComplete;
  return el;
};

/** The visible text of an element's shadow root, open disclosures included. */
const textOf = (el: Element) => {
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  return [...walk(el.shadowRoot!)].join(' ');
};
function* walk(node: Node): Generator<string> {
  if (node instanceof HTMLStyleElement || node instanceof SVGElement) return;
  if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) yield node.textContent!;
  if (node instanceof Element) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = node.getAttribute(name);
      if (value) yield value;
    }
  }
  for (const child of node.childNodes) yield* walk(child);
}

const moduleOf = async (locale: string) =>
  ((await import(/* @vite-ignore */ `/src/generated/locales/${locale}.ts`)) as { templates: TemplateMap }).templates;

describe('localization', () => {
  captureConsole('warn'); // the invalid-attribute states warn, as they should
  afterEach(async () => {
    await setLocale(sourceLocale);
  });

  it('ships a translation for every target locale', () => {
    expect([...targetLocales].sort()).to.deep.equal(['ar', 'de', 'es', 'fr', 'pl']);
  });

  for (const locale of targetLocales) {
    it(`renders every element's heading in ${locale}`, async () => {
      const templates = await moduleOf(locale);
      for (const markup of states) {
        const el = await render(markup);
        const heading = () => el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim();
        const english = heading();
        await setLocale(locale);
        await el.updateComplete;
        const expected = templates[generateMsgId(english, false)];
        expect(typeof expected, `${markup}: "${english}"`).to.equal('string');
        expect(heading(), markup).to.equal(expected);
        expect(heading(), markup).to.not.equal(english);
        expect(textOf(el), markup).to.not.match(/&(amp|lt|gt|quot);/);
        await setLocale(sourceLocale);
      }
    });

    it(`writes dates in ${locale}`, async () => {
      await setLocale(locale);
      const el = await render('<aftercare-timeline treatment-date="2026-03-27" today="2026-03-30"></aftercare-timeline>');
      const month = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })
        .formatToParts(Date.UTC(2026, 2, 27))
        .find((part) => part.type === 'month')!.value;
      expect(textOf(el)).to.include(month);
    });
  }

  it('turns every element right to left in Arabic', async () => {
    await setLocale('ar');
    for (const markup of states) {
      const el = await render(markup);
      expect(el.getAttribute('dir'), markup).to.equal('rtl');
    }
  });

  it('turns an element right to left in Arabic, and back', async () => {
    const el = await render('<complications-list></complications-list>');
    await setLocale('ar');
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="heading"]')!).direction).to.equal('rtl');
    await setLocale('de');
    await el.updateComplete;
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('puts every visible word through msg(): a pseudo-locale leaves no other words', async () => {
    const all = await moduleOf('de');
    const pseudo: TemplateMap = {};
    for (const [id, template] of Object.entries(all)) {
      pseudo[id] =
        typeof template === 'string'
          ? '⟦⟧'
          : ({ ...template, strings: template.strings.map((_, i, list) => (i === 0 ? '⟦' : i === list.length - 1 ? '⟧' : '·')) } as never);
    }
    addLocale('en-XA', pseudo);
    await setLocale('en-XA');
    expect(currentLocale()).to.equal('en-XA');
    // Words Intl writes (dates) and proper names (the leaflet's face alternative) are not ours to translate.
    const intl = new Set<string>([faceAlternative.name]);
    const format = new Intl.DateTimeFormat('en-XA', { dateStyle: 'full', timeZone: 'UTC' });
    for (let day = 0; day < 366; day += 3) {
      for (const part of format.formatToParts(Date.UTC(2026, 0, 1 + day))) {
        if (part.type === 'month' || part.type === 'weekday') intl.add(part.value);
      }
    }
    for (const hour of [3, 15]) {
      const time = new Intl.DateTimeFormat('en-XA', { hour: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 0, 1, hour));
      for (const part of time) if (part.type === 'dayPeriod') intl.add(part.value);
    }
    for (const markup of states) {
      const el = await render(markup);
      // A message can hold another (the exercise sentence holds "2 times a day"): drop the innermost first.
      let outside = textOf(el);
      while (/⟦[^⟦⟧]*⟧/.test(outside)) outside = outside.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      const words = (outside.match(/\p{L}{2,}/gu) ?? []).filter((word) => !intl.has(word));
      expect(words, markup).to.deep.equal([]);
    }
  });
});
