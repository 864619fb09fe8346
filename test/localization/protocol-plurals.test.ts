/**
 * Every number a clinic's protocol sets reaches the patient in the language's own words and plural
 * form: a protocol with 1, 2, 5 and 21 of each unit (hours, days, weeks, months), rendered in all six
 * languages, says exactly what `Intl.NumberFormat` with `style: 'unit'` says for that number (Polish
 * and Arabic have several plural forms; nothing in the library picks a form by hand).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseProtocol, type ClinicProtocol } from '../../src/core/index.js';
import '../../src/index.js';
import { setLocale, sourceLocale, targetLocales } from '../../src/internal/localization.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown>; protocol: unknown };

const COUNTS = [1, 2, 5, 21] as const;
const LOCALES = [sourceLocale, ...targetLocales];

/**
 * A valid protocol with `n` of every unit: overnight and all stockings in days, air travel in weeks,
 * sun if darkened in months, no shaving in hours, and exercise in minutes (5 to 120) and times a day
 * (1 to 6) where `n` is in their range.
 */
function protocolWith(n: number): ClinicProtocol {
  const result = parseProtocol({
    id: `plurals-${n}`,
    name: 'Plurals',
    version: '1.0.0',
    preparation: { noShavingHours: n },
    aftercare: {
      stockings: { amount: n, unit: 'days' },
      stockingsDayAndNight: { amount: n, unit: 'days' },
      noAirTravel: { amount: n, unit: 'weeks' },
      sunIfDarkened: { amount: n, unit: 'months' },
      exercise: { minutes: n >= 5 ? n : 30, timesPerDay: n <= 6 ? n : 2 },
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.protocol;
}

/** Intl's words for `n` of `unit`, with its spaces (no-break in French) as plain spaces, like the text compared. */
const unitWords = (locale: string, n: number, unit: 'hour' | 'day' | 'week' | 'month' | 'minute') =>
  new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n).replace(/\s+/g, ' ');

const textOf = async (el: Rendered) => {
  await el.updateComplete;
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  return el.shadowRoot!.textContent.replace(/\s+/g, ' ');
};

async function rendered(markup: ReturnType<typeof html>, protocol: ClinicProtocol): Promise<string> {
  const el = await fixture<Rendered>(markup);
  el.protocol = protocol;
  return textOf(el);
}

describe("a clinic protocol's numbers in every language", () => {
  it('says how often a day in the plural form of the number (Intl.PluralRules), which Intl has no unit for', async () => {
    const timeline = (n: number) => rendered(html`<aftercare-timeline></aftercare-timeline>`, protocolWith(n));
    expect(await timeline(1)).to.include('1 time a day,');
    expect(await timeline(2)).to.include('2 times a day,');
    expect(await timeline(5)).to.include('5 times a day,');
  });

  after(async () => {
    await setLocale(sourceLocale);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      before(async () => {
        await setLocale(locale);
      });

      for (const n of COUNTS) {
        it(`${n} of each unit: hours, days, weeks and months as Intl words them`, async () => {
          const protocol = protocolWith(n);
          const timeline = await rendered(html`<aftercare-timeline></aftercare-timeline>`, protocol);
          expect(timeline, 'stockings in days').to.include(unitWords(locale, n, 'day'));
          expect(timeline, 'air travel in weeks').to.include(unitWords(locale, n, 'week'));
          if (n >= 5) expect(timeline, 'exercise in minutes').to.include(unitWords(locale, n, 'minute'));
          const checklist = await rendered(html`<preparation-checklist></preparation-checklist>`, protocol);
          expect(checklist, 'no shaving in hours').to.include(unitWords(locale, n, 'hour'));
          const complications = await rendered(html`<complications-list></complications-list>`, protocol);
          expect(complications, 'sun avoidance in months').to.include(unitWords(locale, n, 'month'));
        });
      }
    });
  }
});
