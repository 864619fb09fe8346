/**
 * <aftercare-timeline> with the page's time zone emulated (the tz-* groups of
 * web-test-runner.config.js): the dates it shows around each zone's own clock changes are the
 * calendar dates of the schedule, whatever the zone, and "today" defaults to the local date.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { todayIsoDate } from '../../src/core/index.js';
import '../../src/aftercare-timeline.js';
import type { AftercareTimeline } from '../../src/aftercare-timeline.js';
import { plusDays, periodOf } from '../support/days.js';
import { clean, shadow, words } from '../support/dom.js';

declare global {
  var __MSC_TEST_TIME_ZONE__: string | undefined;
}

const dates = (el: Element) => [...shadow(el).querySelectorAll('[part~="step"] .dates')].map((d) => words(d.textContent));
const times = (el: Element) => [...shadow(el).querySelectorAll('time')].map((t) => t.dateTime);
const summary = (el: Element) => words(shadow(el).querySelector('[part="summary"]')!.textContent);
/** Each step's heading and the ISO dates of the `<time>` elements under it. */
const datedSteps = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="step"]')].map((step) => ({
    heading: clean(step.querySelector('.period')!.textContent),
    times: [...step.querySelectorAll<HTMLTimeElement>('.dates time')].map((t) => t.dateTime),
  }));

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

  /**
   * Treatments three days before a clock change, with the dates (as shown) of the treatment day and
   * of 3 days and 1 week after it: the first three steps run from the first to each. Every case runs
   * in every zone.
   */
  const clockChanges: readonly { change: string; on: string; treatment: string; shown: readonly [string, string, string] }[] = [
    {
      change: "London's spring",
      on: '29 March 2026',
      treatment: '2026-03-27',
      shown: ['Friday 27 March 2026', 'Monday 30 March 2026', 'Friday 3 April 2026'],
    },
    {
      change: "Auckland's autumn",
      on: '5 April 2026',
      treatment: '2026-04-03',
      shown: ['Friday 3 April 2026', 'Monday 6 April 2026', 'Friday 10 April 2026'],
    },
    {
      change: "London's autumn",
      on: '25 October 2026',
      treatment: '2026-10-23',
      shown: ['Friday 23 October 2026', 'Monday 26 October 2026', 'Friday 30 October 2026'],
    },
    {
      change: "New York's spring",
      on: '8 March 2026',
      treatment: '2026-03-06',
      shown: ['Friday 6 March 2026', 'Monday 9 March 2026', 'Friday 13 March 2026'],
    },
  ];

  for (const {
    change,
    on,
    treatment,
    shown: [day0, day3, day7],
  } of clockChanges) {
    describe(`across ${change} clock change (${on}; treatment ${treatment})`, () => {
      it('shows the dates of the first steps, and the dates 3 days, 1, 4 and 6 weeks after the treatment', async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
        expect(dates(el).slice(0, 3)).to.deep.equal([day0, `${day0} to ${day3}`, `${day0} to ${day7}`]);
        expect(times(el)).to.include.members([3, 7, 28, 42].map((days) => plusDays(treatment, days)));
      });

      it('dates each step as its heading names it', async () => {
        const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${treatment}></aftercare-timeline>`);
        const dated = datedSteps(el).filter((step) => step.heading !== 'While you heal');
        expect(dated).to.have.length(6);
        for (const { heading, times: shown } of dated) {
          const period = periodOf(heading);
          expect(period, heading).to.not.equal(undefined);
          const [first, last] = period!;
          expect(shown, heading).to.deep.equal(
            first === last ? [plusDays(treatment, first)] : [plusDays(treatment, first), plusDays(treatment, last)],
          );
        }
      });

      it('counts the days after the treatment in calendar days', async () => {
        // In the zone whose change it is, 71 or 73 hours between the two midnights, and still 3 days.
        const today = plusDays(treatment, 3);
        const el = await fixture<AftercareTimeline>(
          html`<aftercare-timeline treatment-date=${treatment} today=${today}></aftercare-timeline>`,
        );
        expect(summary(el)).to.include('Today is 3 days after your treatment.');
      });
    });
  }

  /** With no today attribute: the treatment this many days from the local date, and what the summary says. */
  const fromToday: readonly { days: number; says: string }[] = [
    { days: -30, says: 'Today is 30 days after your treatment.' },
    { days: -3, says: 'Today is 3 days after your treatment.' },
    { days: -1, says: 'Today is 1 day after your treatment.' },
    { days: 0, says: 'Today is your treatment day.' },
    { days: 1, says: 'Your treatment is tomorrow' },
  ];
  for (const { days, says } of fromToday) {
    it(`counts from the local calendar date when no today attribute is set (treatment ${days} days from today: "${says}")`, async () => {
      const el = await fixture<AftercareTimeline>(
        html`<aftercare-timeline treatment-date=${plusDays(todayIsoDate(), days)}></aftercare-timeline>`,
      );
      expect(summary(el)).to.include(says);
    });
  }
});
