/**
 * What `<suitability-checker>` shows only after the patient has answered: the date field of a
 * time-limited question answered "Yes", "Check your answers" and the result, with their words and
 * styles. The element loads this module when the patient first answers, so a page carries the code
 * and words of the questions only. Nothing here decides anything: the result is the core's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/localization.js';
import { isIsoDate, type DatedQuestionId, type Finding, type SuitabilityResult } from '../../core/rules.js';
import { dateFieldExample, formatDate } from '../../internal/format.js';
import { answerText, disclaimerText, faceAlternativeText, questionText } from './suitability-checker.text.js';
import { adviceText, categoryLabel, dateHint, dateLabel, headlineText, topic, windowEndText } from './answers-views.text.js';
import type { QuestionsViewActions, QuestionsViewModel } from './questions-view.js';
import { startAgainButton, type ViewActions, type ViewModel } from './view-model.js';

export { answersViewsStyles } from './answers-views.styles.js';

/** The optional date of a time-limited question answered "Yes", and when the leaflet's time limit ends. */
export function dateField(model: QuestionsViewModel, actions: QuestionsViewActions, id: DatedQuestionId): TemplateResult {
  const raw = model.typedDates[id] ?? '';
  const window = model.result.windows.find((w) => w.question === id);
  const invalid = raw !== '' && !isIsoDate(raw);
  const example = dateFieldExample(model.config.today);
  return html`<div class="date" part="date">
    <label for="date-${id}">${dateLabel(id)}</label>
    <p class="hint" id="hint-${id}">${dateHint(id)}</p>
    <input
      type="date"
      id="date-${id}"
      max=${model.config.today}
      .value=${raw}
      ?disabled=${model.disabled}
      aria-describedby="hint-${id} window-end-${id}"
      aria-invalid=${invalid ? 'true' : 'false'}
      @change=${(event: Event) => {
        actions.enterDate(id, (event.target as HTMLInputElement).value);
      }}
    />
    <p class="window-end" id="window-end-${id}" aria-live="polite">
      ${invalid ? msg(str`Enter a real date, for example ${example}.`) : window ? windowEndText(window) : nothing}
    </p>
  </div>`;
}

/** What the live region says when the result opens. */
export const resultAnnouncement = (result: SuitabilityResult): string => `${msg('Things to tell us')}: ${headlineText(result.headline)}`;

/** Every question with its answer (and date), with a Change button per answer when `changeable`. */
const answerList = (model: ViewModel, actions: ViewActions, changeable: boolean): TemplateResult => {
  return html`<dl class="answer-list">
    ${model.questions.map((question, index) => {
      const answer = model.answers[question.id];
      const date = question.acceptsDate ? model.dates[question.id as DatedQuestionId] : undefined;
      return html`<div class="row">
        <dt>${questionText(question)}</dt>
        <dd>
          ${answer === undefined ? html`<em>${msg('Not answered')}</em>` : answerText(answer)}
          ${date ? html`<span class="given-date">(${formatDate(date)})</span>` : nothing}
        </dd>
        ${
          changeable
            ? html`<dd class="change">
                <button
                  type="button"
                  class="link"
                  ?disabled=${model.disabled}
                  @click=${() => {
                    actions.goToQuestion(index, true);
                  }}
                >
                  ${msg('Change')}<span class="visually-hidden">: ${questionText(question)}</span>
                </button>
              </dd>`
            : nothing
        }
      </div>`;
    })}
  </dl>`;
};

