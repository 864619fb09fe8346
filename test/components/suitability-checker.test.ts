import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  assessSuitability,
  faceAlternative,
  headlineOrder,
  suitabilityQuestions,
  type Answer,
  type DatedQuestionId,
  type Headline,
  type QuestionId,
  type SuitabilityResult,
} from '../../src/core/index.js';
import '../../src/suitability-checker.js';
import type { SuitabilityChecker } from '../../src/suitability-checker.js';
import { clearAnswer } from '../support/answers.js';
import { captureConsole } from '../support/console.js';
import { clean, pickDate, shadow } from '../support/dom.js';

// The tests drive the element the way a patient does, by clicking its radio buttons and buttons (or
// by keyboard), and read what the patient sees.
const text = (node: Element | ShadowRoot): string => clean(node.textContent);
const part = (el: Element, name: string): HTMLElement | null => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Patient-facing words the checker must never use (the disclaimer's "assessment" is allowed). */
const FORBIDDEN = /\b(un)?suitable\b|\bdiagnos|\bassess(?!ment)|\bscore|%/i;

/** Words that would promise a date of treatment: the element gives when the leaflet's time limit ends, never that. */
const TREATMENT_DATE = /earliest date|could treat you/i;

/** The reminder shown before the first question and with the result. */
const DISCLAIMER =
  'This is not a medical assessment. Your clinician checks suitability at your consultation. Do not stop or change any medicine because of this.';

/** Whether a node is laid out where a sighted patient can see it (not hidden, not the 1 px visually-hidden box). */
const visible = (node: Element): boolean => {
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(node).visibility === 'visible';
};

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

/** Answers that raise nothing everywhere, except where `answers` says otherwise (`null`: skip it). */
function answersWith(answers: Partial<Record<QuestionId, Answer | null>>): Partial<Record<QuestionId, Answer | null>> {
  const all: Partial<Record<QuestionId, Answer | null>> = {};
  for (const question of suitabilityQuestions) all[question.id] = clearAnswer(question);
  return { ...all, ...answers };
}

/** Types a date into the date field of a time-limited question (it must be on screen), as a date picker does. */
async function enterDate(el: SuitabilityChecker, id: DatedQuestionId, value: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`#date-${id}`);
  if (!input) throw new Error(`the date field of ${id} is not on screen`);
  pickDate(input, value);
  await el.updateComplete;
}

/** The text of the finding about a question in the result, or undefined when there is none. */
const findingText = (el: Element, id: QuestionId): string | undefined => {
  const finding = part(el, 'result')?.querySelector(`[part="finding"][data-question="${id}"]`);
  return finding ? text(finding) : undefined;
};

/** Goes through every question in stepwise mode, clicking the answers given, to the summary. */
async function answerStepwise(el: SuitabilityChecker, answers: Partial<Record<QuestionId, Answer | null>>): Promise<void> {
  for (const question of suitabilityQuestions) {
    const answer = answers[question.id];
    if (answer) await choose(el, question.id, answer);
    const next = button(el, 'Next') ?? button(el, 'Check your answers');
    next!.click();
    await el.updateComplete;
  }
}

/** Answers in stepwise mode and asks for the result. */
async function resultStepwise(el: SuitabilityChecker, answers: Partial<Record<QuestionId, Answer | null>>): Promise<HTMLElement> {
  await answerStepwise(el, answers);
  await press(el, 'See what to tell the clinic');
  return part(el, 'result')!;
}

const TODAY = '2026-03-01';
const checker = () => fixture<SuitabilityChecker>(html`<suitability-checker today=${TODAY}></suitability-checker>`);
const listChecker = (today = TODAY) =>
  fixture<SuitabilityChecker>(html`<suitability-checker mode="list" today=${today}></suitability-checker>`);

