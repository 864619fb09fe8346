import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { aftercareSchedule, type AftercareSchedule } from '../../src/core/index.js';
import '../../src/aftercare-timeline.js';
import type { AftercareChangeDetail, AftercareExportDetail, AftercareTimeline } from '../../src/aftercare-timeline.js';
import { captureConsole } from '../support/console.js';

const shadow = (el: Element) => el.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Dates as words, without the commas some engines' en-GB data puts after the weekday. */
const words = (text: string | null | undefined) => clean(text).replace(/,/g, '');
const steps = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="step"]')];
/** Each step as "<period> | <dates>", as a patient reads it. */
const stepTexts = (el: Element) =>
  steps(el).map((s) => `${clean(s.querySelector('.period')?.textContent)} | ${words(s.querySelector('.dates')?.textContent)}`);
const todaySteps = (el: Element) =>
  steps(el)
    .filter((s) => s.part.contains('step-today'))
    .map((s) => clean(s.querySelector('.period')?.textContent));
const summary = (el: Element) => words(shadow(el).querySelector('[part="summary"]')?.textContent);
const button = (el: Element, part: string) => shadow(el).querySelector<HTMLButtonElement>(`[part="${part}"]`);

describe('<aftercare-timeline>', () => {
  const warnings = captureConsole('warn');

  describe('dates across a daylight-saving change', () => {
    it('dates every step in London, where the clocks go forward on 29 March 2026', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-20"></aftercare-timeline>`);
      expect(stepTexts(el)).to.deep.equal([
        'Treatment day: tonight | Friday 27 March 2026',
        'First 3 days | Friday 27 March 2026 to Monday 30 March 2026',
        'First week | Friday 27 March 2026 to Friday 3 April 2026',
        'First 4 weeks | Friday 27 March 2026 to Friday 24 April 2026',
        'First 6 weeks | Friday 27 March 2026 to Friday 8 May 2026',
        'Weeks 4 to 6 | Friday 24 April 2026 to Friday 8 May 2026',
        'While you heal | From Friday 27 March 2026',
      ]);
      const times = [...shadow(el).querySelectorAll('time')].map((t) => t.dateTime);
      expect(times.slice(0, 3)).to.deep.equal(['2026-03-27', '2026-03-27', '2026-03-30']);
    });

    it('dates every step in Auckland, where the clocks go back on 5 April 2026', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-04-03" today="2026-04-06"></aftercare-timeline>`);
      expect(stepTexts(el)).to.deep.equal([
        'Treatment day: tonight | Friday 3 April 2026',
        'First 3 days | Friday 3 April 2026 to Monday 6 April 2026',
        'First week | Friday 3 April 2026 to Friday 10 April 2026',
        'First 4 weeks | Friday 3 April 2026 to Friday 1 May 2026',
        'First 6 weeks | Friday 3 April 2026 to Friday 15 May 2026',
        'Weeks 4 to 6 | Friday 1 May 2026 to Friday 15 May 2026',
        'While you heal | From Friday 3 April 2026',
      ]);
      expect(summary(el)).to.include('Today is day 3 of your first week after treatment.');
    });
  });

  it('shows every aftercare entry once, each with what to do, and the why where the leaflet gives one', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27"></aftercare-timeline>`);
    const entries = [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')];
    const ids = entries.map((e) => e.dataset.entry);
    const expected = (aftercareSchedule('2026-03-27') as AftercareSchedule).entries
      .map((e) => e.id)
      .filter((id) => id !== 'warning-signs');
    expect([...ids].sort()).to.deep.equal([...expected].sort());
    const entry = (id: string) => clean(entries.find((e) => e.dataset.entry === id)?.textContent);
    expect(entry('exercise')).to.include('30 minute walk').and.include('2 times a day').and.include('Why:');
    expect(entry('no-hot-baths')).to.include('lukewarm');
    expect(entry('review')).to.include('4 to 6 weeks').and.include('second treatment session');
    expect(entry('sun-if-darkened')).to.include('at least 12 months');
  });

  describe('today', () => {
    it('counts down before the treatment and marks no step', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-24"></aftercare-timeline>`);
      expect(summary(el)).to.include('Your treatment is in 3 days on Friday 27 March 2026.');
      expect(todaySteps(el)).to.deep.equal([]);
      el.today = '2026-03-26';
      await el.updateComplete;
      expect(summary(el)).to.include('Your treatment is tomorrow Friday 27 March 2026.');
    });

    const phases: [string, string, string[], string][] = [
      ['2026-03-27', 'Today is your treatment day.', ['Treatment day: tonight', 'First 3 days', 'First week', 'First 4 weeks', 'First 6 weeks', 'While you heal'], 'Take off your dressings at bedtime'],
      ['2026-03-30', 'Today is day 3 of your first week after treatment.', ['First 3 days', 'First week', 'First 4 weeks', 'First 6 weeks', 'While you heal'], 'Wear your stockings day and night'],
      ['2026-04-03', 'Today is day 7 of your first week after treatment.', ['First week', 'First 4 weeks', 'First 6 weeks', 'While you heal'], 'No hot baths or showers'],
      ['2026-04-10', 'Today is day 14 after your treatment (week 2).', ['First 4 weeks', 'First 6 weeks', 'While you heal'], 'Do not fly'],
      ['2026-04-24', 'Today is day 28 after your treatment (week 4).', ['First 4 weeks', 'First 6 weeks', 'Weeks 4 to 6', 'While you heal'], 'Your review appointment'],
      ['2026-05-01', 'Today is day 35 after your treatment (week 5).', ['First 6 weeks', 'Weeks 4 to 6', 'While you heal'], 'Keep your legs out of the sun'],
    ];
    for (const [today, lead, marked, todo] of phases) {
      it(`on ${today}, marks the steps that apply and sums them up`, async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27" today=${today}></aftercare-timeline>`);
        expect(summary(el)).to.include(lead).and.include(todo);
        expect(todaySteps(el)).to.deep.equal(marked);
        for (const step of steps(el).filter((s) => s.part.contains('step-today'))) {
          expect(step.textContent).to.include('Applies today'); // not by colour alone
        }
      });
    }

    it('says aftercare is complete after the last window, except the sun advice if the skin darkened', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-05-09"></aftercare-timeline>`);
      expect(summary(el)).to.include('Your aftercare is complete.').and.include('If your skin has turned darker').and.include('at least 12 months');
      expect(todaySteps(el)).to.deep.equal(['While you heal']);
    });

    it('puts the summary in a live region from the first render', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
      expect(shadow(el).querySelector('[part="summary"]')!.getAttribute('role')).to.equal('status');
      expect(shadow(el).activeElement).to.equal(null);
    });

    it('fires aftercare-change with the schedule and today\'s phase when the date changes', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline today="2026-03-30"></aftercare-timeline>`);
      setTimeout(() => {
        el.treatmentDate = '2026-03-27';
      });
      const { detail } = await oneEvent<CustomEvent<AftercareChangeDetail>>(el, 'aftercare-change');
      expect(detail.schedule.treatmentDate).to.equal('2026-03-27');
      expect(detail.phase?.day).to.equal(3);
      expect(detail.phase?.status).to.equal('during');
      setTimeout(() => {
        el.today = '2026-06-01';
      });
      const later = await oneEvent<CustomEvent<AftercareChangeDetail>>(el, 'aftercare-change');
      expect(later.detail.phase?.status).to.equal('complete');
    });
  });

  it('shows the relative timeline and a date field without a treatment date', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    expect(stepTexts(el)).to.deep.equal([
      'Treatment day: tonight | Day 0',
      'First 3 days | Day 0 to day 3',
      'First week | Day 0 to day 7',
      'First 4 weeks | Day 0 to day 28',
      'First 6 weeks | Day 0 to day 42',
      'Weeks 4 to 6 | Day 28 to day 42',
      'While you heal | From day 0',
    ]);
    expect(shadow(el).querySelector('time')).to.equal(null);
    const input = shadow(el).querySelector<HTMLInputElement>('[part="date-input"]')!;
    expect(input.type).to.equal('date');
    expect(input.labels?.[0]?.textContent).to.include('Date of your treatment');
    expect(shadow(el).querySelector('fieldset legend')!.textContent).to.include('Your treatment date');
    expect(summary(el)).to.include('Enter your treatment date');
    expect(button(el, 'calendar-button')).to.equal(null);
    expect(button(el, 'print-button')).to.not.equal(null);
  });

  describe('invalid dates', () => {
    for (const bad of ['2026-02-30', 'tomorrow', '<b>2026-03-27</b>']) {
      it(`shows a message and the relative timeline for treatment-date="${bad}", and warns once`, async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${bad}></aftercare-timeline>`);
        expect(clean(shadow(el).querySelector('[part="message"]')?.textContent)).to.include('not a real date');
        expect(stepTexts(el)[1]).to.equal('First 3 days | Day 0 to day 3');
        expect(shadow(el).querySelector('[part="date-input"]')).to.not.equal(null);
        expect(shadow(el).querySelector('b')).to.equal(null);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]?.[0])).to.include('treatment-date').and.include('YYYY-MM-DD');
      });
    }

    it('uses the real date and says so for an invalid today, warning once', async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27" today="next week"></aftercare-timeline>`);
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
      expect(stepTexts(el)[0]).to.equal('Treatment day: tonight | Friday 27 March 2026');
      expect(shadow(el).querySelector('[part="date-input"]')).to.equal(null);
    });
  });

  it('keeps the warning signs visible in every state, with the clinic emergency service', async () => {
    for (const attrs of [{}, { 'treatment-date': '2026-03-27', today: '2026-05-20' }, { 'treatment-date': 'soon' }, { compact: '' }]) {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      await el.updateComplete;
      const warning = shadow(el).querySelector<HTMLElement>('[part="warning"]')!;
      expect(warning.innerText).to.include('swelling in your leg').and.include('shortness of breath').and.include('A&E');
    }
    const el = await fixture<AftercareTimeline>(
      html`<aftercare-timeline heading-level="3" emergency-text="the emergency department" emergency-phone="112"></aftercare-timeline>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('.step-heading')!.getAttribute('aria-level')).to.equal('4');
    const warning = shadow(el).querySelector('[part="warning"]')!;
    expect(warning.textContent).to.include('the emergency department').and.include('112');
    expect(warning.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
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
        [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')].map((e) => [e.dataset.entry, clean(e.querySelector('.title')?.textContent)]),
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
    const el = await fixture<AftercareTimeline>(html`<div>
      <button type="button" id="before">before</button>
      <aftercare-timeline emergency-phone="999"></aftercare-timeline>
      <aftercare-timeline treatment-date="2026-03-27" emergency-phone="999"></aftercare-timeline>
      <button type="button" id="after">after</button>
    </div>`);
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

  it('shows who approved the content and the content version', async () => {
    const el = await fixture<AftercareTimeline>(
      html`<aftercare-timeline reviewed-by="Dr A. Patel" reviewed-on="2026-01-15" next-review="2027-01-15"></aftercare-timeline>`,
    );
    const footer = shadow(el).querySelector('[part="governance"]')!.textContent;
    expect(footer).to.include('Dr A. Patel').and.include('15 January 2026').and.include('15 January 2027');
  });

  describe('passes axe', () => {
    const states: [string, () => Promise<AftercareTimeline>][] = [
      ['without a date', () => fixture(html`<aftercare-timeline></aftercare-timeline>`)],
      ['before treatment', () => fixture(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-20"></aftercare-timeline>`)],
      ['during aftercare', () => fixture(html`<aftercare-timeline treatment-date="2026-03-27" today="2026-03-29" emergency-phone="999"></aftercare-timeline>`)],
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