/** "Check your answers" (stepwise mode): every answer with a Change button. */
export const summaryView = (model: ViewModel, actions: ViewActions): TemplateResult => {
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <div role="heading" aria-level=${model.levels.view} id="summary-heading" class="subheading" tabindex="-1">
      ${msg('Check your answers')}
    </div>
    ${answerList(model, actions, true)}
    <div class="actions" part="actions">
      <button type="button" class="secondary" ?disabled=${model.disabled} @click=${actions.back}>${msg('Back')}</button>
      <button type="button" class="primary" ?disabled=${model.disabled} @click=${actions.showResult}>
        ${msg('See what to tell the clinic')}
      </button>
    </div>
    ${startAgainButton(model, actions)}
  </section>`;
};

const findingView = (model: ViewModel, finding: Finding): TemplateResult => {
  const window = model.result.windows.find((w) => w.question === finding.question);
  const { clinic, alternative } = model.config;
  return html`<li class="finding" part="finding" data-question=${finding.question} data-category=${finding.category}>
    <div role="heading" aria-level=${model.levels.section} class="finding-title">${topic(finding.question, model.questions)}</div>
    <p class="category">${categoryLabel(finding.category)}</p>
    <p>${adviceText(finding.advice, model.questions)}</p>
    ${
      finding.advice === 'face-not-offered' && alternative
        ? html`<p>${faceAlternativeText(clinic, alternative)} ${msg('You can ask about it.')}</p>`
        : nothing
    }
    ${window ? html`<p class="window-end">${windowEndText(window)}</p>` : nothing}
    ${finding.answer === 'unsure' ? html`<p>${msg('You answered “Not sure”, so this is listed to be safe.')}</p>` : nothing}
  </li>`;
};

const nextStep = (model: ViewModel, result: SuitabilityResult): TemplateResult => {
  const { clinic, booking, contact, phone } = model.config;
  let body: TemplateResult;
  if (result.headline === 'no-concerns-found') {
    body = booking
      ? html`<p>${msg('You can book a consultation.')}</p>
          <p><a class="button-link" href=${booking}>${msg(str`Book a consultation with ${clinic}`)}</a></p>`
      : html`<p>${msg(str`You can book a consultation with ${clinic}.`)}</p>`;
  } else if (result.headline === 'incomplete') {
    body = html`<p>${msg('Answer the questions you have not answered yet.')}</p>`;
  } else {
    body = html`<p>${msg(str`Contact ${clinic} before you book, and tell them about the things above.`)}</p>
      ${contact ? html`<p><a href=${contact}>${msg(str`Contact ${clinic}`)}</a></p>` : nothing}
      ${phone ? html`<p>${msg('Phone:')} <a href=${phone.href}>${phone.display}</a></p>` : nothing}`;
  }
  return html`<div class="next-step" part="next-step">
    <div role="heading" aria-level=${model.levels.section} class="finding-title">${msg('What to do next')}</div>
    ${body}
  </div>`;
};

/** The result: "things to tell us", what to do next, the answers given and the disclaimer. */
export const resultView = (model: ViewModel, actions: ViewActions): TemplateResult => {
  const { result, disabled } = model;
  return html`<section class="result" part="result" aria-labelledby="result-heading" data-headline=${result.headline}>
    <div role="heading" aria-level=${model.levels.view} id="result-heading" class="subheading" tabindex="-1">
      ${msg('Things to tell us')}
    </div>
    <p class="headline">${headlineText(result.headline)}</p>
    ${
      result.findings.length > 0
        ? html`<ul class="findings">
            ${result.findings.map((finding) => findingView(model, finding))}
          </ul>`
        : nothing
    }
    ${
      result.unanswered.length > 0
        ? html`<div class="unanswered">
            <p>${msg('You have not answered these questions yet:')}</p>
            <ul>
              ${result.unanswered.map((id) => {
                const index = model.questions.findIndex((q) => q.id === id);
                return html`<li>
                  ${topic(id, model.questions)}
                  <button
                    type="button"
                    class="link"
                    ?disabled=${disabled}
                    @click=${() => {
                      actions.goToQuestion(index, model.config.mode === 'stepwise');
                    }}
                  >
                    ${msg('Answer')}<span class="visually-hidden">: ${topic(id, model.questions)}</span>
                  </button>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing
    }
    ${nextStep(model, result)}
    <div class="given">
      <div role="heading" aria-level=${model.levels.section} class="finding-title">${msg('Your answers')}</div>
      ${answerList(model, actions, false)}
    </div>
    <p class="disclaimer" part="disclaimer">${disclaimerText()}</p>
    <div class="actions" part="actions">
      <button type="button" class="secondary" ?disabled=${disabled} @click=${actions.changeAnswers}>${msg('Change your answers')}</button>
    </div>
    ${startAgainButton(model, actions)}
  </section>`;
};