/** Clicks every answer given in list mode (`null`: leave it unanswered). */
async function answerList(el: SuitabilityChecker, answers: Partial<Record<QuestionId, Answer | null>>): Promise<void> {
  for (const question of suitabilityQuestions) {
    const answer = answers[question.id];
    if (answer) await choose(el, question.id, answer);
  }
}

/** For each headline, answers that reach it (checked against the core below, not assumed). */
const answersFor: Record<Headline, Partial<Record<QuestionId, Answer | null>>> = {
  'no-concerns-found': answersWith({}),
  incomplete: answersWith({ 'able-to-walk': null }),
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
      expect(text(legend)).to.include('Question 1 of 13').and.include('Where are the thread veins');
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
      expect(text(fieldset.querySelector('legend')!)).to.include('Question 2 of 13');
      expect(shadow(el).activeElement?.id).to.equal(fieldset.id);
      const labels = [...shadow(el).querySelectorAll('.answer')].map(text);
      expect(labels).to.deep.equal(['Yes', 'No', 'Not sure']);
      for (let i = 2; i < 12; i += 1) await press(el, 'Next');
      expect(text(shadow(el).querySelector('legend')!))
        .to.include('Question 12 of 13')
        .and.include('Tamoxifen');
      expect(text(shadow(el).querySelector('.why')!)).to.include('increases the risk of inflammation of the blood vessels');
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('legend')!))
        .to.include('Question 13 of 13')
        .and.include('Disulfiram');
      expect(text(shadow(el).querySelector('.why')!)).to.include('contain alcohol');
      await press(el, 'Back');
      await press(el, 'Back');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Question 11 of 13');
    });

    it('says the clinic needs to know where the leaflet gives no reason', async () => {
      const el = await checker();
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('.why')!)).to.include('The clinic needs to know this');
      for (let i = 0; i < 3; i += 1) await press(el, 'Next');
      expect(text(shadow(el).querySelector('legend')!)).to.include('varicose veins');
      expect(text(shadow(el).querySelector('.why')!))
        .to.include('vascular surgeon')
        .and.include('high pressure');
    });

    it('shows every question at once in list mode, without progress', async () => {
      const el = await listChecker();
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

    it('asks about a current infection and about antibiotics as two questions, with a date only for the last dose', async () => {
      const el = await checker();
      await press(el, 'Next');
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('legend')!))
        .to.include('Question 3 of 13')
        .and.include('Do you have an infection at the moment?');
      await choose(el, 'current-infection', 'yes');
      expect(part(el, 'date'), 'a current infection has no date to count from').to.equal(null);
      await press(el, 'Next');
      expect(text(shadow(el).querySelector('legend')!))
        .to.include('Question 4 of 13')
        .and.include('Have you taken antibiotics in the last 2 weeks?');
      await choose(el, 'antibiotics', 'no');
      expect(part(el, 'date')).to.equal(null);
      await choose(el, 'antibiotics', 'yes');
      const input = part(el, 'date')!.querySelector('input')!;
      expect(text(input.labels![0]!)).to.include('When did you take your last dose of antibiotics?');

      const list = await listChecker();
      const asked = [...shadow(list).querySelectorAll<HTMLElement>('fieldset')].map((f) => f.dataset.question);
      expect(asked).to.include.members(['current-infection', 'antibiotics']).and.not.include('infection');
      expect(shadow(list).querySelector('input[name="q-infection"]')).to.equal(null);
    });

    it('gives a finding for a current infection and for recent antibiotics each on its own', async () => {
      for (const [asked, other] of [
        ['current-infection', 'antibiotics'],
        ['antibiotics', 'current-infection'],
      ] as const) {
        const el = await listChecker();
        await answerList(el, answersWith({ [asked]: 'yes' }));
        await press(el, 'See what to tell the clinic');
        expect(part(el, 'result')!.dataset.headline, asked).to.equal('wait');
        expect(findingText(el, asked), asked).to.not.equal(undefined);
        expect(findingText(el, other), asked).to.equal(undefined);
      }
    });

    it('asks "Can you walk?": No or Not sure is a finding to tell the clinic about, Yes is none', async () => {
      const list = await listChecker();
      const questions = [...shadow(list).querySelectorAll('.question-text')].map(text);
      expect(questions).to.have.length(13);
      expect(questions.filter((q) => q.startsWith('Are you unable'))).to.deep.equal([]);
      expect(text(shadow(list).querySelector('#question-able-to-walk legend')!)).to.equal('Can you walk?');

      for (const answer of ['no', 'unsure'] as const) {
        const el = await checker();
        const result = await resultStepwise(el, answersWith({ 'able-to-walk': answer }));
        expect(result.dataset.headline, answer).to.equal('talk-to-clinic');
        expect(
          el.result.findings.map((f) => f.question),
          answer,
        ).to.deep.equal(['able-to-walk']);
        expect(findingText(el, 'able-to-walk'), answer).to.include('Tell the clinic before you book').and.include('walk');
        const row = [...result.querySelectorAll('.given .row')].find((r) => text(r.querySelector('dt')!) === 'Can you walk?')!;
        expect(text(row.querySelector('dd')!), answer).to.equal(answer === 'no' ? 'No' : 'Not sure');
      }

      const el = await checker();
      const result = await resultStepwise(el, answersWith({ 'able-to-walk': 'yes' }));
      expect(result.dataset.headline).to.equal('no-concerns-found');
      expect(result.querySelectorAll('[part="finding"]')).to.have.length(0);
      expect(text(result)).to.include('Can you walk? Yes');
    });

    for (const mode of ['stepwise', 'list'] as const) {
      it(`shows the reminder that this is not a medical assessment before the first question (${mode})`, async () => {
        const el = await fixture<SuitabilityChecker>(html`<suitability-checker mode=${mode} today=${TODAY}></suitability-checker>`);
        const reminder = part(el, 'intro')!.querySelector('.disclaimer')!;
        expect(text(reminder)).to.equal(DISCLAIMER);
        expect(visible(reminder)).to.equal(true);
        const first = shadow(el).querySelector('fieldset')!;
        expect(first.dataset.question).to.equal('location');
        expect(reminder.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        if (mode === 'stepwise') {
          await press(el, 'Next');
          await press(el, 'Next');
          expect(text(part(el, 'intro')!.querySelector('.disclaimer')!), 'still there at a later question').to.equal(DISCLAIMER);
        }
      });
    }
  });

  describe('dates for time-limited answers', () => {
    it('offers a date field only when a time-limited answer is Yes, and says when the leaflet’s time limit ends', async () => {
      const el = await checker();
      for (let i = 0; i < 3; i += 1) await press(el, 'Next');
      expect(part(el, 'date')).to.equal(null);
      await choose(el, 'antibiotics', 'unsure');
      expect(part(el, 'date')).to.equal(null);
      await choose(el, 'antibiotics', 'yes');
      const input = part(el, 'date')!.querySelector('input')!;
      expect(input.labels![0]!.textContent).to.include('When did you take your last dose of antibiotics?');
      expect(input.max).to.equal(TODAY);
      await enterDate(el, 'antibiotics', '2026-02-20');
      expect(text(part(el, 'date')!)).to.match(
        /The leaflet’s time limit is 2 weeks\. From the date you gave, it ends on Friday,? 6 March 2026\. The clinic decides when you can be treated\./,
      );
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('window-end-antibiotics');
      expect(text(shadow(el).querySelector('#window-end-antibiotics')!)).to.match(/it ends on Friday,? 6 March 2026/);
      expect(el.result.windows).to.deep.equal(
        assessSuitability({ antibiotics: 'yes' }, { today: TODAY, dates: { antibiotics: '2026-02-20' } }).windows,
      );
      await enterDate(el, 'antibiotics', '2026-02-01');
      expect(text(part(el, 'date')!)).to.match(
        /From the date you gave, it ended on Sunday,? 15 February 2026\. Still tell the clinic about it: the clinic decides when you can be treated\./,
      );
    });

    it('shows the date field, and later the result, styled: their code and styles load when the patient first answers', async () => {
      const el = await listChecker();
      // The patient's first answer is Yes to a time-limited question: its field comes with that code.
      await choose(el, 'antibiotics', 'yes');
      const field = part(el, 'date')!;
      expect(field, 'the date field, once its code is there').to.not.equal(null);
      expect(getComputedStyle(field.querySelector('label')!).display).to.equal('block');
      await enterDate(el, 'antibiotics', '2026-02-20');
      expect(getComputedStyle(shadow(el).querySelector('#window-end-antibiotics')!).fontWeight).to.equal('600');
      await answerList(el, answersWith({ antibiotics: null }));
      await press(el, 'See what to tell the clinic');
      const finding = part(el, 'result')!.querySelector<HTMLElement>('[part="finding"][data-question="antibiotics"]')!;
      expect(getComputedStyle(finding).borderInlineStartWidth, 'a finding stands out by its border, not by colour').to.equal('6px');
      expect(getComputedStyle(finding.querySelector('.category')!).borderTopStyle).to.equal('solid');
    });

    it('shows when the 12-week window ends in the result', async () => {
      const el = await checker();
      await answerStepwise(el, answersWith({ 'heart-problem': 'yes' }));
      await press(el, 'Change: Have you had a heart problem in the last 12 weeks?');
      await enterDate(el, 'heart-problem', '2026-02-01');
      await press(el, 'Check your answers');
      await press(el, 'See what to tell the clinic');
      const finding = part(el, 'result')!.querySelector('[data-question="heart-problem"]')!;
      expect(text(finding)).to.include('12 weeks');
      expect(text(finding.querySelector('.window-end')!)).to.match(
        /The leaflet’s time limit is 12 weeks\. From the date you gave, it ends on Sunday,? 26 April 2026\. The clinic decides when you can be treated\./,
      );
    });

    it('counts the boundary day as inside the time limit: it ends on that day, and has ended only the day after', async () => {
      // Last dose on Sunday 1 March: "in the last 2 weeks" is still true on Sunday 15 March.
      const el = await listChecker('2026-03-15');
      await answerList(el, answersWith({ antibiotics: 'yes' }));
      await enterDate(el, 'antibiotics', '2026-03-01');
      const field = () => text(shadow(el).querySelector('#window-end-antibiotics')!);
      expect(field()).to.match(/it ends on Sunday,? 15 March 2026\. The clinic decides when you can be treated\./);
      expect(field()).to.not.include('ended');
      await press(el, 'See what to tell the clinic');
      const windowEnd = () => text(part(el, 'result')!.querySelector('[data-question="antibiotics"] .window-end')!);
      expect(windowEnd())
        .to.match(/it ends on Sunday,? 15 March 2026/)
        .and.not.include('ended');
      expect(el.result.windows.map((w) => w.over)).to.deep.equal([false]);

      el.setAttribute('today', '2026-03-16');
      await el.updateComplete;
      expect(windowEnd()).to.match(/it ended on Sunday,? 15 March 2026\. Still tell the clinic about it/);
      expect(el.result.windows.map((w) => w.over)).to.deep.equal([true]);
      await press(el, 'Change your answers');
      expect(field()).to.match(/it ended on Sunday,? 15 March 2026/);
    });

    it('never says the time limit ended for a current infection, even with an old antibiotics date', async () => {
      const el = await listChecker();
      await answerList(el, answersWith({ 'current-infection': 'yes', antibiotics: 'yes' }));
      await enterDate(el, 'antibiotics', '2026-01-05');
      expect(shadow(el).querySelector('#question-current-infection [part="date"]')).to.equal(null);
      await press(el, 'See what to tell the clinic');
      const result = part(el, 'result')!;
      expect(result.dataset.headline).to.equal('wait');
      expect(el.result.findings.map((f) => f.question)).to.deep.equal(['current-infection', 'antibiotics']);
      const infection = result.querySelector('[data-question="current-infection"]')!;
      expect(text(infection))
        .to.include('until your infection has gone')
        .and.not.match(/ended|time limit/);
      expect(infection.querySelector('.window-end')).to.equal(null);
      expect(findingText(el, 'antibiotics')).to.match(/it ended on Monday,? 19 January 2026/);

      // With no recent antibiotics, nothing in the result says a time limit has ended: the infection still stands.
      await press(el, 'Change your answers');
      await choose(el, 'antibiotics', 'no');
      await press(el, 'See what to tell the clinic');
      expect(part(el, 'result')!.dataset.headline).to.equal('wait');
      expect(el.result.findings.map((f) => f.question)).to.deep.equal(['current-infection']);
      expect(el.result.windows).to.deep.equal([]);
      expect(text(part(el, 'result')!)).to.not.match(/ended|time limit/);
    });

    it('never promises a date of treatment, in the date fields or in the result', async () => {
      const dated = suitabilityQuestions.filter((q) => q.acceptsDate).map((q) => q.id as DatedQuestionId);
      expect(dated).to.have.length(3);
      const el = await listChecker();
      await answerList(el, answersWith(Object.fromEntries(dated.map((id) => [id, 'yes']))));
      // Within every time limit, then past every one.
      for (const date of ['2026-02-27', '2025-06-01']) {
        for (const id of dated) await enterDate(el, id, date);
        for (const id of dated) {
          const field = text(shadow(el).querySelector(`#date-${id}`)!.closest('[part="date"]')!);
          expect(field, `${id} ${date}`).to.include('The leaflet’s time limit is').and.include('clinic decides when you can be treated');
          expect(field, `${id} ${date}`).to.not.match(TREATMENT_DATE);
        }
        await press(el, 'See what to tell the clinic');
        const result = part(el, 'result')!;
        expect(result.querySelectorAll('.window-end'), date).to.have.length(3);
        expect(text(result), date).to.not.match(TREATMENT_DATE);
        await press(el, 'Change your answers');
      }
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
        expect(text(disclaimer)).to.equal(DISCLAIMER);
        // The reminder closes the result, just before its buttons (compared as a boolean: chai's
        // message for two unequal elements can take longer than the whole test).
        expect(part(el, 'actions')!.previousElementSibling === disclaimer, 'the reminder comes just before the buttons').to.equal(true);
        expect(text(result)).to.not.match(FORBIDDEN);
        expect(text(result)).to.not.match(TREATMENT_DATE);
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
      expect(text(result)).to.include('You have not answered these questions yet').and.include('Walking');
      await press(el, 'Answer');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Can you walk?');
      await choose(el, 'able-to-walk', 'yes');
      await press(el, 'Check your answers');
      await press(el, 'See what to tell the clinic');
      expect(part(el, 'result')!.dataset.headline).to.equal('no-concerns-found');
    });

    it('changes any answer from the summary and comes back to it', async () => {
      const el = await checker();
      await answerStepwise(el, answersFor['no-concerns-found']);
      const summary = part(el, 'summary')!;
      expect(shadow(el).activeElement?.id).to.equal('summary-heading');
      expect(summary.querySelectorAll('dt')).to.have.length(13);
      await press(el, 'Change: Do you take Tamoxifen at the moment?');
      expect(text(shadow(el).querySelector('legend')!)).to.include('Tamoxifen');
      await choose(el, 'tamoxifen', 'yes');
      await press(el, 'Check your answers');
      const row = [...part(el, 'summary')!.querySelectorAll('.row')].find((r) => text(r).includes('Tamoxifen'))!;
      expect(text(row.querySelector('dd')!)).to.equal('Yes');
      await expect(el).to.be.accessible();
    });

    it('names each Change button after its own question, and each opens that question', async () => {
      const el = await checker();
      await answerStepwise(el, answersFor['no-concerns-found']);
      const rows = () => [...part(el, 'summary')!.querySelectorAll('.row')];
      expect(rows()).to.have.length(suitabilityQuestions.length);
      const names: string[] = [];
      for (let i = 0; i < suitabilityQuestions.length; i += 1) {
        const row = rows()[i]!;
        const question = text(row.querySelector('dt')!);
        const change = row.querySelector('button')!;
        // The name read out comes from the button's content: "Change" and the visually hidden question.
        expect(text(change)).to.equal(`Change: ${question}`);
        const hidden = change.querySelector('.visually-hidden')!;
        expect(getComputedStyle(hidden).display).to.not.equal('none');
        expect(hidden.closest('[aria-hidden="true"]')).to.equal(null);
        expect(change.hasAttribute('aria-label') || change.hasAttribute('aria-labelledby')).to.equal(false);
        names.push(text(change));
        change.click();
        await el.updateComplete;
        expect(text(shadow(el).querySelector('legend .question-text')!)).to.equal(question);
        await press(el, 'Check your answers');
      }
      expect(new Set(names).size).to.equal(names.length);
    });

    it('never uses verdict words in any question or view', async () => {
      const el = await fixture<SuitabilityChecker>(html`<suitability-checker mode="list"></suitability-checker>`);
      expect(text(shadow(el))).to.not.match(FORBIDDEN);
    });
  });

  describe('Start again', () => {
    it('clears every answer and date, and the result, and says so', async () => {
      const el = await checker();
      await resultStepwise(el, answersWith({ antibiotics: 'yes' }));
      const events: SuitabilityResult[] = [];
      el.addEventListener('suitability-change', (event) => events.push(event.detail));
      await press(el, 'Start again');
      expect(events.map((e) => e.unanswered.length)).to.deep.equal([13]);
      expect(el.result.unanswered).to.have.length(13);
      expect(text(shadow(el).querySelector('legend')!)).to.include('Question 1 of 13');
      expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
      expect(text(shadow(el).querySelector('[role="status"]')!)).to.include('cleared');
      for (let i = 0; i < 3; i += 1) await press(el, 'Next');
      expect(shadow(el).querySelector('input[name="q-antibiotics"]')).to.not.equal(null);
      expect(shadow(el).querySelector('input[name="q-antibiotics"]:checked')).to.equal(null);
      expect(part(el, 'date')).to.equal(null);
    });

    it('can be undone: "Undo" brings back every answer and date, and the result where the patient was', async () => {
      const el = await checker();
      await resultStepwise(el, answersWith({ antibiotics: 'yes' }));
      const before = el.result;
      await press(el, 'Start again');
      expect(el.result.unanswered).to.have.length(13);
      const notice = part(el, 'cleared')!;
      expect(text(notice)).to.include('Your answers have been cleared.');
      await press(el, 'Undo');
      expect(el.result).to.deep.equal(before);
      expect(part(el, 'result')).to.not.equal(null);
      expect(part(el, 'cleared')).to.equal(null);
      expect(text(shadow(el).querySelector('[role="status"]')!)).to.include('Your answers are back.');
    });

    it('keeps "Start again" out of the row of Back and Next, and drops "Undo" once the patient answers again', async () => {
      const el = await checker();
      await choose(el, 'location', 'legs');
      const actions = part(el, 'actions')!;
      expect([...actions.querySelectorAll('button')].map(text)).to.deep.equal(['Next']);
      expect(button(el, 'Start again')!.closest('[part="actions"]')).to.equal(null);
      await press(el, 'Start again');
      expect(button(el, 'Undo')).to.not.equal(undefined);
      await choose(el, 'location', 'face');
      expect(button(el, 'Undo')).to.equal(undefined);
      expect(part(el, 'cleared')).to.equal(null);
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

    it('fires once for each action of the patient that changes the result: an answer, a date, Start again, Undo, a form reset', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><suitability-checker mode="list" today=${TODAY}></suitability-checker></form>`);
      const el = f.querySelector('suitability-checker')!;
      const seen: string[] = [];
      el.addEventListener('suitability-change', (event) => {
        expect(event.detail).to.equal(el.result);
        seen.push(`${event.detail.unanswered.length} unanswered, ${event.detail.windows.length} window`);
      });
      const fired = () => seen.splice(0);
      await choose(el, 'antibiotics', 'yes');
      expect(fired()).to.deep.equal(['12 unanswered, 0 window']);
      await enterDate(el, 'antibiotics', '');
      expect(fired(), 'an empty date field changes nothing the core reads').to.deep.equal([]);
      await enterDate(el, 'antibiotics', '2026-02-20');
      expect(fired()).to.deep.equal(['12 unanswered, 1 window']);
      await enterDate(el, 'antibiotics', '2026-02-20');
      expect(fired(), 'the same date again').to.deep.equal([]);
      await press(el, 'Start again');
      expect(fired()).to.deep.equal(['13 unanswered, 0 window']);
      await press(el, 'Undo');
      expect(fired()).to.deep.equal(['12 unanswered, 1 window']);
      f.reset();
      await el.updateComplete;
      expect(fired()).to.deep.equal(['13 unanswered, 0 window']);
      f.reset();
      await el.updateComplete;
      expect(fired(), 'a reset with nothing to clear').to.deep.equal([]);
    });

    it('fires no suitability-change when the host sets a property or attribute, even one that changes the result', async () => {
      const f = await fixture<HTMLFormElement>(html`<form><suitability-checker mode="list" today=${TODAY}></suitability-checker></form>`);
      const el = f.querySelector('suitability-checker')!;
      await choose(el, 'antibiotics', 'yes');
      await enterDate(el, 'antibiotics', '2026-02-20');
      const before = el.result;
      expect(before.windows.map((w) => w.over)).to.deep.equal([false]);
      let fired = 0;
      el.addEventListener('suitability-change', () => (fired += 1));
      // The leaflet's time limit ends on 6 March: a later today changes the result.
      el.today = '2026-03-16';
      el.setAttribute('clinic-name', 'Leeds Vein Clinic');
      el.setAttribute('heading-level', '3');
      el.setAttribute('booking-url', '/book');
      el.faceAlternative = '';
      el.name = 'self-check';
      el.setAttribute('value-format', 'fhir');
      await el.updateComplete;
      expect(el.result).to.not.equal(before);
      expect(el.result.windows.map((w) => w.over)).to.deep.equal([true]);
      // The FHIR code loads for the form value (set once it is there), and still nothing fires.
      const end = Date.now() + 2000;
      while (new FormData(f).get('self-check') === null && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(JSON.parse(new FormData(f).get('self-check') as string)).to.include({ resourceType: 'QuestionnaireResponse' });
      el.mode = 'stepwise';
      await el.updateComplete;
      expect(fired).to.equal(0);
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
      await answerStepwise(el, answersWith({ antibiotics: 'yes' }));
      expect(f.checkValidity()).to.equal(true);
      f.requestSubmit();
      expect(submitted).to.equal(1);
      const value = JSON.parse(new FormData(f).get('self-check') as string) as unknown;
      expect(value).to.deep.equal({ answers: given(answersWith({ antibiotics: 'yes' })), dates: {} });
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
      expect(el.result.unanswered).to.have.length(13);
      expect(f.checkValidity()).to.equal(false);
      expect(JSON.parse(new FormData(f).get('self-check') as string)).to.deep.equal({ answers: {}, dates: {} });
    });

    it('is disabled with a disabled fieldset around it', async () => {
      const f = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled>
            <legend>Booking</legend>
            <suitability-checker></suitability-checker>
          </fieldset>
        </form>`,
      );
      const el = f.querySelector('suitability-checker')!;
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll<HTMLInputElement>('input, button')].every((c) => c.disabled)).to.equal(true);
    });

    it('says truly what happens to the answers, without a name and when named inside a form', async () => {
      const notSent = 'This self-check does not store your answers or send them anywhere.';
      const sent = 'When you send this form, your answers are sent with it. This self-check does not store them.';
      const intro = (el: SuitabilityChecker) => text(part(el, 'intro')!);

      // No name, inside a form: the form sends nothing of it.
      const unnamed = await fixture<HTMLFormElement>(html`<form><suitability-checker today=${TODAY}></suitability-checker></form>`);
      const quiet = unnamed.querySelector('suitability-checker')!;
      await answerStepwise(quiet, answersFor['no-concerns-found']);
      expect([...new FormData(unnamed).keys()]).to.deep.equal([]);
      expect(intro(quiet)).to.include(notSent).and.not.include('sent with it');

      // A name but no form: nothing to send it with.
      const alone = await fixture<SuitabilityChecker>(html`<suitability-checker name="self-check" today=${TODAY}></suitability-checker>`);
      expect(alone.form).to.equal(null);
      expect(intro(alone)).to.include(notSent);

      // Named inside a form: the form sends the answers, and the element says so.
      const { f, el } = await form();
      await answerStepwise(el, answersFor['no-concerns-found']);
      expect(new FormData(f).get('self-check')).to.be.a('string').and.include('"answers"');
      expect(intro(el)).to.include(sent).and.not.include('send them anywhere');

      // The sentence follows the element into and out of a form.
      f.append(alone);
      await alone.updateComplete;
      expect(alone.form === f).to.equal(true);
      expect(intro(alone)).to.include(sent);
      document.body.append(alone);
      await alone.updateComplete;
      expect(intro(alone)).to.include(notSent);
      alone.remove();

      for (const checkerIn of [quiet, el]) expect(intro(checkerIn)).to.not.include('Your answers are not stored');
    });
  });

  describe('attributes', () => {
    it('refuses invalid values with their fallback and one warning each', async () => {
      const el = await fixture<SuitabilityChecker>(
        html`<suitability-checker
          mode="grid"
          today="tomorrow"
          heading-level="9"
          booking-url="javascript:alert(1)"
          contact-url="data:text/html,<b>x</b>"
          contact-phone="call us!"
          clinic-name="<b>Clinic</b>"
        ></suitability-checker>`,
      );
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
        expect(
          attributes.filter((w) => w.startsWith('<suitability-checker>') && w.includes(`the ${name} attribute`)),
          name,
        ).to.have.length(name === 'contact-url' || name === 'contact-phone' ? 2 : 1);
      }
    });

    // The heading levels (the result's among them) and the governance footer: shared-pieces.test.ts.
  });

  describe('accessibility', () => {
    it('passes axe on the first question, a middle question, the summary and in list mode', async () => {
      const el = await checker();
      await expect(el).to.be.accessible();
      for (let i = 0; i < 3; i += 1) await press(el, 'Next');
      await choose(el, 'antibiotics', 'yes');
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
        for (let i = 0; i < 3; i += 1) await press(el, 'Next');
        await choose(el, 'antibiotics', 'yes');
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
        // The first option is focused: Space picks it ("legs", or "Yes" to "Can you walk?"); the arrow
        // key moves to the second ("No") and picks it.
        const clear = clearAnswer(question);
        expect([question.options[0], question.options[1]]).to.include(clear);
        await sendKeys({ press: clear === question.options[0] ? ' ' : 'ArrowDown' });
        await el.updateComplete;
        expect(el.result.unanswered, question.id).to.not.include(question.id);
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
      expect(el.result.unanswered).to.have.length(13);
    });
  });
});
