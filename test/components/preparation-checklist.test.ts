import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { appointmentEvents, preparationSteps, type AppointmentEventId, type PreparationPlan } from '../../src/core/index.js';
import { shareTreatmentDate, TREATMENT_DATE_EVENT, type SharedTreatmentDate } from '../../src/internal/shared-date.js';
import '../../src/preparation-checklist.js';
import { STORAGE_KEY, type PreparationChange, type PreparationChecklist } from '../../src/preparation-checklist.js';
import { captureConsole } from '../support/console.js';
import { clean, pickDate, shadow } from '../support/dom.js';

const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
/** A step's checkbox, or null when the step has none. */
const maybeBox = (el: Element, id: string) => shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`);
const box = (el: Element, id: string) => maybeBox(el, id)!;
const checkedIds = (el: Element) =>
  boxes(el)
    .filter((b) => b.checked)
    .map((b) => b.value);
const goodToKnow = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="good-to-know"]')!;
const information = (el: Element) => [...goodToKnow(el).querySelectorAll<HTMLElement>('[part="information"]')];
const appointment = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="appointment"]')!;
const events = (el: Element) => [...appointment(el).querySelectorAll<HTMLElement>('li')];
/** A step's item: its checkbox's, or its "Good to know" item for an optional step. */
const item = (el: Element, id: string) =>
  maybeBox(el, id)?.closest('li') ?? goodToKnow(el).querySelector<HTMLElement>(`[part="information"][data-step="${id}"]`)!;
const stepText = (el: Element, id: string) => clean(item(el, id).textContent);
const when = (el: Element, id: string) => item(el, id).querySelector('[part="when"]')?.textContent.trim();
const progress = (el: Element) => shadow(el).querySelector('[part="progress"]')!;
const plan = (date?: string) => preparationSteps(date) as PreparationPlan;
/** The steps the leaflet asks the patient to do (the checklist), and the ones a patient may choose (information). */
const tasks = () => plan().steps.filter((s) => !s.optional);
const optional = () => plan().steps.filter((s) => s.optional);
const change = (el: Element) => oneEvent<CustomEvent<PreparationChange>>(el, 'preparation-change');
/** Numbers and amounts as Intl writes them in the elements' English (en-GB). */
const number = (value: number) => new Intl.NumberFormat('en-GB').format(value);
const hours = (value: number) => new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(value);
const done = (count: number, total = tasks().length) => `${number(count)} of ${number(total)} done`;
/** Anything a patient could operate or tab to. */
const CONTROLS = 'input, button, select, textarea, a[href], [tabindex], [role="checkbox"], [contenteditable]';
/** A section's heading, found the way assistive technology finds it (aria-labelledby). */
const headingOf = (el: Element, section: Element) => shadow(el).getElementById(section.getAttribute('aria-labelledby') ?? '')!;
/** Where the leaflet's account of the appointment shows in each item a patient reads. */
const APPOINTMENT_WORDS: Record<AppointmentEventId, readonly RegExp[]> = {
  'medical-history': [/medical history/i],
  examination: [/examin/i],
  photographs: [/photograph/i, /before treatment|starting point/i],
  'referral-if-varicose-veins': [/\bif\b/i, /varicose veins/i, /vascular surgeon/i],
  'lie-on-couch': [/trousers or skirt/i, /\bcouch\b/i, /\bside\b/i],
  cleaning: [/alcohol solution/i],
  injections: [/injections/i, /tiny needles/i],
  'dressings-and-stockings': [/dressings/i, /compression stockings/i, /\bbr(ought|ing)\b/i],
  'dressings-and-clinic-stockings': [/dressings/i, /compression stockings/i, /the clinic gives you/i],
};

describe('<preparation-checklist>', () => {
  const warnings = captureConsole('warn');
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => {
    sessionStorage.clear();
  });

  it('lists every step the leaflet asks for as a native checkbox in a fieldset, undated, with nothing ticked', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(shadow(el).querySelector('fieldset > legend')!.textContent).to.include('Tick each step');
    expect(boxes(el).map((b) => b.value)).to.deep.equal(tasks().map((s) => s.id));
    expect(boxes(el).map((b) => b.value)).to.have.members(['buy-compression-hosiery', 'no-shaving', 'no-moisturiser']);
    for (const b of boxes(el)) {
      expect(b.checked).to.equal(false);
      expect(shadow(el).querySelector(`label[for="${b.id}"]`)).to.not.equal(null);
    }
    expect(shadow(el).querySelector('[part="when"]')).to.equal(null);
    expect(progress(el).getAttribute('role')).to.equal('status');
    expect(clean(progress(el).textContent)).to.equal(done(0, 3));
    expect(shadow(el).activeElement).to.equal(null);
  });

  it('gives each step the leaflet words, its reason, and sets the optional steps apart from the checklist', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(stepText(el, 'no-shaving')).to.include(hours(24)).and.include('alcohol-based cleaning').and.include('hide some of the veins');
    expect(stepText(el, 'no-moisturiser')).to.include('moisturiser or lotion');
    expect(stepText(el, 'buy-compression-hosiery'))
      .to.include(`class ${number(1)} compression`)
      .and.include('most pharmacies');
    expect(stepText(el, 'shorts-or-swimming-costume')).to.include('swimming costume').and.include('trousers or skirt');
    expect(stepText(el, 'paracetamol-if-worried')).to.include('paracetamol').and.include('worried about discomfort');
    expect(stepText(el, 'paracetamol-if-worried')).to.match(/\bcan\b/);
    for (const step of plan().steps) {
      expect(maybeBox(el, step.id) === null, `${step.id} has no checkbox`).to.equal(step.optional);
      expect(goodToKnow(el).contains(item(el, step.id)), `${step.id} is good to know`).to.equal(step.optional);
    }
  });

  it('keeps shorts and paracetamol out of the checkboxes and the count: ticking every box finishes the list', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist appointment-date="2026-04-14"></preparation-checklist>`);
    const checklist = shadow(el).querySelector('[part="checklist"]')!;
    for (const id of ['shorts-or-swimming-costume', 'paracetamol-if-worried']) {
      expect(maybeBox(el, id), id).to.equal(null);
      expect(checklist.contains(item(el, id)), id).to.equal(false);
    }
    expect(clean(checklist.textContent)).to.not.match(/paracetamol|swimming costume|shorts|medicine|tablet/i);
    expect(information(el).map((info) => info.dataset.step)).to.deep.equal(optional().map((s) => s.id));
    expect(information(el).map((info) => info.dataset.step)).to.have.members(['shorts-or-swimming-costume', 'paracetamol-if-worried']);
    expect(goodToKnow(el).querySelector(CONTROLS)).to.equal(null);
    const heading = headingOf(el, goodToKnow(el));
    expect(clean(heading.textContent)).to.equal('Good to know');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(clean(progress(el).textContent)).to.equal(done(0, 3));
    let last: PreparationChange | undefined;
    for (const b of boxes(el)) {
      const event = change(el);
      b.click();
      last = (await event).detail;
    }
    await el.updateComplete;
    expect(last!.checked).to.deep.equal(tasks().map((s) => s.id));
    expect(clean(progress(el).textContent)).to.equal(done(3, 3));
    expect(information(el).every((info) => info.querySelector(CONTROLS) === null)).to.equal(true);
  });

  it('never sends or keeps an optional step as ticked, whether it was stored or clicked', async () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(['paracetamol-if-worried', 'no-shaving', 'shorts-or-swimming-costume']));
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist remember></preparation-checklist>`);
    expect(checkedIds(el)).to.deep.equal(['no-shaving']);
    expect(clean(progress(el).textContent)).to.equal(done(1));
    let fired = 0;
    el.addEventListener('preparation-change', () => (fired += 1));
    for (const info of information(el)) {
      info.click();
      for (const part of info.querySelectorAll<HTMLElement>('*')) part.click();
    }
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(clean(progress(el).textContent)).to.equal(done(1));
    let event = change(el);
    box(el, 'no-moisturiser').click();
    let { detail } = await event;
    expect(detail.checked).to.deep.equal(['no-shaving', 'no-moisturiser']);
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal(['no-shaving', 'no-moisturiser']);
    event = change(el);
    box(el, 'no-shaving').click();
    ({ detail } = await event);
    expect(detail.checked).to.deep.equal(['no-moisturiser']);
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY)!);
    for (const { id } of optional()) {
      expect(detail.checked, id).to.not.include(id);
      expect(stored, id).to.not.include(id);
    }
    expect(stored).to.deep.equal(['no-moisturiser']);
  });

  it('lists what happens at the appointment: every core event in order, in the leaflet words, with no form control', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    const section = appointment(el);
    const heading = headingOf(el, section);
    expect(clean(heading.textContent)).to.equal('What happens at your appointment');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(events(el).map((li) => li.dataset.event)).to.deep.equal(appointmentEvents.map((event) => event.id));
    for (const li of events(el)) {
      const id = li.dataset.event as AppointmentEventId;
      for (const words of APPOINTMENT_WORDS[id]) expect(clean(li.textContent), id).to.match(words);
    }
    expect(section.querySelector(CONTROLS)).to.equal(null);
    expect(shadow(el).querySelector('[part="checklist"]')!.contains(section)).to.equal(false);
    expect(clean(progress(el).textContent)).to.equal(done(0));
  });

  // The heading levels (the two sections' headings among them) and the governance footer: shared-pieces.test.ts.

  it('offers its date field when appointment-date is empty, as when it is not set, and hides it for a refused date', async () => {
    const blank = await fixture<PreparationChecklist>(html`<preparation-checklist appointment-date=" "></preparation-checklist>`);
    expect(shadow(blank).querySelector('[part="date-field"] input[type="date"]')).to.not.equal(null);
    expect(shadow(blank).querySelector('[part="message"]')).to.equal(null);
    const refused = await fixture<PreparationChecklist>(
      html`<preparation-checklist appointment-date="2026-02-30"></preparation-checklist>`,
    );
    expect(shadow(refused).querySelector('[part="date-field"]')).to.equal(null);
    expect(shadow(refused).querySelector('[part="message"]')).to.not.equal(null);
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
    shadow(el)
      .querySelector<HTMLLabelElement>(`label[for="${box(el, 'no-shaving').id}"]`)!
      .click();
    expect((await event).detail.checked).to.deep.equal(['no-shaving', 'no-moisturiser']);
    await el.updateComplete;
    expect(progress(el).textContent).to.include(done(2));
    event = change(el);
    box(el, 'no-moisturiser').click();
    expect((await event).detail.checked).to.deep.equal(['no-shaving']);
    await el.updateComplete;
    expect(progress(el).textContent).to.include(done(1));
  });

  it('fires no preparation-change on load, for restored ticks, or when the host sets attributes (like a native change event)', async () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(['no-shaving']));
    let fired = 0;
    const el = await fixture<PreparationChecklist>(
      html`<preparation-checklist
        remember
        appointment-date="2026-04-14"
        @preparation-change=${() => (fired += 1)}
      ></preparation-checklist>`,
    );
    expect(checkedIds(el)).to.deep.equal(['no-shaving']);
    el.appointmentDate = '2026-05-05';
    el.appointmentTime = '10:15';
    el.remember = false;
    await el.updateComplete;
    el.remember = true;
    el.headingLevel = '3';
    await el.updateComplete;
    expect(when(el, 'no-moisturiser')).to.equal('On Tuesday 5 May, before your appointment at 10:15.');
    expect(fired).to.equal(0);
    box(el, 'no-moisturiser').click();
    expect(fired).to.equal(1);
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
    expect(progress(el).textContent).to.include(done(2));
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
    box(el, 'no-moisturiser').click();
    box(el, 'no-shaving').click();
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(1);
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal(['no-shaving', 'no-moisturiser']);
    const again = await fixture<PreparationChecklist>(html`<preparation-checklist remember></preparation-checklist>`);
    expect(checkedIds(again)).to.deep.equal(['no-shaving', 'no-moisturiser']);
    expect(progress(again).textContent).to.include(done(2));
    const forgetful = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(boxes(forgetful).some((b) => b.checked)).to.equal(false);
  });

  it('ignores stored data it cannot use', async () => {
    for (const stored of ['not json', '{"a":1}', '["no-shaving","<b>x</b>",3]']) {
      sessionStorage.setItem(STORAGE_KEY, stored);
      const el = await fixture<PreparationChecklist>(html`<preparation-checklist remember></preparation-checklist>`);
      expect(checkedIds(el), stored).to.deep.equal(stored.includes('no-shaving') ? ['no-shaving'] : []);
    }
  });

  it('shows the steps undated with a message, and warns once, for an invalid appointment date', async () => {
    const el = await fixture<PreparationChecklist>(
      html`<preparation-checklist appointment-date="<b>2026-02-30</b>" appointment-time="09:30"></preparation-checklist>`,
    );
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('date could not be read');
    expect(shadow(el).querySelector('b')).to.equal(null);
    expect(shadow(el).querySelector('[part="when"]')).to.equal(null);
    expect(boxes(el)).to.have.length(tasks().length);
    expect(information(el)).to.have.length(optional().length);
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
      expect(controls).to.have.length(tasks().length + 1);
      for (const control of controls) {
        const r = control.getBoundingClientRect();
        const name = `${dir}: ${control.outerHTML.slice(0, 60)}`;
        expect(r.width >= 24 && r.height >= 24, name).to.equal(true);
        expect(r.left >= box.left - 1 && r.right <= box.right + 1, name).to.equal(true);
      }
      for (const section of [goodToKnow(el), appointment(el)]) {
        const name = `${dir}: ${section.getAttribute('part')}`;
        const r = section.getBoundingClientRect();
        expect(r.height, name).to.be.greaterThan(0);
        expect(r.left >= box.left - 1 && r.right <= box.right + 1, name).to.equal(true);
        expect(section.scrollWidth, name).to.be.at.most(section.clientWidth + 1);
        for (const li of section.querySelectorAll('li')) {
          const l = li.getBoundingClientRect();
          expect(l.left >= box.left - 1 && l.right <= box.right + 1, `${name}: ${clean(li.textContent).slice(0, 40)}`).to.equal(true);
        }
      }
    }
  });

  it('passes axe undated, dated with ticks, and with invalid attributes, with the good-to-know and appointment sections', async () => {
    const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
    expect(information(el)).to.have.length(optional().length);
    expect(events(el)).to.have.length(appointmentEvents.length);
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
      const changed = change(el);
      pickDate(input, '2026-04-14');
      expect((await shared).detail).to.deep.equal({ date: '2026-04-14', source: 'preparation-checklist' });
      // The steps are dated anew: the event carries the dated plan.
      const { plan } = (await changed).detail;
      expect(plan.appointmentDate).to.equal('2026-04-14');
      expect(plan.steps.find((step) => step.id === 'no-moisturiser')?.from).to.equal('2026-04-14');
      await el.updateComplete;
      expect(when(el, 'no-moisturiser')).to.equal('On Tuesday 14 April, the day of your appointment.');
      await expect(el).to.be.accessible();
    });

    it('takes a date shared by another element, now or later, but the attribute always wins', async () => {
      const el = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
      let firedByFixed = 0;
      const fixed = await fixture<PreparationChecklist>(
        html`<preparation-checklist
          appointment-date="2026-06-10"
          @preparation-change=${() => (firedByFixed += 1)}
        ></preparation-checklist>`,
      );
      shareTreatmentDate(document.createElement('aftercare-timeline'), '2026-05-05');
      await el.updateComplete;
      await fixed.updateComplete;
      expect(when(el, 'no-moisturiser')).to.equal('On Tuesday 5 May, the day of your appointment.');
      expect(when(fixed, 'no-moisturiser')).to.equal('On Wednesday 10 June, the day of your appointment.');
      expect(firedByFixed, 'a checklist dated by its attribute shows nothing new').to.equal(0);
      const later = await fixture<PreparationChecklist>(html`<preparation-checklist></preparation-checklist>`);
      expect(when(later, 'no-moisturiser')).to.equal('On Tuesday 5 May, the day of your appointment.');
      expect(shadow(later).querySelector<HTMLInputElement>('input[type="date"]')!.value).to.equal('2026-05-05');
    });
  });
});
