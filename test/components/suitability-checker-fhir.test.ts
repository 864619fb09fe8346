import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import type { QuestionnaireResponse } from 'fhir/r4';
import {
  assessSuitability,
  fhirQuestionnaireUrl,
  fromFhirQuestionnaireResponse,
  suitabilityQuestions,
  toFhirQuestionnaire,
  type Answer,
  type DatedQuestionId,
  type QuestionId,
} from '../../src/core/index.js';
import '../../src/suitability-checker.js';
import type { SuitabilityChangeDetail, SuitabilityChecker } from '../../src/components/suitability-checker/suitability-checker.js';
import { clearAnswer } from '../support/answers.js';
import { captureConsole } from '../support/console.js';
import { pickDate, shadow } from '../support/dom.js';

// value-format="fhir": the form value and the suitability-change event carry a FHIR R4
// QuestionnaireResponse. The tests click the radios in list mode, as a patient does.
const TODAY = '2026-03-01';

/** Waits until `done()` holds (the FHIR module loads on first use), for at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  const end = Date.now() + 2000;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function setup(format: string | null) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <suitability-checker name="self-check" mode="list" today=${TODAY} value-format=${format ?? nothing}></suitability-checker>
    </form>`,
  );
  const el = form.querySelector('suitability-checker')!;
  await el.updateComplete;
  return { form, el, value: () => new FormData(form).get('self-check') as string | null };
}

/** Types a date into a time-limited question's date field and returns the suitability-change event it causes. */
function enterDate(el: SuitabilityChecker, id: DatedQuestionId, date: string): Promise<CustomEvent<SuitabilityChangeDetail>> {
  const event = oneEvent<CustomEvent<SuitabilityChangeDetail>>(el, 'suitability-change');
  pickDate(shadow(el).querySelector<HTMLInputElement>(`#date-${id}`)!, date);
  return event;
}

/** Clicks an answer's radio and returns the suitability-change event it causes. */
async function choose(el: SuitabilityChecker, id: QuestionId, answer: Answer): Promise<CustomEvent<SuitabilityChangeDetail>> {
  const event = oneEvent<CustomEvent<SuitabilityChangeDetail>>(el, 'suitability-change');
  shadow(el).querySelector<HTMLInputElement>(`input[name="q-${id}"][value="${answer}"]`)!.click();
  return event;
}

