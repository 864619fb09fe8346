import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  assessSuitability,
  faceAlternative,
  headlineOrder,
  suitabilityQuestions,
  type Answer,
  type Headline,
  type QuestionId,
  type SuitabilityResult,
} from '../../src/core/index.js';
import '../../src/suitability-checker.js';
import type { SuitabilityChecker } from '../../src/suitability-checker.js';
import { captureConsole } from '../support/console.js';

// The tests drive the element the way a patient does, by clicking its radio buttons and buttons (or
// by keyboard), and read what the patient sees.
const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (node: Element | ShadowRoot): string => node.textContent.replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string): HTMLElement | null =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Patient-facing words the checker must never use (the disclaimer's "assessment" is allowed). */
const FORBIDDEN = /\b(un)?suitable\b|\bdiagnos|\bassess(?!ment)|\bscore|%/i;

/** The button whose visible text starts with `label`, or undefined. */
function button(el: Element, label: string): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll('button')].find((b) => text(b).startsWith(label));
}

/** Clicks the button whose text starts with `label` and waits for the element to render. */
async function press(el: SuitabilityChecker, label: string): Promise<void> {
  const target = button(el, label);
  if (!target) throw new Error(`no button "${label}" in: ${text(shadow(el))}`);
  target.click();
  await el.updateComplete;
}

/** Clicks the radio button of an answer (the question must be on screen). */
async function choose(el: SuitabilityChecker, id: QuestionId, answer: Answer): Promise<void> {
  const radio = shadow(el).querySelector<HTMLInputElement>(`input[name="q-${id}"][value="${answer}"]`);
  if (!radio) throw new Error(`question ${id} with answer ${answer} is not on screen`);
  radio.click();
  await el.updateComplete;
}

/** Answers "legs" and "no" everywhere, except where `answers` says otherwise (`null`: skip it). */
function answersWith(answers: Partial<Record<QuestionId, Answer | null>>): Partial<Record<QuestionId, Answer | null>> {
  const all: Partial<Record<QuestionId, Answer | null>> = {};
  for (const question of suitabilityQuestions) all[question.id] = question.id === 'location' ? 'legs' : 'no';
  return { ...all, ...answers };
}

/** Goes through every question in stepwise mode, clicking the answers given, to the summary. */
async function answerStepwise(
  el: SuitabilityChecker,
  answers: Partial<Record<QuestionId, Answer | null>>,
): Promise<void> {
  for (const question of suitabilityQuestions) {
    const answer = answers[question.id];
    if (answer) await choose(el, question.id, answer);
    const next = button(el, 'Next') ?? button(el, 'Check your answers');
    next!.click();
    await el.updateComplete;
  }
}

/** Answers in stepwise mode and asks for the result. */
async function resultStepwise(
  el: SuitabilityChecker,
  answers: Partial<Record<QuestionId, Answer | null>>,
): Promise<HTMLElement> {
  await answerStepwise(el, answers);
  await press(el, 'See what to tell the clinic');
  return part(el, 'result')!;
}

const TODAY = '2026-03-01';
const checker = () => fixture<SuitabilityChecker>(html`<suitability-checker today=${TODAY}></suitability-checker>`);

/** For each headline, answers that reach it (checked against the core below, not assumed). */
const answersFor: Record<Headline, Partial<Record<QuestionId, Answer | null>>> = {
  'no-concerns-found': answersWith({}),
  incomplete: answersWith({ 'unable-to-walk': null }),
  wait: answersWith({ 'pregnant-or-breastfeeding': 'yes' }),
  'talk-to-clinic': answersWith({ tamoxifen: 'unsure', 'pregnant-or-breastfeeding': 'yes' }),
  'varicose-veins-first': answersWith({ 'varicose-veins': 'yes', disulfiram: 'yes' }),
  'not-offered': answersWith({ location: 'face', 'varicose-veins': 'unsure' }),
};

const given = (answers: Partial<Record<QuestionId, Answer | null>>) =>
  Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== null)) as Partial<Record<QuestionId, Answer>>;

