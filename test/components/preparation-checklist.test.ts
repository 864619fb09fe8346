import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { preparationSteps, type PreparationPlan } from '../../src/core/index.js';
import { shareTreatmentDate, TREATMENT_DATE_EVENT, type SharedTreatmentDate } from '../../src/internal/shared-date.js';
import '../../src/preparation-checklist.js';
import { STORAGE_KEY, type PreparationChange, type PreparationChecklist } from '../../src/preparation-checklist.js';
import { captureConsole } from '../support/console.js';

const shadow = (el: Element) => el.shadowRoot!;
const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: Element, id: string) => shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`)!;
const stepText = (el: Element, id: string) => box(el, id).closest('li')!.textContent.replace(/\s+/g, ' ');
const when = (el: Element, id: string) => box(el, id).closest('li')!.querySelector('[part="when"]')?.textContent.trim();
const progress = (el: Element) => shadow(el).querySelector('[part="progress"]')!;
const plan = (date?: string) => preparationSteps(date) as PreparationPlan;
const change = (el: Element) => oneEvent<CustomEvent<PreparationChange>>(el, 'preparation-change');

describe('<preparation-checklist>', () => {
  const warnings = captureConsole('warn');
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => {
    sessionStorage.clear();
  });

  it('lists every preparation step of the core as a native checkbox in a fieldset, undated, with nothing ticked', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(shadow(el).querySelector('fieldset > legend')!.textContent).to.include('Tick each step');
    expect(boxes(el).map((b) => b.value)).to.deep.equal(plan().steps.map((s) => s.id));
    for (const b of boxes(el)) {
      expect(b.checked).to.equal(false);
      expect(shadow(el).querySelector(`label[for="${b.id}"]`)).to.not.equal(null);
    }
    expect(shadow(el).querySelector('[part="when"]')).to.equal(null);
    expect(progress(el).getAttribute('role')).to.equal('status');
    expect(progress(el).textContent).to.include(`0 of ${plan().steps.length} done`);
    expect(shadow(el).activeElement).to.equal(null);
  });

  it('gives each step the leaflet words, its reason, and says which steps are optional', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(stepText(el, 'no-shaving')).to.include('24 hours').and.include('alcohol-based cleaning').and.include('hide some of the veins');
    expect(stepText(el, 'no-moisturiser')).to.include('moisturiser or lotion');
    expect(stepText(el, 'buy-compression-hosiery')).to.include('class 1 compression').and.include('most pharmacies');
    expect(stepText(el, 'shorts-or-swimming-costume')).to.include('swimming costume').and.include('trousers or skirt');
    expect(stepText(el, 'paracetamol-if-worried')).to.include('paracetamol').and.include('worried about discomfort');
    for (const step of plan().steps) expect(stepText(el, step.id).includes('(optional)'), step.id).to.equal(step.optional);
  });

  it('dates each step from the appointment date and time', async () => {
    const el = await fixture<PreparationChecklist>(
      html`<preparation-checklist appointment-date="2026-04-14" appointment-time="09:30"></preparation-checklist>`,
    );
    expect(when(el, 'no-shaving')).to.equal('From 09:30 on Monday 13 April.');
    expect(when(el, 'buy-compression-hosiery')).to.equal('Before your appointment at 09:30 on Tuesday 14 April.');
    expect(when(el, 'no-moisturiser')).to.equal('On Tuesday 14 April, before your appointment at 09:30.');
    expect(shadow(el).querySelector('[part="date-field"]')).to.equal(null);
    el.appointmentTime = null;
    await el.updateComplete;
    expect(when(el, 'no-shaving')).to.equal('From Monday 13 April, 24 hours before your appointment.');
    expect(when(el, 'paracetamol-if-worried')).to.equal('On Tuesday 14 April, the day of your appointment.');
    el.appointmentDate = '2026-03-01';
    await el.updateComplete;
    expect(when(el, 'no-shaving')).to.equal('From Saturday 28 February, 24 hours before your appointment.');
    expect(warnings).to.have.length(0);
  });

  it('ticks and unticks steps by click, counts them in the live region, and sends the ticked ids with the plan', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist appointment-date="2026-04-14"></preparation-checklist>`);
    let event = change(el);
    box(el, 'no-moisturiser').click();
    expect((await event).detail).to.deep.equal({ checked: ['no-moisturiser'], plan: plan('2026-04-14') });
    event = change(el);
    shadow(el).querySelector<HTMLLabelElement>(`label[for="${box(el, 'no-shaving').id}"]`)!.click();
    expect((await event).detail.checked).to.deep.equal(['no-shaving', 'no-moisturiser']);
    await el.updateComplete;
    expect(progress(el).textContent).to.include('2 of 5 done');
    event = change(el);
    box(el, 'no-moisturiser').click();
    expect((await event).detail.checked).to.deep.equal(['no-shaving']);
    await el.updateComplete;
    expect(progress(el).textContent).to.include('1 of 5 done');
  });

  it('works by keyboard: Tab moves between the checkboxes and the space bar ticks them', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist appointment-date="2026-04-14"></preparation-checklist>`);
    const [first, second] = boxes(el);
    first!.focus();
    expect(shadow(el).activeElement).to.equal(first);
    let event = change(el);
    await sendKeys({ press: ' ' });
    expect((await event).detail.checked).to.deep.equal([first!.value]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(second);
    event = change(el);
    await sendKeys({ press: ' ' });
    expect((await event).detail.checked).to.deep.equal([first!.value, second!.value]);
    await el.updateComplete;
    expect(progress(el).textContent).to.include('2 of 5 done');
  });

  it('keeps ticks in memory only, without remember', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    box(el, 'no-shaving').click();
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    const again = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(boxes(again).some((b) => b.checked)).to.equal(false);
  });

  it('keeps ticks in sessionStorage under one key with remember, and restores them', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist remember></preparation-checklist>`);
    box(el, 'paracetamol-if-worried').click();
    box(el, 'no-shaving').click();
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(1);
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal(['no-shaving', 'paracetamol-if-worried']);
    const again = await fixture<PreparationChecklist>(html`<preparation-checklist remember></preparation-checklist>`);
    expect(boxes(again).filter((b) => b.checked).map((b) => b.value)).to.deep.equal(['no-shaving', 'paracetamol-if-worried']);
    expect(progress(again).textContent).to.include('2 of 5 done');
    const forgetful = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(boxes(forgetful).some((b) => b.checked)).to.equal(false);
  });

  it('ignores stored data it cannot use', async () => {
    for (const stored of ['not json', '{"a":1}', '["no-shaving","<b>x</b>",3]']) {
      sessionStorage.setItem(STORAGE_KEY, stored);
      const el = await fixture<PreparationChecklist>(html`<preparation-checklist remember></preparation-checklist>`);
      expect(boxes(el).filter((b) => b.checked).map((b) => b.value), stored).to.deep.equal(
        stored.includes('no-shaving') ? ['no-shaving'] : [],
      );
    }
  });

  it('shows the steps undated with a message, and warns once, for an invalid appointment date', async () => {
    const el = await fixture<PreparationChecklist>(
      html`<preparation-checklist appointment-date="<b>2026-02-30</b>" appointment-time="09:30"></preparation-checklist>`,
    );
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('date could not be read');
    expect(shadow(el).querySelector('b')).to.equal(null);
    expect(shadow(el).querySelector('[part="when"]')).to.equal(null);
    expect(boxes(el)).to.have.length(plan().steps.length);
    const event = change(el);
    boxes(el)[0]!.click();
    expect((await event).detail.plan).to.deep.equal(plan());
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.include('appointment-date');
    el.appointmentDate = '2026-04-14';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="message"]')).to.equal(null);
    expect(when(el, 'no-shaving')).to.equal('From 09:30 on Monday 13 April.');
  });

  it('leaves out an invalid appointment time with a message and one warning, keeping the dates', async () => {
    const el = await fixture<PreparationChecklist>(
      html`<preparation-checklist appointment-date="2026-04-14" appointment-time="9.30am"></preparation-checklist>`,
    );
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('time could not be read');
    expect(when(el, 'no-shaving')).to.equal('From Monday 13 April, 24 hours before your appointment.');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.include('appointment-time');
  });

  it('fits 320 px, left to right and right to left, with every control at least 24 by 24 px', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="width: 320px"><preparation-checklist appointment-time="09:30"></preparation-checklist></div>`,
      );
      const el = wrapper.querySelector('preparation-checklist')!;
      const box = el.getBoundingClientRect();
      expect(box.width, dir).to.be.at.most(320);
      const controls = [...shadow(el).querySelectorAll<HTMLElement>('input')];
      expect(controls).to.have.length(plan().steps.length + 1);
      for (const control of controls) {
        const r = control.getBoundingClientRect();
        const name = `${dir}: ${control.outerHTML.slice(0, 60)}`;
        expect(r.width >= 24 && r.height >= 24, name).to.equal(true);
        expect(r.left >= box.left - 1 && r.right <= box.right + 1, name).to.equal(true);
      }
    }
  });

  it('passes axe undated, dated with ticks, and with invalid attributes', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    await expect(el).to.be.accessible();
    el.appointmentDate = '2026-04-14';
    el.appointmentTime = '14:05';
    await el.updateComplete;
    boxes(el)[1]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.appointmentDate = 'soon';
    el.appointmentTime = 'later';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="message"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  // These tests share a date on the page, which every later element sees: keep them last.
  describe('redundant entry', () => {
    it('dates the steps from a date the patient enters in its date field, and offers it to the page', async () => {
      const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
      const input = shadow(el).querySelector<HTMLInputElement>('[part="date-field"] input[type="date"]')!;
      expect(shadow(el).querySelector(`label[for="${input.id}"]`)).to.not.equal(null);
      const shared = oneEvent<CustomEvent<SharedTreatmentDate>>(document, TREATMENT_DATE_EVENT);
      input.value = '2026-04-14';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      expect((await shared).detail).to.deep.equal({ date: '2026-04-14', source: 'preparation-checklist' });
      await el.updateComplete;
      expect(when(el, 'no-moisturiser')).to.equal('On Tuesday 14 April, the day of your appointment.');
      await expect(el).to.be.accessible();
    });

    it('takes a date shared by another element, now or later, but the attribute always wins', async () => {
      const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
      const fixed = await fixture<PreparationChecklist>(html`<preparation-checklist appointment-date="2026-06-10"></preparation-checklist>`);
      shareTreatmentDate(document.createElement('aftercare-timeline'), '2026-05-05');
      await el.updateComplete;
      await fixed.updateComplete;
      expect(when(el, 'no-moisturiser')).to.equal('On Tuesday 5 May, the day of your appointment.');
      expect(when(fixed, 'no-moisturiser')).to.equal('On Wednesday 10 June, the day of your appointment.');
      const later = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
      expect(when(later, 'no-moisturiser')).to.equal('On Tuesday 5 May, the day of your appointment.');
      expect(shadow(later).querySelector<HTMLInputElement>('input[type="date"]')!.value).to.equal('2026-05-05');
    });
  });
});
