/**
 * A clinic's protocol on the page (src/internal/protocol-source.ts, src/internal/msc-element.ts): what a
 * patient reads and a clinic's developer relies on in every element that follows it. The same protocol
 * declared three ways gives the same page; the numbers, the steps and the questions follow it; the
 * governance footer names it; a protocol that cannot be read shows a plain message and none of the
 * leaflet's numbers (the warning signs stay), with one console warning per protocol; and a protocol
 * never fires an event or throws.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import ICAL from 'ical.js';
import { LitElement } from 'lit';
import { contentInfo, faceAlternative, leafletProtocol, parseProtocol, suitabilityQuestions } from '../../src/core/index.js';
import { elements, type ElementTag } from '../../src/elements.js';
import '../../src/index.js';
import type { AreaSizeChange } from '../../src/index.js';
import { captureConsole } from '../support/console.js';
import { plusDays, periodOf } from '../support/days.js';
import { clean, pickDate, shadow, words } from '../support/dom.js';
import { longDate, weeksRange } from '../support/english.js';

/** The city clinic's protocol, as a clinic writes it in its page (checked with parseProtocol below). */
const CITY = {
  id: 'city-clinic',
  name: 'City Clinic aftercare',
  version: '1.2.0',
  reviewedBy: 'Dr A Example',
  reviewedOn: '2026-01-10',
  nextReview: '2027-01-10',
  aftercare: {
    stockings: { amount: 2, unit: 'weeks' },
    noAirTravel: { amount: 2, unit: 'weeks' },
    review: { fromWeeks: 6, toWeeks: 8 },
  },
  suitability: { questions: suitabilityQuestions.map((q) => q.id).filter((id) => id !== 'disulfiram') },
  preparation: { clinicSuppliesStockings: true, mentionParacetamol: false, noShavingHours: 48 },
  area: { smallAtMostHands: 2, largeAtLeastHands: 3 },
  faceAlternative: null,
} as const;

/** The footer line that names the city clinic's protocol. */
const CITY_SETTINGS = 'Treatment settings: City Clinic aftercare, version 1.2.0.';

/** What an element shows instead of its content when the clinic's protocol cannot be read. */
const PROBLEM = "This information cannot be shown, because the clinic's treatment settings could not be read. Please ask the clinic.";