describe('<suitability-checker>', () => {
  const warnings = captureConsole('warn');

  describe('asking the questions', () => {
    it('starts with the first question: native radios in a fieldset with a legend, why it is asked, progress', async () => {
      const el = await checker();
      const fieldsets = shadow(el).querySelectorAll('fieldset');
      expect(fieldsets).to.have.length(1);
      const legend = fieldsets[0]!.querySelector('legend')!;
      expect(text(legend)).to.include('Question 1 of 12').and.include('Where are the thread veins');
      const radios = [...fieldsets[0]!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.value)).to.deep.equal(['legs', 'face', 'both']);
      expect(radios.every((r) => r.labels?.length === 1)).to.equal(true);
      expect(text(fieldsets[0]!)).to.include('Why we ask:').and.include('blindness').and.include(`offers ${faceAlternative.name} instead`);
      expect(button(el, 'Back')).to.equal(undefined);
      expect(shadow(el).querySelector('[role="status"]')).to.not.equal(null);
    });

    it('focuses nothing on load and fires no event on load', async () => {
      let events = 0;
      const listener = () => (events += 1);
      document.addEventListener('suitability-change', listener);
      const el = await checker();
      await el.updateComplete;
      document.removeEventListener('suitability-change', listener);
      expect(events).to.equal(0);
      expect(shadow(el).activeElement === null).to.equal(true);
      expect(document.activeElement === document.body).to.equal(true);
    });

    it('offers Yes, No and Not sure, explains why from the leaflet, and moves with Next and Back', async () => {
      const el = await checker();
      await press(el, 'Next');
      const fieldset = shadow(el).querySelector('fieldset')!;
      expect(text(fieldset.querySelector('legend')!)).to.include('Question 2 of 12');
      expect(shadow(el).activeElement?.id).to.equal(fieldset.id);
      const labels = [...shadow(el).querySelectorAll('.answer')].map(text);
      expect(labels).to.deep.equal(['Yes', 'No', 'Not sure']);
      for (let i = 2; i < 11; i += 1) await press(el, 'Next');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Question 11 of 12').and.include('Tamoxifen');
      expect(text(shadow(el).querySelector('.why')!)).to.include('increases the risk of inflammation of the blood vessels');
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('.why')!)).to.include('contain alcohol');
      await press(el, 'Back');
      await press(el, 'Back');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Question 10 of 12');
    });

    it('says the clinic needs to know where the leaflet gives no reason', async () => {
      const el = await checker();
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('.why')!)).to.include('The clinic needs to know this');
      await press(el, 'Next');
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('.why')!)).to.include('vascular surgeon').and.include('high pressure');
    });

    it('shows every question at once in list mode, without progress', async () => {
      const el = await fixture<SuitabilityChecker>(html`<suitability-checker mode="list" today=${TODAY}></suitability-checker>`);
      const fieldsets = shadow(el).querySelectorAll('fieldset');
      expect(fieldsets).to.have.length(suitabilityQuestions.length);
      expect(part(el, 'progress')).to.equal(null);
      for (const [id, answer] of Object.entries(answersFor.wait)) if (answer) await choose(el, id as QuestionId, answer);
      await press(el, 'See what to tell the clinic');
      expect(part(el, 'result')!.dataset.headline).to.equal('wait');
      expect(shadow(el).activeElement?.id).to.equal('result-heading');
      await press(el, 'Change your answers');
      expect(shadow(el).querySelectorAll('fieldset')).to.have.length(suitabilityQuestions.length);
      const checked = shadow(el).querySelector<HTMLInputElement>('input[name="q-pregnant-or-breastfeeding"]:checked');
      expect(checked?.value).to.equal('yes');
    });
  });

  describe('dates for time-limited answers', () => {
    it('offers a date field only when a time-limited answer is Yes, and shows the earliest date', async () => {
      const el = await checker();
      await press(el, 'Next');
      await press(el, 'Next');
      expect(part(el, 'date')).to.equal(null);
      await choose(el, 'infection', 'unsure');
      expect(part(el, 'date')).to.equal(null);
      await choose(el, 'infection', 'yes');
      const input = part(el, 'date')!.querySelector('input')!;
      expect(input.labels![0]!.textContent).to.include('When did you last take antibiotics?');
      expect(input.max).to.equal(TODAY);
      input.value = '2026-02-20';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(part(el, 'date')!)).to.match(/earliest date the clinic could treat you is Friday,? 6 March 2026\./);
      expect(el.result.earliestDates).to.deep.equal(
        assessSuitability({ infection: 'yes' }, { today: TODAY, dates: { infection: '2026-02-20' } }).earliestDates,
      );
      input.value = '2026-02-01';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(part(el, 'date')!)).to.match(/the waiting time ended on Sunday,? 15 February 2026\./);
    });

    it('shows the earliest date in the result for the 12-week windows', async () => {
      const el = await checker();
      await answerStepwise(el, answersWith({ 'heart-problem': 'yes' }));
      await press(el, 'Change: A heart problem');
      const input = part(el, 'date')!.querySelector('input')!;
      input.value = '2026-02-01';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await press(el, 'Check your answers');
      await press(el, 'See what to tell the clinic');
      const finding = part(el, 'result')!.querySelector('[data-question="heart-problem"]')!;
      expect(text(finding)).to.include('12 weeks').and.match(/Sunday,? 26 April 2026/);
    });
  });

  describe('the result', () => {
    for (const headline of headlineOrder) {
      it(`reaches "${headline}" by clicking, with the leaflet's advice and the closing reminder`, async () => {
        const answers = answersFor[headline];
        expect(assessSuitability(given(answers)).headline).to.equal(headline);
        const el = await checker();
        const result = await resultStepwise(el, answers);
        expect(result.dataset.headline).to.equal(headline);
        expect(el.result.headline).to.equal(headline);
        expect(text(el.shadowRoot!.querySelector('[part="heading"]')!)).to.equal('Before your consultation: things to tell us');
        const expected = assessSuitability(given(answers), { today: TODAY });
        expect([...result.querySelectorAll<HTMLElement>('[part="finding"]')].map((f) => f.dataset.question)).to.deep.equal(
          expected.findings.map((f) => f.question),
        );
        const disclaimer = part(el, 'disclaimer')!;
        expect(text(disclaimer)).to.equal(
          'This is not a medical assessment. Your clinician checks suitability at your consultation. Do not stop or change any medicine because of this.',
        );
        expect(result.lastElementChild!.previousElementSibling).to.equal(disclaimer);
        expect(text(result)).to.not.match(FORBIDDEN);
        expect(shadow(el).activeElement?.id).to.equal('result-heading');
        expect(text(shadow(el).querySelector('[role="status"]')!)).to.include('Things to tell us');
        await expect(el).to.be.accessible();
      });
    }

    it('uses no colour to tell findings apart: each has a text label', async () => {
      const el = await checker();
      const result = await resultStepwise(el, answersFor['not-offered']);
      const findings = [...result.querySelectorAll<HTMLElement>('[part="finding"]')];
      expect(findings.map((f) => text(f.querySelector('.category')!))).to.deep.equal(['Not offered', 'Varicose veins first']);
      const colours = new Set(findings.map((f) => getComputedStyle(f).borderInlineStartColor));
      expect(colours.size).to.equal(1);
      expect(text(findings[1]!)).to.include('Not sure').and.include('vascular surgeon');
    });

    it('names the core’s face alternative by default, the clinic’s when set, and none when empty', async () => {
      const el = await checker();
      expect(text(await resultStepwise(el, answersFor['not-offered']))).to.include(`offers ${faceAlternative.name}`);
      const own = await fixture<SuitabilityChecker>(
        html`<suitability-checker clinic-name="Leeds Vein Clinic" face-alternative="laser treatment"></suitability-checker>`,
      );
      const ownText = text(await resultStepwise(own, answersFor['not-offered']));
      expect(ownText).to.include('Leeds Vein Clinic offers laser treatment instead').and.not.include(faceAlternative.name);
      const none = await fixture<SuitabilityChecker>(html`<suitability-checker face-alternative=""></suitability-checker>`);
      const noneText = text(await resultStepwise(none, answersFor['not-offered']));
      expect(noneText).to.include('not offered for thread veins on the face').and.not.include('offers');
    });

    it('offers the booking link only when no concern was found, and the contact details otherwise', async () => {
      const attrs = (el: SuitabilityChecker) => {
        el.setAttribute('booking-url', '/book');
        el.setAttribute('contact-url', 'https://clinic.example/contact');
        el.setAttribute('contact-phone', '0113 496 0000');
      };
      const ok = await checker();
      attrs(ok);
      const okResult = await resultStepwise(ok, answersFor['no-concerns-found']);
      expect([...okResult.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/book']);
      const talk = await checker();
      attrs(talk);
      const talkResult = await resultStepwise(talk, answersFor['talk-to-clinic']);
      expect([...talkResult.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://clinic.example/contact',
        'tel:01134960000',
      ]);
      expect(text(talkResult)).to.include('Contact the clinic before you book');
    });

    it('lists unanswered questions with a way to answer each', async () => {
      const el = await checker();
      const result = await resultStepwise(el, answersFor.incomplete);
      expect(text(result)).to.include('You have not answered these questions yet').and.include('Being unable to walk');
      await press(el, 'Answer');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Are you unable to walk?');
      await choose(el, 'unable-to-walk', 'no');
      await press(el, 'Check your answers');
      await press(el, 'See what to tell the clinic');
      expect(part(el, 'result')!.dataset.headline).to.equal('no-concerns-found');
    });

    it('changes any answer from the summary and comes back to it', async () => {
      const el = await checker();
      await answerStepwise(el, answersFor['no-concerns-found']);
      const summary = part(el, 'summary')!;
      expect(shadow(el).activeElement?.id).to.equal('summary-heading');
      expect(summary.querySelectorAll('dt')).to.have.length(12);
      await press(el, 'Change: Taking Tamoxifen');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Tamoxifen');
      await choose(el, 'tamoxifen', 'yes');
      await press(el, 'Check your answers');
      const row = [...part(el, 'summary')!.querySelectorAll('.row')].find((r) => text(r).includes('Tamoxifen'))!;
      expect(text(row.querySelector('dd')!)).to.equal('Yes');
      await expect(el).to.be.accessible();
    });

    it('never uses verdict words in any question or view', async () => {
      const el = await fixture<SuitabilityChecker>(html`<suitability-checker mode="list"></suitability-checker>`);
      expect(text(shadow(el))).to.not.match(FORBIDDEN);
    });
  });

  describe('Start again', () => {
    it('clears every answer and date, and the result, and says so', async () => {
      const el = await checker();
      await resultStepwise(el, answersWith({ infection: 'yes' }));
      const events: SuitabilityResult[] = [];
      el.addEventListener('suitability-change', (event) => events.push(event.detail));
      await press(el, 'Start again');
      expect(events.map((e) => e.unanswered.length)).to.deep.equal([12]);
      expect(el.result.unanswered).to.have.length(12);
      expect(text(shadow(el).querySelector('legend')!)).to.include('Question 1 of 12');
      expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
      expect(text(shadow(el).querySelector('[role="status"]')!)).to.include('cleared');
      await press(el, 'Next');
      await press(el, 'Next');
      expect(shadow(el).querySelector('input[name="q-infection"]:checked')).to.equal(null);
      expect(part(el, 'date')).to.equal(null);
    });
  });

  describe('the host page', () => {
    it('fires a bubbling, composed suitability-change whose detail is the core result', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><suitability-checker today=${TODAY}></suitability-checker></div>`);
      const el = wrapper.querySelector('suitability-checker')!;
      setTimeout(() => void choose(el, 'location', 'face'));
      const event = await oneEvent(wrapper, 'suitability-change');
      expect(event.bubbles && event.composed).to.equal(true);
      const detail = event.detail as SuitabilityResult;
      expect(detail).to.equal(el.result);
      expect(detail).to.deep.equal(assessSuitability({ location: 'face' }, { today: TODAY }));
      expect(Object.isFrozen(detail)).to.equal(true);
    });

    it('has a read-only result property', async () => {
      const el = await checker();
      expect(el.result.headline).to.equal('incomplete');
      expect(() => {
        (el as unknown as { result: unknown }).result = { headline: 'no-concerns-found' };
      }).to.throw(TypeError);
      expect(el.result.headline).to.equal('incomplete');
    });
  });

  describe('in a form', () => {
    const form = async (name = 'self-check') => {
      const f = await fixture<HTMLFormElement>(
        html`<form><suitability-checker name=${name} today=${TODAY}></suitability-checker><button>Send</button></form>`,
      );
      return { f, el: f.querySelector('suitability-checker')! };
    };

    it('refuses to submit while incomplete, with a message, and submits the answers as JSON', async () => {
      const { f, el } = await form();
      let submitted = 0;
      f.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted += 1;
      });
      expect(el.form === f).to.equal(true);
      expect(f.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.include('Answer every question');
      f.requestSubmit();
      expect(submitted).to.equal(0);
      await answerStepwise(el, answersWith({ infection: 'yes' }));
      expect(f.checkValidity()).to.equal(true);
      f.requestSubmit();
      expect(submitted).to.equal(1);
      const value = JSON.parse(new FormData(f).get('self-check') as string) as unknown;
      expect(value).to.deep.equal({ answers: given(answersWith({ infection: 'yes' })), dates: {} });
    });

    it('submits nothing and blocks nothing without a name', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><suitability-checker></suitability-checker></form>`);
      expect(f.checkValidity()).to.equal(true);
      expect([...new FormData(f).keys()]).to.deep.equal([]);
    });

    it('clears the answers when the form is reset', async () => {
      const { f, el } = await form();
      await answerStepwise(el, answersFor['no-concerns-found']);
      expect(f.checkValidity()).to.equal(true);
      f.reset();
      await el.updateComplete;
      expect(el.result.unanswered).to.have.length(12);
      expect(f.checkValidity()).to.equal(false);
      expect(JSON.parse(new FormData(f).get('self-check') as string)).to.deep.equal({ answers: {}, dates: {} });
    });

    it('is disabled with a disabled fieldset around it', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><legend>Booking</legend><suitability-checker></suitability-checker></fieldset></form>`,
      );
      const el = f.querySelector('suitability-checker')!;
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll<HTMLInputElement>('input, button')].every((c) => c.disabled)).to.equal(true);
    });
  });

  describe('attributes', () => {
    it('refuses invalid values with their fallback and one warning each', async () => {
      const el = await fixture<SuitabilityChecker>(html`<suitability-checker
        mode="grid"
        today="tomorrow"
        heading-level="9"
        booking-url="javascript:alert(1)"
        contact-url="data:text/html,<b>x</b>"
        contact-phone="call us!"
        clinic-name="<b>Clinic</b>"
      ></suitability-checker>`);
      expect(text(part(el, 'message')!)).to.include('one question at a time');
      expect(shadow(el).querySelectorAll('fieldset')).to.have.length(1);
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
      el.requestUpdate();
      await el.updateComplete;
      const result = await resultStepwise(el, answersFor['no-concerns-found']);
      expect(result.querySelectorAll('a')).to.have.length(0);
      expect(shadow(el).querySelector('b')).to.equal(null);
      expect(text(result)).to.include('<b>Clinic</b>');
      const talk = await fixture<SuitabilityChecker>(
        html`<suitability-checker contact-url="javascript:void(0)" contact-phone="12"></suitability-checker>`,
      );
      const talkResult = await resultStepwise(talk, answersFor['talk-to-clinic']);
      expect(talkResult.querySelectorAll('a')).to.have.length(0);
      const attributes = warnings.map((w) => String(w[0]));
      for (const name of ['mode', 'today', 'heading-level', 'booking-url', 'contact-url', 'contact-phone']) {
        expect(attributes.filter((w) => w.startsWith('<suitability-checker>') && w.includes(`the ${name} attribute`)), name).to.have.length(
          name === 'contact-url' || name === 'contact-phone' ? 2 : 1,
        );
      }
    });

    it('uses the heading level it is given and shows the governance footer', async () => {
      const el = await fixture<SuitabilityChecker>(
        html`<suitability-checker heading-level="3" reviewed-by="Dr A. Patel" reviewed-on="2026-01-15" next-review="2027-01-15"></suitability-checker>`,
      );
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
      const footer = text(part(el, 'governance')!);
      expect(footer).to.include('Dr A. Patel').and.include('15 January 2026').and.include('15 January 2027').and.include('Content version');
      await resultStepwise(el, answersFor.wait);
      expect(shadow(el).querySelector('#result-heading')!.getAttribute('aria-level')).to.equal('4');
      expect(part(el, 'finding')!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('5');
    });
  });

  describe('accessibility', () => {
    it('passes axe on the first question, a middle question, the summary and in list mode', async () => {
      const el = await checker();
      await expect(el).to.be.accessible();
      for (let i = 0; i < 2; i += 1) await press(el, 'Next');
      await choose(el, 'infection', 'yes');
      expect(part(el, 'date')).to.not.equal(null);
      await expect(el).to.be.accessible();
      const summary = await checker();
      await answerStepwise(summary, answersFor.wait);
      expect(part(summary, 'summary')).to.not.equal(null);
      await expect(summary).to.be.accessible();
      const list = await fixture<SuitabilityChecker>(html`<suitability-checker mode="list"></suitability-checker>`);
      await expect(list).to.be.accessible();
    });

    it('fits 320 px, left to right and right to left, with every control at least 24 by 24 px', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div dir=${dir} style="width: 320px"><suitability-checker today=${TODAY}></suitability-checker></div>`,
        );
        const el = wrapper.querySelector('suitability-checker')!;
        const check = (view: string) => {
          const box = el.getBoundingClientRect();
          expect(box.width, view).to.be.at.most(320);
          const controls = [...shadow(el).querySelectorAll<HTMLElement>('input, button, a')];
          expect(controls.length, view).to.be.greaterThan(0);
          for (const control of controls) {
            const r = control.getBoundingClientRect();
            const name = `${view}: ${control.outerHTML.slice(0, 60)}`;
            expect(r.width >= 24 && r.height >= 24, name).to.equal(true);
            expect(r.left >= box.left - 1 && r.right <= box.right + 1, name).to.equal(true);
          }
        };
        check(`${dir} first question`);
        await press(el, 'Next');
        await press(el, 'Next');
        await choose(el, 'infection', 'yes');
        check(`${dir} date field`);
        await press(el, 'Start again');
        const all: Partial<Record<QuestionId, Answer>> = {};
        for (const question of suitabilityQuestions) all[question.id] = question.id === 'location' ? 'both' : 'yes';
        await answerStepwise(el, all);
        check(`${dir} summary`);
        el.setAttribute('contact-url', 'https://clinic.example/a-rather-long-contact-page-address');
        el.setAttribute('contact-phone', '+44 113 496 0000');
        await press(el, 'See what to tell the clinic');
        check(`${dir} result`);
      }
    });

    it('can be completed by keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">Before</button><suitability-checker today=${TODAY}></suitability-checker></div>`,
      );
      const el = wrapper.querySelector('suitability-checker')!;
      const focused = () => shadow(el).activeElement as HTMLElement | null;
      /** Presses Tab until `wanted` holds for the focused element (at most 20 times). */
      const tabTo = async (wanted: (e: HTMLElement) => boolean, what: string) => {
        for (let i = 0; i < 20; i += 1) {
          await sendKeys({ press: 'Tab' });
          const now = focused();
          if (now && wanted(now)) return now;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      for (const question of suitabilityQuestions) {
        const radio = await tabTo((e) => e instanceof HTMLInputElement && e.name === `q-${question.id}`, question.id);
        expect((radio as HTMLInputElement).value).to.equal(question.options[0]);
        // The first option is focused: Space picks "legs"; the arrow key moves to "No" and picks it.
        await sendKeys({ press: question.id === 'location' ? ' ' : 'ArrowDown' });
        await el.updateComplete;
        await tabTo((e) => e.classList.contains('primary'), 'Next');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      await tabTo((e) => text(e) === 'See what to tell the clinic', 'the result button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.result.headline).to.equal('no-concerns-found');
      expect(part(el, 'result')!.dataset.headline).to.equal('no-concerns-found');
      await tabTo((e) => text(e) === 'Start again', 'Start again');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.result.unanswered).to.have.length(12);
    });
  });
});
