import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import type { QuestionnaireResponse } from 'fhir/r4';
import {
  assessSuitability,
  fhirQuestionnaireUrl,
  fromFhirQuestionnaireResponse,
  suitabilityQuestions,
  type Answer,
  type QuestionId,
} from '../../src/core/index.js';
import '../../src/suitability-checker.js';
import type { SuitabilityChangeDetail, SuitabilityChecker } from '../../src/components/suitability-checker/suitability-checker.js';
import { captureConsole } from '../support/console.js';

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
  const form = await fixture<HTMLFormElement>(html`<form>
    <suitability-checker name="self-check" mode="list" today=${TODAY} value-format=${format ?? nothing}></suitability-checker>
  </form>`);
  const el = form.querySelector('suitability-checker')!;
  await el.updateComplete;
  return { form, el, value: () => new FormData(form).get('self-check') as string | null };
}

/** Clicks an answer's radio and returns the suitability-change event it causes. */
async function choose(el: SuitabilityChecker, id: QuestionId, answer: Answer): Promise<CustomEvent<SuitabilityChangeDetail>> {
  const event = oneEvent<CustomEvent<SuitabilityChangeDetail>>(el, 'suitability-change');
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${id}"][value="${answer}"]`)!.click();
  return event;
}

describe('<suitability-checker value-format="fhir">', () => {
  const warnings = captureConsole('warn');

  it('submits a QuestionnaireResponse and adds it to the event detail, next to the core result', async () => {
    const { el, value } = await setup('fhir');
    await until(() => value() !== null);
    const empty = JSON.parse(value()!) as QuestionnaireResponse;
    expect(empty.resourceType).to.equal('QuestionnaireResponse');
    expect(empty.questionnaire).to.match(new RegExp(`^${fhirQuestionnaireUrl}\\|`));
    expect([empty.status, empty.item]).to.deep.equal(['in-progress', []]);

    const event = await choose(el, 'infection', 'yes');
    const core = assessSuitability({ infection: 'yes' }, { today: TODAY });
    const { fhirQuestionnaireResponse, ...rest } = event.detail;
    expect(rest).to.deep.equal(core);
    expect(el.result).to.deep.equal(core);
    expect(fhirQuestionnaireResponse!.status).to.equal('in-progress');
    expect(fromFhirQuestionnaireResponse(fhirQuestionnaireResponse!).answers).to.deep.equal({ infection: 'yes' });
    expect(JSON.parse(value()!)).to.deep.include({ status: 'in-progress' });
  });

  it('is completed once every question is answered, with the answers and the date given', async () => {
    const { el, value } = await setup('fhir');
    const answers: Partial<Record<QuestionId, Answer>> = {};
    let event: CustomEvent<SuitabilityChangeDetail> | undefined;
    for (const question of suitabilityQuestions) {
      const answer = question.id === 'location' ? 'legs' : question.id === 'infection' ? 'yes' : 'no';
      answers[question.id] = answer;
      event = await choose(el, question.id, answer);
    }
    expect(event!.detail.fhirQuestionnaireResponse!.status).to.equal('completed');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#date-infection')!;
    input.value = '2026-02-20';
    const dated = oneEvent<CustomEvent<SuitabilityChangeDetail>>(el, 'suitability-change');
    input.dispatchEvent(new Event('change'));
    const response = (await dated).detail.fhirQuestionnaireResponse!;
    expect(fromFhirQuestionnaireResponse(response)).to.deep.equal({ answers, dates: { infection: '2026-02-20' } });
    await el.updateComplete;
    expect(fromFhirQuestionnaireResponse(JSON.parse(value()!) as QuestionnaireResponse)).to.deep.equal({
      answers,
      dates: { infection: '2026-02-20' },
    });
    expect(el.validity.valid).to.equal(true);
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
