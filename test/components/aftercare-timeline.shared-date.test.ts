/**
 * Redundant entry for <aftercare-timeline>: a date the patient types is offered to the other
 * elements of the page (the documented `msc-treatment-date` event), and one shared elsewhere is
 * picked up. In a file of its own, because the page remembers the last shared date.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { TREATMENT_DATE_EVENT, type SharedTreatmentDate } from '../../src/internal/shared-date.js';
import '../../src/aftercare-timeline.js';
import type { AftercareChangeDetail, AftercareTimeline } from '../../src/aftercare-timeline.js';
import { pickDate, shadow, words } from '../support/dom.js';

/** The dates under the first step (the treatment day), or '' where the timeline shows no dates. */
const firstDates = (el: Element) => words(shadow(el).querySelector('.dates')?.textContent);
/** How many dates the timeline shows: none without a treatment date, where the headings name the periods. */
const datesShown = (el: Element) => shadow(el).querySelectorAll('time').length;
const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('[part="date-input"]');
/** What the patient does: picks a date in the timeline's native date field. */
const enterDate = (el: Element, value: string) => {
  pickDate(input(el)!, value);
};

describe('<aftercare-timeline> shared treatment date', () => {
  it('starts without a date, before anyone on the page has entered one', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    expect(firstDates(el)).to.equal('');
    expect(datesShown(el)).to.equal(0);
    expect(shadow(el).querySelector('.period')!.textContent).to.include('Your treatment day');
    expect(input(el)!.value).to.equal('');
  });

  it('offers a date typed into one timeline to the page, and the other timeline shows it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <aftercare-timeline id="a" today="2026-03-30"></aftercare-timeline>
        <aftercare-timeline id="b" today="2026-03-30"></aftercare-timeline>
        <aftercare-timeline id="c" treatment-date="2026-01-09"></aftercare-timeline>
      </div>`,
    );
    const [a, b, c] = [...page.querySelectorAll('aftercare-timeline')] as [AftercareTimeline, AftercareTimeline, AftercareTimeline];
    const shared = oneEvent(document, TREATMENT_DATE_EVENT);
    const changed = oneEvent<CustomEvent<AftercareChangeDetail>>(b, 'aftercare-change');
    enterDate(a, '2026-03-27');
    const { detail } = (await shared) as CustomEvent<SharedTreatmentDate>;
    expect(detail).to.deep.equal({ date: '2026-03-27', source: 'aftercare-timeline' });
    const { schedule, phase } = (await changed).detail;
    expect(schedule.treatmentDate).to.equal('2026-03-27');
    expect([phase?.day, phase?.status]).to.deep.equal([3, 'during']);
    await Promise.all([a.updateComplete, b.updateComplete, c.updateComplete]);
    expect(firstDates(a)).to.equal('Friday 27 March 2026');
    expect(firstDates(b)).to.equal('Friday 27 March 2026');
    expect(input(b)!.value).to.equal('2026-03-27');
    // Counted from the shared date as from one set by attribute: the treatment day is day 0.
    expect(shadow(b).querySelector('[part="summary"]')!.textContent).to.include('Today is 3 days after your treatment.');
    // A date set by attribute always wins.
    expect(firstDates(c)).to.equal('Friday 9 January 2026');
  });

  it('picks up a date that another element shares through the documented event', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    const detail: SharedTreatmentDate = { date: '2026-04-03', source: 'preparation-checklist' };
    document.dispatchEvent(new CustomEvent(TREATMENT_DATE_EVENT, { detail }));
    await el.updateComplete;
    expect(firstDates(el)).to.equal('Friday 3 April 2026');
    document.dispatchEvent(new CustomEvent(TREATMENT_DATE_EVENT, { detail: { date: '<b>x</b>', source: 'x' } }));
    await el.updateComplete;
    expect(firstDates(el)).to.equal('Friday 3 April 2026');
  });

  it('shows the date last shared by an element of the library in a timeline added to the page later', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    expect(firstDates(el)).to.equal('Friday 27 March 2026');
  });

  it('goes back to the relative timeline when the patient clears the field, and keeps it after a detach', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    const changed = oneEvent<CustomEvent<AftercareChangeDetail>>(el, 'aftercare-change');
    enterDate(el, '');
    expect((await changed).detail.phase).to.equal(null);
    await el.updateComplete;
    expect(firstDates(el)).to.equal('');
    expect(datesShown(el)).to.equal(0);
    expect(shadow(el).querySelector('[part="calendar-button"]')).to.equal(null);
    // A detached timeline no longer listens.
    el.remove();
    document.dispatchEvent(new CustomEvent(TREATMENT_DATE_EVENT, { detail: { date: '2026-05-01', source: 'x' } }));
    await el.updateComplete;
    expect(firstDates(el)).to.equal('');
    expect(datesShown(el)).to.equal(0);
  });

  it('says so when the entered date cannot be used, and shares nothing', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline></aftercare-timeline>`);
    let shared = 0;
    const count = () => (shared += 1);
    document.addEventListener(TREATMENT_DATE_EVENT, count);
    enterDate(el, '3000-01-01');
    document.removeEventListener(TREATMENT_DATE_EVENT, count);
    await el.updateComplete;
    expect(shared).to.equal(0);
    expect(input(el)!.getAttribute('aria-invalid')).to.equal('true');
    const error = shadow(el).querySelector('#treatment-date-error')!;
    expect(error.textContent).to.include('could not be used');
    expect(input(el)!.getAttribute('aria-describedby')).to.include('treatment-date-error');
    expect(firstDates(el)).to.equal('Friday 27 March 2026');
    await expect(el).to.be.accessible();
  });

  it('passes axe with a shared date', async () => {
    const el = await fixture<AftercareTimeline>(html`<aftercare-timeline today="2026-03-30"></aftercare-timeline>`);
    expect(firstDates(el)).to.equal('Friday 27 March 2026');
    await expect(el).to.be.accessible();
  });
});
