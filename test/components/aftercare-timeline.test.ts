import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { aftercareSchedule, type AftercareSchedule } from '../../src/core/index.js';
import '../../src/aftercare-timeline.js';
import type { AftercareExportDetail, AftercareTimeline } from '../../src/aftercare-timeline.js';
import { captureConsole } from '../support/console.js';
import { plusDays, periodOf } from '../support/days.js';
import { allText, clean, shadow, words } from '../support/dom.js';
import { weeksRange } from '../support/english.js';

const steps = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="step"]')];
const heading = (step: Element) => clean(step.querySelector('.period')?.textContent);
/** Each step as "<period> | <dates>", or just "<period>" where it shows no dates, as a patient reads it. */
const stepTexts = (el: Element) =>
  steps(el).map((s) => {
    const dates = s.querySelector('.dates');
    return dates ? `${heading(s)} | ${words(dates.textContent)}` : heading(s);
  });
const todaySteps = (el: Element) =>
  steps(el)
    .filter((s) => s.part.contains('step-today'))
    .map(heading);
const summary = (el: Element) => words(shadow(el).querySelector('[part="summary"]')?.textContent);
/** The items the summary lists (today's steps, or the advice that still applies). */
const summaryItems = (el: Element) => [...shadow(el).querySelectorAll('[part="summary"] li')].map((li) => clean(li.textContent));
const button = (el: Element, part: string) => shadow(el).querySelector<HTMLButtonElement>(`[part="${part}"]`);

/** Whole calendar days from `from` to `to`. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);

/** The step headings, as the leaflet's periods counted from the treatment day. */
const TREATMENT_DAY = 'Your treatment day';
const UNTIL_3_DAYS = 'Until 3 days after your treatment';
const UNTIL_1_WEEK = 'Until 1 week after your treatment';
const UNTIL_4_WEEKS = 'Until 4 weeks after your treatment';
const UNTIL_6_WEEKS = 'Until 6 weeks after your treatment';
const REVIEW = `${weeksRange(4, 6)} after your treatment`;
const WHILE_YOU_HEAL = 'While you heal';

/** Month and weekday names, or a year (alone or in an ISO date): the marks of a date in a text. */
const dateNames = [
  ...Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, i, 1)),
  ),
  ...Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 23 + i)),
  ),
];
const dateLike = new RegExp(`\\b(${dateNames.join('|')})\\b|\\b\\d{4}\\b`);