describe('<suitability-checker value-format="fhir">', () => {
  const warnings = captureConsole('warn');

  it('waits for the FHIR code when the patient answers before it has loaded, then fires with the response', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('suitability-checker');
    for (const [name, value] of Object.entries({ name: 'self-check', mode: 'list', today: TODAY, 'value-format': 'fhir' }))
      el.setAttribute(name, value);
    // The patient answers as soon as the questions are on screen: before the element asks for its FHIR code (after its first render).
    let answered: { event: Promise<CustomEvent<SuitabilityChangeDetail>>; value: string | null } | undefined;
    el.addController({
      hostUpdated: () => {
        answered ??= { event: choose(el, 'tamoxifen', 'no'), value: new FormData(form).get('self-check') as string | null };
      },
    });
    form.append(el);
    await el.updateComplete;
    expect(answered!.value, 'nothing submitted yet: the FHIR code is not there').to.equal(null);
    const { fhirQuestionnaireResponse, ...rest } = (await answered!.event).detail;
    expect(rest).to.deep.equal(assessSuitability({ tamoxifen: 'no' }, { today: TODAY }));
    expect(fromFhirQuestionnaireResponse(fhirQuestionnaireResponse!).answers).to.deep.equal({ tamoxifen: 'no' });
    await until(() => new FormData(form).get('self-check') !== null);
    const submitted = JSON.parse(new FormData(form).get('self-check') as string) as QuestionnaireResponse;
    expect(fromFhirQuestionnaireResponse(submitted).answers).to.deep.equal({ tamoxifen: 'no' });
  });

  it('submits a QuestionnaireResponse and adds it to the event detail, next to the core result', async () => {
    const { el, value } = await setup('fhir');
    await until(() => value() !== null);
    const empty = JSON.parse(value()!) as QuestionnaireResponse;
    expect(empty.resourceType).to.equal('QuestionnaireResponse');
    expect(empty.questionnaire).to.match(new RegExp(`^${fhirQuestionnaireUrl}\\|`));
    expect([empty.status, empty.item]).to.deep.equal(['in-progress', []]);

    const event = await choose(el, 'antibiotics', 'yes');
    const core = assessSuitability({ antibiotics: 'yes' }, { today: TODAY });
    const { fhirQuestionnaireResponse, ...rest } = event.detail;
    expect(rest).to.deep.equal(core);
    expect(el.result).to.deep.equal(core);
    expect(fhirQuestionnaireResponse!.status).to.equal('in-progress');
    expect(fromFhirQuestionnaireResponse(fhirQuestionnaireResponse!).answers).to.deep.equal({ antibiotics: 'yes' });
    expect(JSON.parse(value()!)).to.deep.include({ status: 'in-progress' });
  });

  it('is completed once every question is answered, with the answers and the date given', async () => {
    const { el, value } = await setup('fhir');
    const answers: Partial<Record<QuestionId, Answer>> = {};
    let event: CustomEvent<SuitabilityChangeDetail> | undefined;
    for (const question of suitabilityQuestions) {
      const answer = question.id === 'antibiotics' ? 'yes' : clearAnswer(question);
      answers[question.id] = answer;
      event = await choose(el, question.id, answer);
    }
    expect(event!.detail.fhirQuestionnaireResponse!.status).to.equal('completed');
    await el.updateComplete; // the date field, whose code loads when the patient first answers
    const response = (await enterDate(el, 'antibiotics', '2026-02-20')).detail.fhirQuestionnaireResponse!;
    expect(fromFhirQuestionnaireResponse(response)).to.deep.equal({ answers, dates: { antibiotics: '2026-02-20' } });
    await el.updateComplete;
    expect(fromFhirQuestionnaireResponse(JSON.parse(value()!) as QuestionnaireResponse)).to.deep.equal({
      answers,
      dates: { antibiotics: '2026-02-20' },
    });
    expect(el.validity.valid).to.equal(true);
  });

  it('asks for a date exactly when the Questionnaire enables its date item: for Yes only', async () => {
    const questionnaire = toFhirQuestionnaire();
    const { el } = await setup('fhir');
    const dated = suitabilityQuestions.filter((q) => q.acceptsDate);
    expect(dated.map((q) => q.id)).to.have.members(['antibiotics', 'thrombophlebitis', 'heart-problem']);
    for (const question of dated) {
      const item = questionnaire.item!.find((i) => i.linkId === `${question.id}-date`)!;
      expect(item.type, question.id).to.equal('date');
      for (const answer of question.options) {
        await choose(el, question.id, answer);
        await el.updateComplete;
        const shown = shadow(el).querySelector(`#question-${question.id} [part="date"]`) !== null;
        const enabled = item.enableWhen!.some((rule) => rule.question === question.id && rule.answerCoding?.code === answer);
        expect({ answer, shown, enabled }, question.id).to.deep.equal({ answer, shown: answer === 'yes', enabled: answer === 'yes' });
      }
    }
  });

  it('keeps the date in the QuestionnaireResponse only while the answer is Yes', async () => {
    const { el, value } = await setup('fhir');
    await choose(el, 'antibiotics', 'yes');
    await el.updateComplete;
    const withDate = (await enterDate(el, 'antibiotics', '2026-02-20')).detail.fhirQuestionnaireResponse!;
    expect(fromFhirQuestionnaireResponse(withDate).dates).to.deep.equal({ antibiotics: '2026-02-20' });
    for (const answer of ['unsure', 'no'] as const) {
      const response = (await choose(el, 'antibiotics', answer)).detail.fhirQuestionnaireResponse!;
      expect(fromFhirQuestionnaireResponse(response), answer).to.deep.equal({ answers: { antibiotics: answer }, dates: {} });
      expect(
        (response as unknown as QuestionnaireResponse).item!.map((i) => i.linkId),
        answer,
      ).to.not.include('antibiotics-date');
      await el.updateComplete;
      expect(fromFhirQuestionnaireResponse(JSON.parse(value()!) as QuestionnaireResponse).dates, answer).to.deep.equal({});
    }
    // Yes again shows the date field with the date still in it, and the response carries it again.
    const again = (await choose(el, 'antibiotics', 'yes')).detail.fhirQuestionnaireResponse!;
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#date-antibiotics')!.value).to.equal('2026-02-20');
    expect(fromFhirQuestionnaireResponse(again).dates).to.deep.equal({ antibiotics: '2026-02-20' });
  });

  it('keeps the JSON value and the plain core result by default', async () => {
    const { el, value } = await setup(null);
    const event = await choose(el, 'tamoxifen', 'unsure');
    expect(event.detail).to.equal(el.result);
    expect('fhirQuestionnaireResponse' in event.detail).to.equal(false);
    expect(JSON.parse(value()!)).to.deep.equal({ answers: { tamoxifen: 'unsure' }, dates: {} });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once about an unknown value-format and falls back to JSON', async () => {
    const { el, value } = await setup('hl7');
    const event = await choose(el, 'tamoxifen', 'no');
    el.requestUpdate();
    await el.updateComplete;
    expect('fhirQuestionnaireResponse' in event.detail).to.equal(false);
    expect(JSON.parse(value()!)).to.deep.equal({ answers: { tamoxifen: 'no' }, dates: {} });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('value-format').and.include('json or fhir');
  });
});
