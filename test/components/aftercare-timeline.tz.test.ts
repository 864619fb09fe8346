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

  it('takes today from the local calendar date when no today attribute is set', async () => {
    const today = todayIsoDate();
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline treatment-date=${today}></aftercare-timeline>`);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.include('Today is your treatment day.');
  });
});
