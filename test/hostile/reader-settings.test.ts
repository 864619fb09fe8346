/**
 * What a reader (or their assistive technology) sets reaches the elements: the language their words
 * are in is marked, the focus ring stands out on any page, text-spacing overrides apply, and native
 * controls match the element's own colours on a page that allows a dark scheme.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { setLocale, sourceLocale } from '../../src/internal/localization.js';
import { TAGS, settle, type Tag } from './support.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

const render = async (markup: string): Promise<Rendered> => {
  const el = await fixture<Rendered>(markup);
  await settle(el);
  return el;
};

/** An `rgb()`/`rgba()` colour as [r, g, b]. */
const rgb = (colour: string): [number, number, number] => {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
};

/** WCAG relative luminance and contrast ratio. */
const luminance = (colour: string): number => {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Markup in which each element has a control to focus. */
const FOCUSABLE: Record<Tag, string> = {
  'suitability-checker': '<suitability-checker></suitability-checker>',
  'area-size-guide': '<area-size-guide></area-size-guide>',
  'aftercare-timeline': '<aftercare-timeline></aftercare-timeline>',
  'complications-list': '<complications-list></complications-list>',
  'preparation-checklist': '<preparation-checklist></preparation-checklist>',
};

/** Focuses the element's first control by keyboard, as a reader does, and returns it. */
const focusFirst = async (el: HTMLElement): Promise<HTMLElement> => {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  const focused = el.shadowRoot!.activeElement as HTMLElement | null;
  expect(focused, `${el.localName}: a control takes focus`).to.not.equal(null);
  return focused!;
};

describe('reader settings', () => {
  afterEach(async () => {
    document.documentElement.lang = '';
    await setLocale(sourceLocale);
  });

  describe('the language of the words', () => {
    it('marks English words as English on a page in a language the elements do not speak', async () => {
      document.documentElement.lang = 'nl';
      for (const tag of TAGS) {
        const el = await render(FOCUSABLE[tag]);
        expect(el.lang, tag).to.equal('en-GB');
      }
    });

    it('marks the words with the language the host switched to, and back', async () => {
      document.documentElement.lang = 'en';
      const el = await render('<complications-list></complications-list>');
      await setLocale('fr');
      await settle(el);
      expect(el.lang).to.equal('fr');
      await setLocale(sourceLocale);
      await settle(el);
      expect(el.lang).to.equal('en-GB');
    });
  });

  describe('the focus ring', () => {
    for (const tag of TAGS) {
      it(`stands out at 3:1 or more on a white page, a dark page and its own background: ${tag}`, async () => {
        const el = await render(FOCUSABLE[tag]);
        const focused = await focusFirst(el);
        const style = getComputedStyle(focused);
        expect(style.outlineStyle, tag).to.equal('solid');
        expect(Number.parseFloat(style.outlineWidth), tag).to.be.at.least(2);
        const own = getComputedStyle(el).backgroundColor;
        // A white page, a black one, the element's own background and its dark theme's.
        for (const background of [own, 'rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(27, 35, 44)']) {
          expect(contrast(style.outlineColor, background), `${tag}: focus ring on ${background}`).to.be.at.least(3);
        }
      });
    }

    it('still takes the clinic’s own ring from --msc-focus-ring', async () => {
      const el = await render('<area-size-guide style="--msc-focus-ring: 4px dashed rgb(200, 0, 0)"></area-size-guide>');
      const style = getComputedStyle(await focusFirst(el));
      expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal(['dashed', '4px', 'rgb(200, 0, 0)']);
    });
  });

  describe('text spacing (WCAG 1.4.12)', () => {
    const spacing = (el: HTMLElement) => {
      const p = el.shadowRoot!.querySelector('p')!;
      const style = getComputedStyle(p);
      const size = Number.parseFloat(style.fontSize);
      return {
        letter: Number.parseFloat(style.letterSpacing) / size,
        word: Number.parseFloat(style.wordSpacing) / size,
        line: Number.parseFloat(style.lineHeight) / size,
      };
    };
    const READER = {
      'on html and body': 'html, body { letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5; }',
      'as the usual bookmarklet': '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 2 !important; }',
    };
    for (const [how, css] of Object.entries(READER)) {
      it(`applies a reader's spacing set ${how}, in every element`, async () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        try {
          for (const tag of TAGS) {
            const got = spacing(await render(FOCUSABLE[tag]));
            expect(got.letter, tag).to.be.closeTo(0.12, 0.01);
            expect(got.word, tag).to.be.closeTo(0.16, 0.01);
            expect(got.line, tag).to.be.at.least(how === 'as the usual bookmarklet' ? 1.99 : 1.49);
          }
        } finally {
          style.remove();
        }
      });
    }
  });

  describe('date fields', () => {
    it("give one example of a date, as the browser's date field takes it, in the timeline and the self-check", async () => {
      // The browser's language where it is a valid tag (WebKit on a POSIX system says "C"), else the page's.
      let language = 'en-GB';
      try {
        language = Intl.getCanonicalLocales(navigator.language)[0] ?? language;
      } catch {
        // keep the page's language
      }
      const example = new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2026, 2, 1),
      );
      const timeline = await render('<aftercare-timeline today="2026-03-01"></aftercare-timeline>');
      const hint = timeline.shadowRoot!.querySelector('#treatment-date-hint')!;
      expect(hint.textContent.trim()).to.equal(`For example, ${example}.`);

      const checker = await render('<suitability-checker mode="list" today="2026-03-01"></suitability-checker>');
      checker.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-antibiotics"][value="yes"]')!.click();
      await settle(checker);
      const field = checker.shadowRoot!.querySelector<HTMLInputElement>('#date-antibiotics')!;
      field.value = '1850-01-01'; // a date the field takes but the self-check cannot use
      field.dispatchEvent(new Event('change'));
      await settle(checker);
      const message = checker.shadowRoot!.querySelector('#window-end-antibiotics')!.textContent.replace(/\s+/g, ' ').trim();
      expect(message).to.equal(`Enter a real date, for example ${example}.`);
    });
  });

  describe('colour scheme', () => {
    it('draws native controls in the element’s own light scheme on a page that allows dark', async () => {
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = 'light dark';
      document.head.append(meta);
      try {
        for (const tag of TAGS) {
          const el = await render(FOCUSABLE[tag]);
          const controls = [...el.shadowRoot!.querySelectorAll('input')];
          for (const control of controls) expect(getComputedStyle(control).colorScheme, tag).to.equal('light');
          expect(getComputedStyle(el).backgroundColor, tag).to.equal('rgb(255, 255, 255)');
        }
      } finally {
        meta.remove();
      }
    });
  });
});
