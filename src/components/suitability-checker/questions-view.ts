/**
 * The questions of `<suitability-checker>`: one at a time with Back and Next (stepwise), or all on one
 * page (list), each a fieldset of native radio buttons with why it is asked. The date field of a
 * time-limited question answered "Yes" and the views after the answers are in ./answers-views.ts,
 * loaded when the patient first answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/localization.js';
import { type Answer, type DatedQuestionId, type QuestionId } from '../../core/rules.js';
import { formatNumber } from '../../internal/format.js';
import type * as AnswersViews from './answers-views.js';
import { isDated } from './checker-state.js';
import { answerText, faceAlternativeText, questionText, whyWeAsk } from './suitability-checker.text.js';
import { startAgainButton, type ViewActions, type ViewModel } from './view-model.js';

/** What the questions show besides what every view does: where the patient is, and the dates as typed. */
export interface QuestionsViewModel extends ViewModel {
  /** The question shown in stepwise mode (0-based). */
  readonly index: number;
  /** Whether the patient came from the summary (Next then returns there, and there is no Back). */
  readonly fromSummary: boolean;
  /** The dates typed into the date fields, as typed. */
  readonly typedDates: Partial<Record<DatedQuestionId, string>>;
  /** The code loaded when the patient first answers (./answers-views.ts), once it is here: it has the date field. */
  readonly views: typeof AnswersViews | undefined;
}

/** What a patient can do in the questions besides what they can do in every view. */
export interface QuestionsViewActions extends ViewActions {
  readonly answer: (id: QuestionId, answer: Answer) => void;
  readonly enterDate: (id: DatedQuestionId, value: string) => void;
  readonly next: () => void;
}

/** One question: a fieldset with its legend (and progress when stepwise), why it is asked, and its answers. */
function question(model: QuestionsViewModel, actions: QuestionsViewActions, index: number, stepwise: boolean): TemplateResult {
  const asked = model.questions[index]!;
  const id = asked.id;
  const chosen = model.answers[id];
  const { clinic, alternative } = model.config;
  // The fieldset, not its legend, takes focus after Next or Back: Firefox passes a legend's focus on
  // to the first control, and a screen reader then reads the question and why it is asked.
  return html`<fieldset class="question" part="question" id="question-${id}" tabindex="-1" data-question=${id} aria-describedby="why-${id}">
    <legend>
      ${
        stepwise
          ? html`<span class="progress" part="progress">
              ${msg(str`Question ${formatNumber(index + 1)} of ${formatNumber(model.questions.length)}`)}
            </span>`
          : nothing
      }
      <span class="question-text">${questionText(asked)}</span>
    </legend>
    <p class="why" id="why-${id}">
      <span class="why-label">${msg('Why we ask:')}</span> ${whyWeAsk(id)}
      ${id === 'location' && alternative ? faceAlternativeText(clinic, alternative) : nothing}
    </p>
    <div class="answers" part="answers">
      ${asked.options.map(
        (option) =>
          html`<label class="answer">
            <input
              type="radio"
              name="q-${id}"
              value=${option}
              .checked=${chosen === option}
              ?disabled=${model.disabled}
              @change=${() => {
                actions.answer(id, option);
              }}
            />
            <span>${answerText(option)}</span>
          </label>`,
      )}
    </div>
    ${isDated(asked) && chosen === 'yes' && model.views ? model.views.dateField(model, actions, asked.id) : nothing}
  </fieldset>`;
}

/** The questions: all of them with one button to the result (list), or the one at `index` with Back and Next. */
export function questionsView(model: QuestionsViewModel, actions: QuestionsViewActions): TemplateResult {
  const { disabled, index, fromSummary } = model;
  const answered = Object.keys(model.answers).length > 0;
  if (model.config.mode === 'list') {
    return html`${model.questions.map((_, i) => question(model, actions, i, false))}
      <div class="actions" part="actions">
        <button type="button" class="primary" ?disabled=${disabled} @click=${actions.showResult}>
          ${msg('See what to tell the clinic')}
        </button>
      </div>
      ${answered ? startAgainButton(model, actions) : nothing}`;
  }
  const last = index === model.questions.length - 1;
  return html`${question(model, actions, index, true)}
    <div class="actions" part="actions">
      ${
        index > 0 && !fromSummary
          ? html`<button type="button" class="secondary" ?disabled=${disabled} @click=${actions.back}>${msg('Back')}</button>`
          : nothing
      }
      <button type="button" class="primary" ?disabled=${disabled} @click=${actions.next}>
        ${fromSummary || last ? msg('Check your answers') : msg('Next')}
      </button>
    </div>
    ${answered ? startAgainButton(model, actions) : nothing}`;
}
