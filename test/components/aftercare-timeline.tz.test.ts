/**
 * <aftercare-timeline> with the page's time zone emulated (the tz-* groups of
 * web-test-runner.config.js): the dates it shows around each zone's own clock changes are the
 * calendar dates of the schedule, whatever the zone, and "today" defaults to the local date.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { todayIsoDate } from '../../src/core/index.js';
import '../../src/aftercare-timeline.js';
import type { AftercareTimeline } from '../../src/aftercare-timeline.js';

declare global {
  var __MSC_TEST_TIME_ZONE__: string | undefined;
}

const dates = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="step"] .dates')].map((d) => d.textContent.replace(/[\s,]+/g, ' ').trim());
const times = (el: Element) => [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.dateTime);
const summary = (el: Element) => el.shadowRoot!.querySelector('[part="summary"]')!.textContent.replace(/[\s,]+/g, ' ').trim();
/** Each step's heading and the ISO dates of the `<time>` elements under it. */
const datedSteps = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="step"]')].map((step) => ({
    heading: step.querySelector('.period')!.textContent.replace(/\s+/g, ' ').trim(),
    times: [...step.querySelectorAll('.dates time')].map((t) => (t as HTMLTimeElement).dateTime),
  }));

/** `date` plus `days` calendar days, worked out here from UTC dates, not with the library's code. */
const plusDays = (date: string, days: number): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/** The first and last day after the treatment that a step's heading names (day 0 is the treatment day). */
const periodOf = (heading: string): [number, number] | undefined => {
  if (heading === 'Your treatment day') return [0, 0];
  const until = /^Until (\d+) (day|week)s? after your treatment$/.exec(heading);
  if (until) return [0, Number(until[1]) * (until[2] === 'week' ? 7 : 1)];
  const range = /^(\d+)\D+?(\d+) weeks after your treatment$/.exec(heading);
  if (range) return [Number(range[1]) * 7, Number(range[2]) * 7];
  return undefined;
};

describe('<aftercare-timeline> in the emulated time zone', () => {
  it('runs in the emulated time zone', () => {
    const zone = globalThis.__MSC_TEST_TIME_ZONE__;
    expect(zone).to.be.a('string');
    // The local clock agrees with the zone all year (zone names have aliases, e.g. Asia/Calcutta).
    const inZone = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23', day: 'numeric' });
    for (let day = 0; day < 365; day += 5) {
      const instant = new Date(Date.UTC(2026, 0, 1 + day, 12, 30));
      const local = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', day: 'numeric' });
      expect(local.format(instant), instant.toISOString()).to.equal(inZone.format(instant));
    }
  });

  it('dates the steps across London\'s spring clock change (29 March 2026)', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-03-27"></aftercare-timeline>`);
    expect(dates(el).slice(0, 3)).to.deep.equal([
      'Friday 27 March 2026',
      'Friday 27 March 2026 to Monday 30 March 2026',
      'Friday 27 March 2026 to Friday 3 April 2026',
    ]);
    expect(times(el)).to.include.members(['2026-03-30', '2026-04-03', '2026-04-24', '2026-05-08']);
  });

  it('dates the steps across Auckland\'s autumn clock change (5 April 2026)', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-04-03"></aftercare-timeline>`);
    expect(dates(el).slice(0, 3)).to.deep.equal([
      'Friday 3 April 2026',
      'Friday 3 April 2026 to Monday 6 April 2026',
      'Friday 3 April 2026 to Friday 10 April 2026',
    ]);
    expect(times(el)).to.include.members(['2026-04-06', '2026-04-10', '2026-05-01', '2026-05-15']);
  });

  it('dates the steps across London\'s autumn clock change (25 October 2026)', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date="2026-10-23"></aftercare-timeline>`);
    expect(dates(el)[1]).to.equal('Friday 23 October 2026 to Monday 26 October 2026');
  });

  /** Treatments three days before a clock change (New York's spring change is on 8 March 2026). */
  const clockChanges: [string, string][] = [
    ["London's spring", '2026-03-27'],
    ["Auckland's autumn", '2026-04-03'],
    ["London's autumn", '2026-10-23'],
    ["New York's spring", '2026-03-06'],
  ];
  for (const [change, treatment] of clockChanges) {
    it(`dates each step as its heading names it across ${change} clock change (treatment ${treatment})`, async () => {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
      const dated = datedSteps(el).filter((step) => step.heading !== 'While you heal');
      expect(dated).to.have.length(6);
      for (const { heading, times: shown } of dated) {
        const period = periodOf(heading);
        expect(period, heading).to.not.equal(undefined);
        const [first, last] = period!;
        expect(shown, heading).to.deep.equal(first === last ? [plusDays(treatment, first)] : [plusDays(treatment, first), plusDays(treatment, last)]);
      }
    });
  }

  it('counts the days after the treatment in calendar days, across a clock change', async () => {
    // 71 or 73 hours between the two midnights around each zone's change, and still 3 days.
    for (const [, treatment] of clockChanges) {
      const today = plusDays(treatment, 3);
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment} today=${today}></aftercare-timeline>`);
      expect(summary(el), treatment).to.include('Today is 3 days after your treatment.');
    }
  });

  it('counts from the local calendar date when no today attribute is set', async () => {
    const today = todayIsoDate();
    for (const days of [1, 3, 30]) {
      const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${plusDays(today, -days)}></aftercare-timeline>`);
      expect(summary(el), String(days)).to.include(`Today is ${days} ${days === 1 ? 'day' : 'days'} after your treatment.`);
    }
    const ahead = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${plusDays(today, 1)}></aftercare-timeline>`);
    expect(summary(ahead)).to.include('Your treatment is tomorrow');
  });

  it('takes today from the local calendar date when no today attribute is set', async () => {
    const today = todayIsoDate();
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${today}></aftercare-timeline>`);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.include('Today is your treatment day.');
  });
});