/** Amounts as Intl words them in the elements' English (en-GB), worked out here rather than with the library's code. */
const unit = (name: 'week' | 'day' | 'month' | 'hour', value: number) =>
  new Intl.NumberFormat('en-GB', { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
const weeks = (value: number) => unit('week', value);

/** The dates the tests use: a treatment (or appointment) date, and a today before it. */
const TREATMENT = '2026-03-27';
const BEFORE = '2026-03-20';
const APPOINTMENT = '2026-04-14';

/**
 * Each element with the attributes that make what it shows the same on every run (a date to count
 * from, a chosen size, the list of questions), so two renders can be compared word for word.
 */
const steady: Record<ElementTag, Readonly<Record<string, string>>> = {
  'suitability-checker': { mode: 'list', today: '2026-03-01' },
  'area-size-guide': { value: 'medium' },
  'aftercare-timeline': { 'treatment-date': TREATMENT, today: BEFORE },
  'complications-list': {},
  'preparation-checklist': { 'appointment-date': APPOINTMENT },
};

/** The elements that show the warning signs, and so keep them when the protocol cannot be read. */
const withWarningSigns: readonly ElementTag[] = ['aftercare-timeline', 'complications-list'];

/** A `<script type="application/json">` block with this id and text, as a CMS editor pastes it. */
function block(id: string, text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.text = text;
  return script;
}

/** An element of the package, not yet on the page, with these attributes (the steady ones by default). */
function make<K extends ElementTag>(tag: K, attributes: Readonly<Record<string, string>> = steady[tag]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * Puts blocks and elements on the page together, in one fixture container (removed after each test,
 * so no page-level block reaches another test), and waits until every element has rendered.
 */
async function onPage(...nodes: Node[]): Promise<void> {
  await fixture(html`<div>${nodes}</div>`);
  for (const node of nodes) if (node instanceof LitElement) await node.updateComplete;
}

/** The element `tag` following the city clinic's protocol, declared in one of the three ways a page can. */
type Way = 'block named by the protocol attribute' | 'page block msc-protocol' | 'protocol property';
const ways: readonly Way[] = ['block named by the protocol attribute', 'page block msc-protocol', 'protocol property'];
async function withCity<K extends ElementTag>(
  tag: K,
  way: Way,
  attributes: Readonly<Record<string, string>> = steady[tag],
): Promise<HTMLElementTagNameMap[K]> {
  const el = make(tag, attributes);
  if (way === 'block named by the protocol attribute') {
    el.setAttribute('protocol', 'city');
    await onPage(block('city', JSON.stringify(CITY)), el);
  } else if (way === 'page block msc-protocol') {
    await onPage(block('msc-protocol', JSON.stringify(CITY)), el);
  } else {
    el.protocol = structuredClone(CITY);
    await onPage(el);
  }
  return el;
}

const text = (el: Element) => clean(shadow(el).textContent);
const footer = (el: Element) => clean(shadow(el).querySelector('[part="governance"]')?.textContent);
/** What a patient can read of an element: its text, and the labels assistive technology reads out. */
const readable = (el: Element) =>
  [
    text(el),
    ...[...shadow(el).querySelectorAll('*')].flatMap((node) => ['aria-label', 'title', 'alt'].map((name) => node.getAttribute(name) ?? '')),
  ].join(' ');
const problem = (el: Element) => shadow(el).querySelector('[part="protocol-problem"]');

/** The console warning about a protocol (as text), one per call. */
const protocolWarnings = (warnings: unknown[][]) =>
  warnings.map((args) => args.map(String).join(' ')).filter((line) => line.includes("the clinic's protocol could not be read"));

describe('a clinic protocol on the page', () => {
  const warnings = captureConsole('warn');
  /** Errors and rejections no code handled, during each test. */
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    fixtureCleanup();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(document.getElementById('msc-protocol'), 'a page block left on the page').to.equal(null);
  });

  it('uses a valid protocol as the example: parseProtocol accepts it with every setting it states', () => {
    const result = parseProtocol(CITY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { protocol } = result;
    expect(protocol.aftercare.stockings).to.deep.equal({ amount: 2, unit: 'weeks' });
    expect(protocol.aftercare.noAirTravel).to.deep.equal({ amount: 2, unit: 'weeks' });
    expect(protocol.aftercare.review).to.deep.equal({ fromWeeks: 6, toWeeks: 8 });
    expect(protocol.suitability.questions)
      .to.have.length(suitabilityQuestions.length - 1)
      .and.not.include('disulfiram');
    expect(protocol.faceAlternative).to.equal(null);
    // What it leaves out is the leaflet's, so the tests below can tell the two apart.
    expect(protocol.aftercare.sunIfDarkened).to.deep.equal(leafletProtocol.aftercare.sunIfDarkened);
    expect(leafletProtocol.aftercare.stockings.amount).to.not.equal(2);
    expect(leafletProtocol.aftercare.noAirTravel.amount).to.not.equal(2);
  });

  it('never shows the leaflet numbers before the clinic ones, not even while the protocol checker loads', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make('aftercare-timeline', { 'treatment-date': TREATMENT, today: BEFORE, protocol: 'city' });
    // Connected, the element has its shadow root; its first render is still to come.
    page.append(block('city', JSON.stringify(CITY)), el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    observer.disconnect();
    expect(seen, 'the renders seen').to.not.have.length(0);
    const leafletOnly = [`${weeksRange(4, 6)} after your treatment`, `Avoid air travel for ${weeks(4)}`, `until ${weeks(1)} after it`];
    for (const [i, shown] of seen.entries()) {
      for (const words of leafletOnly) expect(shown, `render ${i}`).to.not.include(words);
      if (shown !== '') expect(shown, `render ${i}`).to.include(CITY_SETTINGS);
    }
    expect(seen.at(-1)).to.include(`${weeksRange(6, 8)} after your treatment`);
  });

  it('finds the block in the shadow root the element is in, and the page block from inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inside = make('aftercare-timeline', { ...steady['aftercare-timeline'], protocol: 'city' });
    root.append(block('city', JSON.stringify(CITY)), inside);
    await inside.updateComplete;
    expect(footer(inside)).to.include(CITY_SETTINGS);
    expect(text(inside)).to.include(`Avoid air travel for ${weeks(2)}`);
    await onPage(block('msc-protocol', JSON.stringify({ ...CITY, name: 'Page protocol' })));
    const byPage = make('aftercare-timeline');
    root.append(byPage);
    await byPage.updateComplete;
    expect(footer(byPage)).to.include('Treatment settings: Page protocol, version 1.2.0.');
    expect(warnings).to.deep.equal([]);
  });

  describe('three ways of declaring it give the same page', () => {
    for (const { tag } of elements) {
      it(`<${tag}>: a block named by the protocol attribute, the page block msc-protocol and the protocol property`, async () => {
        const shown: string[] = [];
        for (const way of ways) {
          const el = await withCity(tag, way);
          expect(problem(el), way).to.equal(null);
          expect(footer(el), way).to.include(CITY_SETTINGS);
          shown.push(text(el));
          fixtureCleanup(); // the next way starts from a page without this one's block
        }
        expect(shown[1], 'page block').to.equal(shown[0]);
        expect(shown[2], 'property').to.equal(shown[0]);
        // And it is the clinic's page, not the leaflet's.
        const leaflet = make(tag);
        await onPage(leaflet);
        expect(text(leaflet)).to.not.equal(shown[0]);
        expect(footer(leaflet)).to.not.include('Treatment settings');
        expect(warnings).to.deep.equal([]);
        expect(thrown).to.deep.equal([]);
      });
    }

    it('follows the protocol property when the host sets it after the first render, and the page block again when it is cleared', async () => {
      const page = block('msc-protocol', JSON.stringify({ id: 'page', name: 'Page protocol', version: '3.0.0' }));
      const el = make('aftercare-timeline');
      await onPage(page, el);
      expect(footer(el)).to.include('Treatment settings: Page protocol, version 3.0.0.');
      expect(text(el)).to.include(`Avoid air travel for ${weeks(4)} after your treatment`);
      el.protocol = structuredClone(CITY);
      await el.updateComplete;
      expect(footer(el)).to.include(CITY_SETTINGS).and.not.include('Page protocol');
      expect(text(el)).to.include(`Avoid air travel for ${weeks(2)} after your treatment`);
      el.protocol = null;
      await el.updateComplete;
      expect(footer(el)).to.include('Treatment settings: Page protocol, version 3.0.0.');
      expect(warnings).to.deep.equal([]);
    });

    it('lets the protocol attribute of one element win over the page block for that element only', async () => {
      const own = make('aftercare-timeline', { ...steady['aftercare-timeline'], protocol: 'city' });
      const other = make('aftercare-timeline');
      const page = block('msc-protocol', JSON.stringify({ id: 'page', name: 'Page protocol', version: '3.0.0' }));
      await onPage(page, block('city', JSON.stringify(CITY)), own, other);
      expect(footer(own)).to.include(CITY_SETTINGS);
      expect(footer(other)).to.include('Treatment settings: Page protocol, version 3.0.0.');
      expect(text(own)).to.include(`Avoid air travel for ${weeks(2)}`);
      expect(text(other)).to.include(`Avoid air travel for ${weeks(4)}`);
    });
  });

  describe('the numbers, steps and questions follow it', () => {
    const steps = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="step"]')];
    const heading = (step: Element) => clean(step.querySelector('.period')?.textContent);
    const entry = (el: Element, id: string) => clean(shadow(el).querySelector(`[part="entry"][data-entry="${id}"]`)?.textContent);

    it('<aftercare-timeline> says 2 weeks for stockings and air travel, a 6–8 week review, and dates each step from them', async () => {
      const el = await withCity('aftercare-timeline', 'page block msc-protocol');
      expect(entry(el, 'stockings')).to.include(`until ${weeks(2)} after it`);
      expect(entry(el, 'no-air-travel')).to.include(`Avoid air travel for ${weeks(2)} after your treatment`);
      expect(entry(el, 'review')).to.include(`Come to a review ${weeksRange(6, 8)} after your treatment`);
      // What the protocol leaves out stays the leaflet's.
      expect(entry(el, 'stockings-day-and-night')).to.include(`until ${unit('day', 3)} after your treatment`);
      expect(entry(el, 'no-sun')).to.include(`for ${weeks(6)} after your treatment`);
      const headings = steps(el).map(heading);
      expect(headings).to.deep.equal([
        'Your treatment day',
        `Until ${unit('day', 3)} after your treatment`,
        `Until ${weeks(1)} after your treatment`,
        `Until ${weeks(2)} after your treatment`,
        `Until ${weeks(6)} after your treatment`,
        `${weeksRange(6, 8)} after your treatment`,
        'While you heal',
      ]);
      expect(text(el))
        .to.not.include(weeksRange(4, 6))
        .and.not.include(`${weeks(4)} after`);
      // The 2-week step holds the stockings and the air travel; the review step the review.
      const step = (id: string) => steps(el).find((s) => s.querySelector(`[data-entry="${id}"]`))!;
      expect(step('stockings')).to.equal(step('no-air-travel'));
      expect(heading(step('stockings'))).to.equal(`Until ${weeks(2)} after your treatment`);
      // Every dated step shows the days its heading names, counted from the treatment day.
      for (const dated of steps(el).filter((s) => heading(s) !== 'While you heal')) {
        const [first, last] = periodOf(heading(dated))!;
        const expected = first === last ? [plusDays(TREATMENT, first)] : [plusDays(TREATMENT, first), plusDays(TREATMENT, last)];
        const times = [...dated.querySelectorAll<HTMLTimeElement>('.dates time')].map((t) => t.dateTime);
        expect(times, heading(dated)).to.deep.equal(expected);
      }
      const times = (id: string) => [...step(id).querySelectorAll<HTMLTimeElement>('.dates time')].map((t) => t.dateTime);
      expect(times('stockings')).to.deep.equal(['2026-03-27', '2026-04-10']);
      expect(times('review')).to.deep.equal(['2026-05-08', '2026-05-22']);
    });

    it('<aftercare-timeline> says what applies today by the protocol: stockings and no flying until day 14, the review from week 6', async () => {
      const el = await withCity('aftercare-timeline', 'protocol property');
      const today = () => [...shadow(el).querySelectorAll('[part="summary"] li')].map((li) => clean(li.textContent));
      for (const [date, applies, over] of [
        ['2026-04-10', ['Wear your compression stockings', 'Do not fly', 'Keep your legs out of the sun'], ['Your review appointment']],
        ['2026-04-11', ['Keep your legs out of the sun'], ['Wear your compression stockings', 'Do not fly']],
        ['2026-05-07', ['Keep your legs out of the sun'], ['Your review appointment']],
        ['2026-05-08', ['Keep your legs out of the sun', 'Your review appointment'], []],
        ['2026-05-09', ['Your review appointment'], ['Keep your legs out of the sun']],
        ['2026-05-22', ['Your review appointment'], []],
      ] as const) {
        el.today = date;
        await el.updateComplete;
        for (const title of applies) expect(today(), `${date}: ${title}`).to.include(title);
        for (const title of over) expect(today(), `${date}: ${title}`).to.not.include(title);
      }
      el.today = '2026-05-23';
      await el.updateComplete;
      expect(words(shadow(el).querySelector('[part="summary"]')?.textContent)).to.include('The dated steps of your aftercare are over.');
    });

    it('<aftercare-timeline> puts the protocol dates in the calendar file', async () => {
      const el = await withCity('aftercare-timeline', 'block named by the protocol attribute');
      const blobs: Blob[] = [];
      const createObjectURL = URL.createObjectURL.bind(URL);
      const keep = (event: Event) => {
        const link = event.composedPath()[0];
        if (link instanceof HTMLAnchorElement && link.download) event.preventDefault(); // no file saved by the test browser
      };
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return createObjectURL(blob);
      };
      document.addEventListener('click', keep, true);
      try {
        expect(await el.downloadCalendar()).to.not.equal(null);
      } finally {
        URL.createObjectURL = createObjectURL;
        document.removeEventListener('click', keep, true);
      }
      expect(blobs).to.have.length(1);
      const events = new ICAL.Component(ICAL.parse(await blobs[0]!.text()) as unknown[])
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      /** The first and last day of the event with this title (the file's end date is the day after the last). */
      const days = (title: string) => {
        const event = events.find((e) => e.summary === title);
        expect(event, title).to.not.equal(undefined);
        const last = event!.endDate.clone();
        last.adjust(-1, 0, 0, 0);
        return [event!.startDate.toString(), last.toString()];
      };
      expect(days('Wear your compression stockings')).to.deep.equal(['2026-03-27', '2026-04-10']);
      expect(days('Do not fly')).to.deep.equal(['2026-03-27', '2026-04-10']);
      expect(days('Your review appointment')).to.deep.equal(['2026-05-08', '2026-05-22']);
    });

    it('<suitability-checker> does not ask the disulfiram question and, with faceAlternative null, names no other treatment', async () => {
      const el = await withCity('suitability-checker', 'page block msc-protocol');
      const asked = [...shadow(el).querySelectorAll<HTMLElement>('[part="question"]')].map((q) => q.dataset.question);
      expect(asked).to.deep.equal(CITY.suitability.questions);
      expect(asked)
        .to.have.length(suitabilityQuestions.length - 1)
        .and.not.include('disulfiram');
      expect(text(el)).to.not.match(/disulfiram|antabuse/i);
      const location = clean(shadow(el).querySelector('#question-location')?.textContent);
      expect(location).to.include('Why we ask:').and.not.include('offers').and.not.include(faceAlternative.name);
      // Every question it asks answered: nothing is left unanswered, and the face finding names no alternative.
      for (const question of suitabilityQuestions.filter((q) => asked.includes(q.id))) {
        const answer = question.id === 'location' ? 'face' : question.options.find((option) => !question.raises.includes(option))!;
        shadow(el).querySelector<HTMLInputElement>(`input[name="q-${question.id}"][value="${answer}"]`)!.click();
        await el.updateComplete;
      }
      expect(el.result.unanswered).to.deep.equal([]);
      expect(el.result.findings.map((f) => f.question)).to.deep.equal(['location']);
      [...shadow(el).querySelectorAll('button')].find((b) => clean(b.textContent) === 'See what to tell the clinic')!.click();
      await el.updateComplete;
      const finding = clean(shadow(el).querySelector('[part="finding"][data-question="location"]')?.textContent);
      expect(finding).to.include('not offered for thread veins on the face').and.not.include('offers');
      expect(text(el)).to.not.include(faceAlternative.name).and.not.include('You have not answered');
    });

    it('<suitability-checker> counts the questions it asks in stepwise mode, and its own face-alternative wins over the protocol', async () => {
      const el = await withCity('suitability-checker', 'protocol property', { today: '2026-03-01', 'face-alternative': 'laser treatment' });
      expect(clean(shadow(el).querySelector('[part="progress"]')?.textContent)).to.equal(
        `Question 1 of ${suitabilityQuestions.length - 1}`,
      );
      expect(clean(shadow(el).querySelector('#question-location')?.textContent)).to.include('offers laser treatment instead');
    });

    it('<preparation-checklist> has no "Buy" tick, says the clinic gives class 1 stockings, no paracetamol, and 48 hours for shaving', async () => {
      const el = await withCity('preparation-checklist', 'block named by the protocol attribute');
      const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.map((b) => b.value)).to.deep.equal(['no-shaving', 'no-moisturiser']);
      const checklist = clean(shadow(el).querySelector('[part="checklist"]')?.textContent);
      expect(checklist).to.not.match(/\bbuy\b|stockings|hosiery/i);
      expect(clean(shadow(el).querySelector('[part="progress"]')?.textContent)).to.equal('0 of 2 done');
      // The stockings are information, not a task to tick.
      const stockings = shadow(el).querySelector<HTMLElement>(
        '[part="good-to-know"] [part="information"][data-step="stockings-from-clinic"]',
      );
      expect(clean(stockings?.textContent)).to.include('The clinic gives you class 1 compression stockings at your appointment');
      expect(stockings!.querySelector('input, button')).to.equal(null);
      expect(text(el)).to.not.match(/paracetamol|pharmac/i);
      const appointment = [...shadow(el).querySelectorAll<HTMLElement>('[part="appointment"] li')].map((li) => li.dataset.event);
      expect(appointment).to.include('dressings-and-clinic-stockings').and.not.include('dressings-and-stockings');
      expect(clean(shadow(el).querySelector('[data-event="dressings-and-clinic-stockings"]')?.textContent)).to.include(
        'the compression stockings the clinic gives you',
      );
      const shaving = clean(boxes[0]!.closest('li')!.textContent);
      expect(shaving).to.include(`Do not shave your legs for ${unit('hour', 48)} before your appointment`);
      const from = plusDays(APPOINTMENT, -2);
      const [year, month, day] = from.split('-').map(Number) as [number, number, number];
      const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
      const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, day),
      );
      expect(shaving).to.include(`From ${weekday} ${dayMonth}, ${unit('hour', 48)} before your appointment.`);
      expect(text(el)).to.not.include(unit('hour', 24));
    });

    it('<area-size-guide> labels its choices "Up to 2 hands", "Between 2 and 3 hands", "3 hands or more" and sizes by them', async () => {
      const el = await withCity('area-size-guide', 'protocol property', {});
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => clean(r.closest('label')?.textContent))).to.deep.equal([
        'Up to 2 hands',
        'Between 2 and 3 hands',
        '3 hands or more',
      ]);
      const sizes: AreaSizeChange[] = [];
      for (const radio of radios) {
        const change = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
        radio.click();
        sizes.push((await change).detail);
        await el.updateComplete;
      }
      expect(sizes.map((s) => [s.hands, s.size])).to.deep.equal([
        [2, 'small'],
        [2.5, 'medium'],
        [3, 'large'],
      ]);
      const result = clean(shadow(el).querySelector('[part="result"]')?.textContent);
      expect(result).to.include('Small is up to 2 hands. Large is 3 hands or more.');
      expect(result).to.include(`You should go to a review appointment ${weeksRange(6, 8)} after your treatment.`);
      expect(text(el)).to.not.include('1 hand').and.not.include(weeksRange(4, 6));
    });

    it('<complications-list> and <aftercare-timeline> keep the sun away for the months the protocol sets (the leaflet 12 when it sets none)', async () => {
      const sunItem = (el: Element) =>
        [...shadow(el).querySelectorAll('[part="item"]')]
          .map((item) => clean(item.textContent))
          .find((t) => t.includes('turns darker, keep'));
      const city = await withCity('complications-list', 'page block msc-protocol');
      expect(sunItem(city)).to.include(`keep your legs out of the sun for at least ${unit('month', 12)}`);
      document.getElementById('msc-protocol')?.remove();
      const longer = {
        ...structuredClone(CITY),
        aftercare: { ...structuredClone(CITY.aftercare), sunIfDarkened: { amount: 18, unit: 'months' } },
      };
      expect(parseProtocol(longer).ok).to.equal(true);
      const list = make('complications-list');
      const timeline = make('aftercare-timeline');
      await onPage(block('msc-protocol', JSON.stringify(longer)), list, timeline);
      expect(sunItem(list)).to.include(`keep your legs out of the sun for at least ${unit('month', 18)}`);
      expect(text(list)).to.not.include(unit('month', 12));
      expect(entry(timeline, 'sun-if-darkened')).to.include(`at least ${unit('month', 18)} from when it turns darker`);
      expect(text(timeline)).to.not.include(unit('month', 12));
    });
    it('<aftercare-timeline> takes the dressings off on the day the protocol sets, under a heading of that day', async () => {
      const later = { ...structuredClone(CITY), aftercare: { ...structuredClone(CITY.aftercare), removeDressingsDay: 2 } };
      expect(parseProtocol(later).ok).to.equal(true);
      const timeline = make('aftercare-timeline');
      await onPage(block('msc-protocol', JSON.stringify(later)), timeline);
      expect(entry(timeline, 'remove-dressings')).to.include(
        `You can remove the dressings we put on ${unit('day', 2)} after your treatment.`,
      );
      expect(text(timeline)).to.include(`${unit('day', 2)} after your treatment`);
      expect(text(timeline), 'no approximate range of one day').to.not.include('~');
      expect(text(timeline)).to.not.include('at bedtime');
    });
  });

  describe('the governance footer', () => {
    for (const { tag } of elements) {
      it(`<${tag}> names the protocol and takes its review, unless the element has its own`, async () => {
        const el = await withCity(tag, 'page block msc-protocol');
        expect(footer(el)).to.include(CITY_SETTINGS);
        expect(footer(el)).to.include(`Content approved by Dr A Example on ${longDate(2026, 1, 10)}.`);
        expect(footer(el)).to.include(`This information is due to be reviewed again on ${longDate(2027, 1, 10)}.`);
        expect(footer(el)).to.include(`Content version ${contentInfo.version}`);
        document.getElementById('msc-protocol')?.remove();

        const own = await withCity(tag, 'protocol property', {
          ...steady[tag],
          'reviewed-by': 'Dr B Own',
          'reviewed-on': '2026-02-01',
          'next-review': '2026-08-01',
        });
        expect(footer(own)).to.include(CITY_SETTINGS);
        expect(footer(own)).to.include(`Content approved by Dr B Own on ${longDate(2026, 2, 1)}.`);
        expect(footer(own)).to.include(`This information is due to be reviewed again on ${longDate(2026, 8, 1)}.`);
        expect(footer(own))
          .to.not.include('Dr A Example')
          .and.not.include(longDate(2027, 1, 10))
          .and.not.include(longDate(2026, 1, 10));
        expect(warnings).to.deep.equal([]);
      });
    }

    it('names no protocol for the leaflet, and no review a protocol does not give', async () => {
      const leaflet = make('complications-list');
      await onPage(leaflet);
      expect(footer(leaflet)).to.not.include('Treatment settings').and.not.include('approved').and.not.include('reviewed again');
      const bare = make('complications-list');
      bare.protocol = { id: 'bare', name: 'Bare protocol', version: '0.1.0' };
      await onPage(bare);
      expect(footer(bare)).to.include('Treatment settings: Bare protocol, version 0.1.0.');
      expect(footer(bare)).to.not.include('approved').and.not.include('reviewed again');
    });
  });

  describe('a protocol that cannot be read', () => {
    const invalid: readonly { readonly name: string; readonly text: string; readonly paths: readonly string[] }[] = [
      { name: 'bad JSON', text: JSON.stringify(CITY).slice(0, -5), paths: ['(the protocol)'] },
      {
        name: 'an unknown key',
        text: JSON.stringify({ ...CITY, aftercare: { ...CITY.aftercare, stockingz: { amount: 2, unit: 'weeks' } } }),
        paths: ['aftercare.stockingz'],
      },
      {
        name: 'a value out of range (stockings 99 weeks)',
        text: JSON.stringify({ ...CITY, aftercare: { ...CITY.aftercare, stockings: { amount: 99, unit: 'weeks' } } }),
        paths: ['aftercare.stockings.amount'],
      },
      {
        name: 'three problems at once',
        text: JSON.stringify({
          ...CITY,
          colour: 'blue',
          aftercare: { ...CITY.aftercare, stockings: { amount: 99, unit: 'weeks' } },
          preparation: { ...CITY.preparation, noShavingHours: 0 },
        }),
        paths: ['colour', 'aftercare.stockings.amount', 'preparation.noShavingHours'],
      },
    ];

    /** What every element shows without its protocol: the plain message, no numbers, no footer, and the warning signs where it has them. */
    const expectProblem = (el: Element, context: string) => {
      const tag = el.localName as ElementTag;
      expect(clean(problem(el)?.textContent), context).to.equal(PROBLEM);
      expect(shadow(el).querySelector('[part="governance"]'), context).to.equal(null);
      expect(shadow(el).querySelector('[part="heading"]'), context).to.not.equal(null);
      // None of the leaflet's numbers (1 week, 4–6 weeks, 24 hours, 12 months…), nor any other.
      expect(readable(el), context).to.not.match(/\d/);
      expect(shadow(el).querySelectorAll('input, button, select, a[href]'), context).to.have.length(0);
      const warning = shadow(el).querySelector<HTMLElement>('[part="warning"]');
      if (withWarningSigns.includes(tag)) {
        expect(clean(warning?.textContent), context)
          .to.include('swelling in your leg')
          .and.include('shortness of breath')
          .and.include('A&E');
      } else {
        expect(warning, context).to.equal(null);
      }
    };

    for (const { name, text: blockText, paths } of invalid) {
      it(`with ${name}: every element shows the plain message, and the page warns once naming each problem`, async () => {
        const all = elements.map(({ tag }) => make(tag));
        await onPage(block('msc-protocol', blockText), ...all);
        for (const el of all) expectProblem(el, `<${el.localName}>`);
        const found = protocolWarnings(warnings);
        expect(found, 'one warning for the one block').to.have.length(1);
        expect(warnings).to.have.length(1);
        for (const path of paths) expect(found[0], path).to.include(`- ${path}:`);
        // Rendering again warns no more.
        for (const el of all) el.requestUpdate();
        await Promise.all(all.map((el) => el.updateComplete));
        expect(warnings).to.have.length(1);
        expect(thrown).to.deep.equal([]);
      });
    }

    it('the same, through the protocol attribute: two elements sharing one invalid block warn once in total', async () => {
      const bad = JSON.stringify({ ...CITY, aftercare: { ...CITY.aftercare, noAirTravel: { amount: 0, unit: 'weeks' } } });
      const first = make('aftercare-timeline', { ...steady['aftercare-timeline'], protocol: 'bad' });
      const second = make('complications-list', { protocol: 'bad' });
      await onPage(block('bad', bad), first, second);
      expectProblem(first, 'timeline');
      expectProblem(second, 'list');
      expect(protocolWarnings(warnings)).to.have.length(1);
      expect(protocolWarnings(warnings)[0]).to.include('- aftercare.noAirTravel.amount:');
    });

    it('the same, through the protocol property: an invalid object warns once, naming each problem', async () => {
      const el = make('aftercare-timeline');
      el.protocol = { ...structuredClone(CITY), version: 'one', area: { smallAtMostHands: 3, largeAtLeastHands: 2 } };
      await onPage(el);
      expectProblem(el, 'timeline');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('- version:').and.include('- area:');
    });

    it('the same for an id that names no block, or names something other than a JSON block', async () => {
      for (const { tag } of elements) {
        warnings.length = 0;
        const el = make(tag, { ...steady[tag], protocol: 'no-such-block' });
        await onPage(el);
        expectProblem(el, `<${tag}> no-such-block`);
        expect(warnings, tag).to.have.length(1);
        expect(String(warnings[0]![0]), tag).to.include('protocol').and.include('<script type="application/json">');
      }
      warnings.length = 0;
      const div = document.createElement('div');
      div.id = 'not-a-block';
      div.textContent = JSON.stringify(CITY);
      const el = make('aftercare-timeline', { ...steady['aftercare-timeline'], protocol: 'not-a-block' });
      await onPage(div, el);
      expectProblem(el, 'a div');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('<div>');
    });

    it('does not fall back to the leaflet on the next render, nor when the host changes another attribute', async () => {
      const el = make('aftercare-timeline');
      await onPage(block('msc-protocol', '{'), el);
      expectProblem(el, 'first render');
      el.today = '2026-04-01';
      el.emergencyText = 'the emergency department';
      await el.updateComplete;
      expect(clean(problem(el)?.textContent)).to.equal(PROBLEM);
      expect(readable(el)).to.not.match(/\d/);
      expect(clean(shadow(el).querySelector('[part="warning"]')?.textContent)).to.include('the emergency department');
      expect(warnings).to.have.length(1);
    });

    it('passes axe with the message in place of the content', async () => {
      const timeline = make('aftercare-timeline');
      const checker = make('suitability-checker');
      await onPage(block('msc-protocol', '{'), timeline, checker);
      await expect(timeline).to.be.accessible();
      await expect(checker).to.be.accessible();
    });
  });

  describe('no event and nothing thrown', () => {
    /** Every event the element dispatches itself, by type, and every page-level event the package fires. */
    const record = (el: Element, into: string[]) => {
      const dispatch = el.dispatchEvent.bind(el);
      el.dispatchEvent = (event: Event) => {
        into.push(`${el.localName}: ${event.type}`);
        return dispatch(event);
      };
    };
    const pageEvents = ['msc-treatment-date', 'suitability-change', 'area-size-change', 'aftercare-change', 'preparation-change'];

    for (const [label, setUp] of [
      ['a valid protocol', (els: Element[]) => [block('msc-protocol', JSON.stringify(CITY)), ...els]],
      ['an invalid protocol', (els: Element[]) => [block('msc-protocol', '{"id": "x"'), ...els]],
    ] as const) {
      it(`fires no event on load with ${label}, nor when the host sets the protocol property, and throws nothing`, async () => {
        const fired: string[] = [];
        const onPageEvent = (event: Event) => fired.push(`document: ${event.type}`);
        for (const type of pageEvents) document.addEventListener(type, onPageEvent);
        try {
          const all: HTMLElementTagNameMap[ElementTag][] = elements.map(({ tag }) => make(tag));
          // Without a date, so the elements that share one could offer it.
          all.push(make('aftercare-timeline', {}), make('preparation-checklist', {}), make('suitability-checker', {}));
          for (const el of all) record(el, fired);
          await onPage(...setUp(all));
          for (const el of all) el.protocol = structuredClone(CITY);
          await Promise.all(all.map((el) => el.updateComplete));
          for (const el of all) expect(footer(el), el.localName).to.include(CITY_SETTINGS);
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(fired).to.deep.equal([]);
          expect(thrown).to.deep.equal([]);
        } finally {
          for (const type of pageEvents) document.removeEventListener(type, onPageEvent);
        }
      });
    }

    it('fires no event when a date shared by another element reaches an element whose protocol cannot be read', async () => {
      const fired: string[] = [];
      const told = make('aftercare-timeline', { today: BEFORE });
      const unread = [make('aftercare-timeline', { today: BEFORE }), make('preparation-checklist', {})];
      for (const el of unread) {
        el.setAttribute('protocol', 'broken');
        record(el, fired);
      }
      await onPage(block('broken', '{"id": "x"'), told, ...unread);
      const changed = oneEvent(told, 'aftercare-change');
      pickDate(shadow(told).querySelector<HTMLInputElement>('[part="date-input"]')!, TREATMENT);
      await changed;
      await Promise.all(unread.map((el) => el.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const el of unread) expect(clean(problem(el)?.textContent), el.localName).to.equal(PROBLEM);
      expect(fired).to.deep.equal([]);
      expect(thrown).to.deep.equal([]);
    });

    it('a named self-check whose protocol cannot be read sends nothing with its form, and says why the form cannot be sent', async () => {
      const form = document.createElement('form');
      const el = make('suitability-checker', { name: 'self-check', protocol: 'broken' });
      form.append(el);
      await onPage(block('broken', '{"id": "x"'), form);
      expect(clean(problem(el)?.textContent)).to.equal(PROBLEM);
      expect(new FormData(form).has('self-check')).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(PROBLEM);
    });

    it('throws nothing for a protocol property of the wrong kind: it warns once and shows the message', async () => {
      const hostile: readonly [string, unknown][] = [
        ['an array', []],
        ['null aftercare', { id: 'x', name: 'x', version: '1.0.0', aftercare: null }],
        [
          'a getter that throws',
          {
            id: 'x',
            get name(): string {
              throw new Error('a getter that throws');
            },
            version: '1.0.0',
          },
        ],
        ['a number', 42],
        ['a function', () => CITY],
      ];
      for (const [name, value] of hostile) {
        warnings.length = 0;
        const el = make('complications-list');
        el.protocol = value as object;
        await onPage(el);
        expect(clean(problem(el)?.textContent), name).to.equal(PROBLEM);
        expect(warnings, name).to.have.length(1);
      }
      expect(thrown).to.deep.equal([]);
    });
  });
});