describe('<aftercare-timeline>', () => {
  const warnings = captureConsole('warn');

  describe('dates across a daylight-saving change', () => {
    /**
     * Treatments just before a clock change: the dates (as shown) of the treatment day and of 3 days,
     * 1, 4 and 6 weeks after it, and what the summary says on `today`.
     */
    const clockChanges = [
      {
        where: 'London, where the clocks go forward on 29 March 2026',
        treatment: '2026-03-27',
        today: '2026-03-20',
        shown: ['Friday 27 March 2026', 'Monday 30 March 2026', 'Friday 3 April 2026', 'Friday 24 April 2026', 'Friday 8 May 2026'],
        says: 'Your treatment is in 7 days on Friday 27 March 2026',
      },
      {
        where: 'Auckland, where the clocks go back on 5 April 2026',
        treatment: '2026-04-03',
        today: '2026-04-06',
        shown: ['Friday 3 April 2026', 'Monday 6 April 2026', 'Friday 10 April 2026', 'Friday 1 May 2026', 'Friday 15 May 2026'],
        says: 'Today is 3 days after your treatment.',
      },
    ] as const;

    for (const { where, treatment, today, shown, says } of clockChanges) {
      it(`dates every step in ${where}`, async () => {
        const [day0, day3, week1, week4, week6] = shown;
        const el = await fixture<AftercareTimeline>(
          html`<aftercare-timeline treatment-date=${treatment} today=${today}></aftercare-timeline>`,
        );
        // The dated steps; what "While you heal" shows is checked with the sun advice it holds (below).
        expect(stepTexts(el).slice(0, -1)).to.deep.equal([
          `${TREATMENT_DAY} | ${day0}`,
          `${UNTIL_3_DAYS} | ${day0} to ${day3}`,
          `${UNTIL_1_WEEK} | ${day0} to ${week1}`,
          `${UNTIL_4_WEEKS} | ${day0} to ${week4}`,
          `${UNTIL_6_WEEKS} | ${day0} to ${week6}`,
          `${REVIEW} | ${week4} to ${week6}`,
        ]);
        expect(steps(el).map(heading).at(-1)).to.equal(WHILE_YOU_HEAL);
        const times = [...shadow(el).querySelectorAll('time')].map((t) => t.dateTime);
        expect(times.slice(0, 3)).to.deep.equal([treatment, treatment, plusDays(treatment, 3)]);
        expect(summary(el)).to.include(says);
      });
    }
  });

  describe('one way of counting: the treatment day is day 0', () => {
    for (const treatment of ['2026-03-27', '2026-12-31', '2028-02-01', '2026-10-23', '2027-01-31']) {
      it(`dates each step as its heading names it, for a treatment on ${treatment}`, async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
        const dated = steps(el).filter((s) => heading(s) !== WHILE_YOU_HEAL);
        expect(dated.map(heading)).to.deep.equal([TREATMENT_DAY, UNTIL_3_DAYS, UNTIL_1_WEEK, UNTIL_4_WEEKS, UNTIL_6_WEEKS, REVIEW]);
        for (const step of dated) {
          const period = periodOf(heading(step));
          expect(period, heading(step)).to.not.equal(undefined);
          const [first, last] = period!;
          const expected = first === last ? [plusDays(treatment, first)] : [plusDays(treatment, first), plusDays(treatment, last)];
          const times = [...step.querySelectorAll<HTMLTimeElement>('.dates time')];
          expect(
            times.map((t) => t.dateTime),
            heading(step),
          ).to.deep.equal(expected);
          // And the words a patient reads under the heading name those same days.
          for (const time of times) {
            const [year, month, day] = time.dateTime.split('-').map(Number) as [number, number, number];
            const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
            expect(words(time.textContent), heading(step)).to.match(new RegExp(`\\b${day} ${monthName} ${year}$`));
          }
        }
      });
    }

    it('never uses the old ways of counting (first week, weeks 4 to 6, day 0, week N), with or without a date', async () => {
      for (const attrs of [
        {},
        { 'treatment-date': '2026-03-27' },
        { 'treatment-date': '2026-03-27', today: '2026-04-10' },
        { 'treatment-date': '2026-03-27', today: '2026-06-01' },
      ]) {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        await el.updateComplete;
        const text = clean(shadow(el).textContent);
        expect(text, JSON.stringify(attrs)).to.not.match(/first (\d+ )?(week|days)|weeks \d+ to \d+|\bday \d+\b|\(week \d+\)/i);
      }
    });
  });

  describe('the sun advice if the skin turns darker', () => {
    const treatments = [null, '2026-03-27', '2026-12-31', '2028-02-29', '2027-06-15'];
    for (const treatment of treatments) {
      it(`is never shown with a date${treatment ? `, for a treatment on ${treatment}` : ', without a treatment date'}`, async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment ?? ''}></aftercare-timeline>`);
        const days = treatment ? [-3, 0, 10, 42, 43, 400] : [0];
        for (const day of days) {
          if (treatment) el.today = plusDays(treatment, day);
          await el.updateComplete;
          const context = `treatment ${treatment}, today ${el.today}`;
          const entry = shadow(el).querySelector<HTMLElement>('[data-entry="sun-if-darkened"]')!;
          expect(clean(entry.textContent), context).to.include('at least 12 months from when it turns darker');
          expect(entry.querySelector('time')?.outerHTML, context).to.equal(undefined);
          expect(clean(entry.textContent), context).to.not.match(dateLike);
          const step = entry.closest<HTMLElement>('[part~="step"]')!;
          expect(heading(step), context).to.equal(WHILE_YOU_HEAL);
          // Its step dates nothing either: a date above it would read as when the 12 months start.
          expect(step.querySelector('time')?.outerHTML, `${context}: a date in the step of the sun advice`).to.equal(undefined);
          expect(clean(step.textContent), `${context}: a date in the step of the sun advice`).to.not.match(dateLike);
        }
      });
    }
  });

  it('shows every aftercare entry once, each with what to do, and the why where the leaflet gives one', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27"></aftercare-timeline>`);
    const entries = [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')];
    const ids = entries.map((e) => e.dataset.entry);
    const expected = (aftercareSchedule('2026-03-27') as AftercareSchedule).entries.map((e) => e.id).filter((id) => id !== 'warning-signs');
    expect([...ids].sort()).to.deep.equal([...expected].sort());
    const entry = (id: string) => clean(entries.find((e) => e.dataset.entry === id)?.textContent);
    // The leaflet's figures, each with its unit as Intl words it.
    expect(entry('exercise'))
      .to.include('30 minutes')
      .and.include('2 times a day')
      .and.include('until 1 week after your treatment')
      .and.include('Why:');
    expect(entry('stockings-day-and-night')).to.include('until 3 days after your treatment');
    expect(entry('stockings')).to.include('until 1 week after');
    expect(entry('no-hot-baths')).to.include('lukewarm').and.include('until 1 week after your treatment');
    expect(entry('no-air-travel')).to.include('4 weeks after your treatment');
    expect(entry('no-sun')).to.include('6 weeks after your treatment');
    expect(entry('review')).to.include(weeksRange(4, 6)).and.include('second treatment session');
    expect(entry('sun-if-darkened')).to.include('at least 12 months from when it turns darker');
  });

  describe('today', () => {
    it('counts down before the treatment and marks no step', async () => {
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-24"></aftercare-timeline>`,
      );
      expect(summary(el)).to.include('Your treatment is in 3 days on Friday 27 March 2026.');
      expect(todaySteps(el)).to.deep.equal([]);
      el.today = '2026-03-26';
      await el.updateComplete;
      expect(summary(el)).to.include('Your treatment is tomorrow on Friday 27 March 2026.');
    });

    const phases: [string, string, string[], string][] = [
      [
        '2026-03-27',
        'Today is your treatment day.',
        [TREATMENT_DAY, UNTIL_3_DAYS, UNTIL_1_WEEK, UNTIL_4_WEEKS, UNTIL_6_WEEKS, WHILE_YOU_HEAL],
        'Take off your dressings at bedtime',
      ],
      [
        '2026-03-28',
        'Today is 1 day after your treatment.',
        [UNTIL_3_DAYS, UNTIL_1_WEEK, UNTIL_4_WEEKS, UNTIL_6_WEEKS, WHILE_YOU_HEAL],
        'Wear your stockings day and night',
      ],
      [
        '2026-03-30',
        'Today is 3 days after your treatment.',
        [UNTIL_3_DAYS, UNTIL_1_WEEK, UNTIL_4_WEEKS, UNTIL_6_WEEKS, WHILE_YOU_HEAL],
        'Wear your stockings day and night',
      ],
      [
        '2026-04-03',
        'Today is 7 days after your treatment.',
        [UNTIL_1_WEEK, UNTIL_4_WEEKS, UNTIL_6_WEEKS, WHILE_YOU_HEAL],
        'No hot baths or showers',
      ],
      ['2026-04-10', 'Today is 14 days after your treatment.', [UNTIL_4_WEEKS, UNTIL_6_WEEKS, WHILE_YOU_HEAL], 'Do not fly'],
      [
        '2026-04-24',
        'Today is 28 days after your treatment.',
        [UNTIL_4_WEEKS, UNTIL_6_WEEKS, REVIEW, WHILE_YOU_HEAL],
        'Your review appointment',
      ],
      ['2026-05-01', 'Today is 35 days after your treatment.', [UNTIL_6_WEEKS, REVIEW, WHILE_YOU_HEAL], 'Keep your legs out of the sun'],
      ['2026-05-08', 'Today is 42 days after your treatment.', [UNTIL_6_WEEKS, REVIEW, WHILE_YOU_HEAL], 'Your review appointment'],
    ];
    for (const [today, lead, marked, todo] of phases) {
      it(`on ${today}, marks the steps that apply and sums them up`, async () => {
        const el = await fixture<AftercareTimeline>(
          html`<aftercare-timeline treatment-date="2026-03-27" today=${today}></aftercare-timeline>`,
        );
        expect(summary(el)).to.include(lead).and.include('What to do today:').and.include(todo);
        expect(todaySteps(el)).to.deep.equal(marked);
        for (const step of steps(el).filter((s) => s.part.contains('step-today'))) {
          expect(step.textContent).to.include('Applies today'); // not by colour alone
        }
      });
    }

    it('says the dated steps are over after the last one, and what still applies, the sun advice if the skin darkened among it', async () => {
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline treatment-date="2026-03-27" today="2026-05-09"></aftercare-timeline>`,
      );
      expect(summary(el)).to.include('The dated steps of your aftercare are over.').and.include('This advice still applies:');
      expect(summaryItems(el)).to.include('If your skin turns darker');
      expect(todaySteps(el)).to.deep.equal([WHILE_YOU_HEAL]);
    });

    it('never says the aftercare is complete after the dated steps, and lists what still applies with the warning signs', async () => {
      for (const treatment of ['2026-03-27', '2026-12-31', '2028-02-29']) {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
        const lastDay = (aftercareSchedule(treatment) as AftercareSchedule).lastDay;
        // The titles of the dated steps' entries: none of them applies any more.
        const datedTitles = steps(el)
          .filter((s) => heading(s) !== WHILE_YOU_HEAL)
          .flatMap((s) => [...s.querySelectorAll('[part="entry"] .title')].map((t) => clean(t.textContent)));
        expect(datedTitles.length).to.be.greaterThan(0);
        for (const after of [lastDay + 1, lastDay + 2, 100, 365, 3 * 365]) {
          el.today = plusDays(treatment, after);
          await el.updateComplete;
          const context = `treatment ${treatment}, today ${el.today}`;
          expect(summary(el), context).to.not.match(/complete/i);
          expect(summary(el), context).to.include('The dated steps of your aftercare are over.').and.include('This advice still applies:');
          expect([...summaryItems(el)].sort(), context).to.deep.equal(
            ['What is normal while you heal', 'If your skin turns darker', 'Warning signs'].sort(),
          );
          for (const title of datedTitles) expect(summaryItems(el), context).to.not.include(title);
          expect(todaySteps(el), context).to.deep.equal([WHILE_YOU_HEAL]);
          // The warning signs themselves stay on screen, not only their title in the summary.
          expect(clean(shadow(el).querySelector('[part="warning"]')?.textContent), context).to.include('swelling in your leg');
        }
      }
    });

    it('counts today as the days from the treatment date, in every part of the summary', async () => {
      for (const treatment of ['2026-03-27', '2026-12-20', '2028-02-20']) {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
        const lastDay = (aftercareSchedule(treatment) as AftercareSchedule).lastDay;
        for (let offset = -10; offset <= lastDay + 2; offset++) {
          el.today = plusDays(treatment, offset);
          await el.updateComplete;
          const text = summary(el);
          const days = daysBetween(treatment, el.today); // today − treatment date, worked out here
          const context = `treatment ${treatment}, today ${el.today}: ${text}`;
          if (days < -1) expect(Number(/Your treatment is in (\d+) days on /.exec(text)?.[1]), context).to.equal(-days);
          else if (days === -1) expect(text, context).to.include('Your treatment is tomorrow on ');
          else if (days === 0) expect(text, context).to.include('Today is your treatment day.');
          else if (days <= lastDay) {
            const [, count, unit] = /Today is (\d+) (days?) after your treatment\./.exec(text) ?? [];
            expect(Number(count), context).to.equal(days);
            expect(unit, context).to.equal(days === 1 ? 'day' : 'days');
          } else expect(text, context).to.include('The dated steps of your aftercare are over.');
        }
      }
    });

    it('puts the summary in a live region from the first render', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
      expect(shadow(el).querySelector('[part="summary"]')!.getAttribute('role')).to.equal('status');
      expect(shadow(el).activeElement).to.equal(null);
    });

    it('fires no aftercare-change on load or when the host sets the date or today (like a native change event)', async () => {
      let fired = 0;
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline
          treatment-date="2026-03-27"
          today="2026-03-30"
          @aftercare-change=${() => (fired += 1)}
        ></aftercare-timeline>`,
      );
      el.treatmentDate = '2026-03-20';
      await el.updateComplete;
      el.today = '2026-06-01';
      await el.updateComplete;
      expect(summary(el)).to.include('The dated steps of your aftercare are over.');
      expect(fired).to.equal(0);
    });
  });

  it('shows the relative timeline and a date field without a treatment date', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    // The headings name each period; no dates line under any of them.
    expect(stepTexts(el)).to.deep.equal([TREATMENT_DAY, UNTIL_3_DAYS, UNTIL_1_WEEK, UNTIL_4_WEEKS, UNTIL_6_WEEKS, REVIEW, WHILE_YOU_HEAL]);
    expect(shadow(el).querySelector('.dates')).to.equal(null);
    expect(shadow(el).querySelector('time')).to.equal(null);
    const input = shadow(el).querySelector<HTMLInputElement>('[part="date-input"]')!;
    expect(input.type).to.equal('date');
    expect(input.labels?.[0]?.textContent).to.include('Date of your treatment');
    expect(summary(el)).to.include('Enter your treatment date');
    expect(button(el, 'calendar-button')).to.equal(null);
    expect(button(el, 'print-button')).to.not.equal(null);
  });

  describe('invalid dates', () => {
    for (const bad of ['2026-02-30', 'tomorrow', '<b>2026-03-27</b>']) {
      it(`shows a message and the relative timeline for treatment-date="${bad}", and warns once`, async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${bad}></aftercare-timeline>`);
        expect(clean(shadow(el).querySelector('[part="message"]')?.textContent)).to.include('not a real date');
        expect(stepTexts(el)[1]).to.equal(UNTIL_3_DAYS);
        expect(shadow(el).querySelector('[part="date-input"]')).to.not.equal(null);
        expect(shadow(el).querySelector('b')).to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]?.[0])).to.include('treatment-date').and.include('YYYY-MM-DD');
      });
    }

    it('uses the real date and says so for an invalid today, warning once', async () => {
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline treatment-date="2026-03-27" today="next week"></aftercare-timeline>`,
      );
      expect(clean(shadow(el).querySelector('[part="message"]')?.textContent)).to.include("today's real date");
      expect(summary(el)).to.not.equal('');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.include('today');
    });

    it('drops the message and uses the date once the attribute is corrected', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-13-01"></aftercare-timeline>`);
      el.treatmentDate = '2026-03-27';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="message"]')).to.equal(null);
      expect(stepTexts(el)[0]).to.equal(`${TREATMENT_DAY} | Friday 27 March 2026`);
      expect(shadow(el).querySelector('[part="date-input"]')).to.equal(null);
    });
  });

  // The heading levels, the clinic emergency service in the warning signs and the governance footer: shared-pieces.test.ts.

  it('keeps the warning signs visible in every state', async () => {
    for (const attrs of [{}, { 'treatment-date': '2026-03-27', today: '2026-05-20' }, { 'treatment-date': 'soon' }, { compact: '' }]) {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      await el.updateComplete;
      const warning = shadow(el).querySelector<HTMLElement>('[part="warning"]')!;
      expect(warning.innerText).to.include('swelling in your leg').and.include('shortness of breath').and.include('A&E');
    }
  });

  describe('Add to calendar', () => {
    let blobs: Blob[];
    let clicks: HTMLAnchorElement[];
    const createObjectURL = URL.createObjectURL.bind(URL);
    const capture = (event: Event) => {
      const link = event.composedPath()[0];
      if (link instanceof HTMLAnchorElement && link.download) {
        clicks.push(link);
        event.preventDefault(); // keep the test browser from saving the file
      }
    };
    beforeEach(() => {
      blobs = [];
      clicks = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return createObjectURL(blob);
      };
      document.addEventListener('click', capture, true);
    });
    afterEach(() => {
      URL.createObjectURL = createObjectURL;
      document.removeEventListener('click', capture, true);
    });

    it('downloads an .ics file that ical.js parses, with every dated window and the on-screen words', async () => {
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline treatment-date="2026-03-27" clinic-name="Leafy Lane Clinic" emergency-phone="999"></aftercare-timeline>`,
      );
      const calendar = button(el, 'calendar-button')!;
      setTimeout(() => {
        calendar.click();
      });
      const { detail } = await oneEvent<CustomEvent<AftercareExportDetail>>(el, 'aftercare-export');
      expect(Object.keys(detail).sort()).to.deep.equal(['events', 'fileName']); // never the content
      expect(detail.fileName).to.equal('leafy-lane-clinic-aftercare.ics');
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.download).to.equal(detail.fileName);
      expect(clicks[0]!.href).to.match(/^blob:/);
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.include('text/calendar');

      const text = await blobs[0]!.text();
      const calendarComponent = new ICAL.Component(ICAL.parse(text) as unknown[]);
      expect(calendarComponent.getFirstPropertyValue('x-wr-calname')).to.equal('Leafy Lane Clinic');
      const events = calendarComponent.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const dated = (aftercareSchedule('2026-03-27') as AftercareSchedule).entries.filter((e) => e.end !== null);
      expect(detail.events).to.equal(dated.length);
      expect(events).to.have.length(dated.length);
      const titles = new Map(
        [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')].map((e) => [
          e.dataset.entry,
          clean(e.querySelector('.title')?.textContent),
        ]),
      );
      const warningLines = [...shadow(el).querySelectorAll('[part="warning"] p:not(.no-print)')].map((p) => clean(p.textContent));
      for (const [i, entry] of dated.entries()) {
        const event = events[i]!;
        expect(event.summary).to.equal(titles.get(entry.id));
        expect(event.startDate.toString()).to.equal(entry.start);
        const lastDay = event.endDate.clone();
        lastDay.adjust(-1, 0, 0, 0);
        expect(lastDay.toString()).to.equal(entry.end);
        for (const line of warningLines) expect(event.description).to.include(line);
      }
      expect(warningLines.join(' ')).to.include('999');
    });

    /** The calendar file the element downloads: its text with folded lines joined, and its events. */
    const calendarOf = async (el: AftercareTimeline) => {
      const before = blobs.length;
      expect(await el.downloadCalendar()).to.not.equal(null);
      expect(blobs).to.have.length(before + 1);
      const raw = await blobs.at(-1)!.text();
      const events = new ICAL.Component(ICAL.parse(raw) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      return { text: raw.replace(/\r\n[ \t]/g, ''), events };
    };

    it('has no event for the sun advice if the skin darkens, whatever the treatment date', async () => {
      for (const treatment of ['2026-03-27', '2026-12-31', '2028-02-29']) {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
        const title = clean(shadow(el).querySelector('[data-entry="sun-if-darkened"] .title')?.textContent);
        expect(title).to.equal('If your skin turns darker');
        const { text, events } = await calendarOf(el);
        expect(events.length).to.be.greaterThan(0);
        expect(
          events.map((e) => e.summary),
          treatment,
        ).to.not.include(title);
        expect(
          events.map((e) => e.uid).filter((uid) => uid.includes('sun-if-darkened')),
          treatment,
        ).to.deep.equal([]);
        expect(text, treatment).to.not.include('turns darker').and.not.include('12 months');
      }
    });

    it('with emergency-text, says A&E nowhere: not in the element in any state, nor in the calendar file', async () => {
      const service = 'the emergency department of Example Hospital';
      const states = [
        {},
        { today: '2026-03-20' },
        { today: '2026-03-27' },
        { today: '2026-03-30' },
        { today: '2026-05-09' },
        { today: '2027-03-27' },
      ];
      for (const state of states) {
        for (const treatment of [undefined, '2026-03-27']) {
          const el = await fixture<AftercareTimeline>(
            html`<aftercare-timeline emergency-text=${service} emergency-phone="112"></aftercare-timeline>`,
          );
          for (const [name, value] of Object.entries({ ...state, ...(treatment ? { 'treatment-date': treatment } : {}) }))
            el.setAttribute(name, value);
          await el.updateComplete;
          const context = JSON.stringify({ ...state, treatment });
          expect(allText(el), context).to.not.include('A&E').and.not.include('Accident');
          expect(clean(shadow(el).querySelector('[part="warning"]')?.textContent), context)
            .to.include(service)
            .and.include('112');
          if (!treatment) continue;
          const { text, events } = await calendarOf(el);
          expect(text, context).to.not.include('A&E').and.not.include('Accident');
          for (const event of events) {
            expect(`${event.summary} ${event.description}`, context).to.not.include('A&E');
            expect(event.description, context).to.include(service).and.include('112');
          }
        }
      }
    });

    it('names the file after the treatment date without a clinic name, and offers no calendar without a date', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-04-03"></aftercare-timeline>`);
      expect((await el.downloadCalendar())?.fileName).to.equal('aftercare-2026-04-03.ics');
      const undated = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="nope"></aftercare-timeline>`);
      expect(await undated.downloadCalendar()).to.equal(null);
      expect(clicks).to.have.length(1);
    });
  });

  describe('Print', () => {
    /**
     * Print media: emulated where the engine supports it (Chromium), otherwise (Firefox over BiDi and
     * WebKit over WebDriver, where emulateMedia is not available) the element's own `@media print`
     * rules are applied to its shadow root as screen rules, which checks what they hide.
     */
    const printMedia = async (el: Element): Promise<() => Promise<void>> => {
      if (navigator.userAgent.includes('Chrome/')) {
        await emulateMedia({ media: 'print' });
        expect(matchMedia('print').matches).to.equal(true);
        return () => emulateMedia({ media: 'screen' });
      } else {
        const root = shadow(el);
        const rules = root.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
          .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
        expect(rules.length).to.be.greaterThan(0);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rules.join('\n'));
        const before = [...root.adoptedStyleSheets];
        root.adoptedStyleSheets = [...before, sheet];
        return () => {
          root.adoptedStyleSheets = before;
          return Promise.resolve();
        };
      }
    };

    it('hides the buttons and the date field but keeps the warning signs and the timeline', async () => {
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline treatment-date="2026-03-27" emergency-phone="999" today="2026-03-30"></aftercare-timeline>`,
      );
      const undated = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
      /** Laid out: neither it nor an ancestor is display: none. */
      const shown = (node: Element | null) => node !== null && node.getClientRects().length > 0;
      expect(shown(button(el, 'print-button'))).to.equal(true);
      const restore = await printMedia(el);
      const restoreUndated = await printMedia(undated);
      try {
        expect(shown(button(el, 'print-button'))).to.equal(false);
        expect(shown(button(el, 'calendar-button'))).to.equal(false);
        expect(shown(shadow(el).querySelector('[part="warning"] a'))).to.equal(false);
        expect(shown(shadow(el).querySelector('[part="warning"]'))).to.equal(true);
        expect(shown(shadow(el).querySelector('[part="timeline"]'))).to.equal(true);
        expect(shown(shadow(el).querySelector('[part="governance"]'))).to.equal(true);
        expect(shown(shadow(undated).querySelector('[part="date-field"]'))).to.equal(false);
        expect(getComputedStyle(shadow(el).querySelector('[part="warning"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await restoreUndated();
        await restore();
      }
      expect(shown(button(el, 'print-button'))).to.equal(true);
    });

    it('opens the browser print dialog from the Print button', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
      const print = window.print.bind(window);
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        button(el, 'print-button')!.click();
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
    });
  });

  it('reaches every control with the Tab key, in order', async () => {
    const el = await fixture<AftercareTimeline>(
      html`<div>
        <button type="button" id="before">before</button>
        <aftercare-timeline emergency-phone="999"></aftercare-timeline>
        <aftercare-timeline treatment-date="2026-03-27" emergency-phone="999"></aftercare-timeline>
        <button type="button" id="after">after</button>
      </div>`,
    );
    const [undated, dated] = [...el.querySelectorAll('aftercare-timeline')] as [AftercareTimeline, AftercareTimeline];
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 30 && document.activeElement?.id !== 'after'; i++) {
      await sendKeys({ press: 'Tab' });
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      const name = inner ? `${host === undated ? 'undated' : 'dated'}:${inner.getAttribute('part') ?? inner.localName}` : (host?.id ?? '');
      if (reached.at(-1) !== name) reached.push(name);
    }
    expect(reached).to.deep.equal([
      'undated:date-input',
      'undated:a',
      'undated:print-button',
      'dated:a',
      'dated:calendar-button',
      'dated:print-button',
      'after',
    ]);
    expect(shadow(dated).querySelector('[part="date-input"]')).to.equal(null);
  });

  it('has a compact layout without the why lines', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27"></aftercare-timeline>`);
    expect(shadow(el).querySelectorAll('.why').length).to.be.greaterThan(0);
    el.compact = true;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(true);
    expect(shadow(el).querySelectorAll('.why')).to.have.length(0);
    expect(shadow(el).querySelectorAll('[part="entry"]').length).to.be.greaterThan(0);
  });

  describe('passes axe', () => {
    const states: [string, () => Promise<AftercareTimeline>][] = [
      ['without a date', () => fixture(html`<aftercare-timeline></aftercare-timeline>`)],
      ['before treatment', () => fixture(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-20"></aftercare-timeline>`)],
      [
        'during aftercare',
        () => fixture(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-29" emergency-phone="999"></aftercare-timeline>`),
      ],
      ['after aftercare', () => fixture(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-06-01"></aftercare-timeline>`)],
      ['with an invalid date', () => fixture(html`<aftercare-timeline treatment-date="2026-02-30" today="x"></aftercare-timeline>`)],
      ['compact', () => fixture(html`<aftercare-timeline compact treatment-date="2026-03-27" today="2026-03-29"></aftercare-timeline>`)],
    ];
    for (const [name, make] of states) {
      it(name, async () => {
        const el = await make();
        await expect(el).to.be.accessible();
      });
    }
  });
});
