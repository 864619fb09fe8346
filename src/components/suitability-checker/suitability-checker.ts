import { msg } from '../../internal/localization.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { todayIsoDate, type IsoDate, type SuitabilityResult } from '../../core/rules.js';
import type { FhirQuestionnaireResponseJson } from '../../core/fhir-json.js';
import type { AttributeCheck } from '../../internal/attribute-check.js';
import { isoDate, ISO_DATE_FORM, keyword, phoneNumber, plainText, safeUrl } from '../../internal/attributes.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { define } from '../../internal/define.js';
import { FormAssociated, type FormProblem } from '../../internal/form-associated.js';
import { governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { CheckerState } from './checker-state.js';
import { FhirResponse } from './fhir-response.js';
import { questionsView, type QuestionsViewActions, type QuestionsViewModel } from './questions-view.js';
import { suitabilityCheckerStyles } from './suitability-checker.styles.js';
import { disclaimerText } from './suitability-checker.text.js';
import type { CheckerConfig, SuitabilityCheckerMode, SuitabilityValueFormat } from './view-model.js';

export type { FhirQuestionnaireResponseJson };
export type { SuitabilityFormValue } from './checker-state.js';
export type { SuitabilityCheckerMode, SuitabilityValueFormat } from './view-model.js';

/** The detail of `suitability-change`: the core's result; with `value-format="fhir"` also the QuestionnaireResponse. */
export type SuitabilityChangeDetail = SuitabilityResult & { readonly fhirQuestionnaireResponse?: FhirQuestionnaireResponseJson };

const modes: readonly SuitabilityCheckerMode[] = ['stepwise', 'list'];
const valueFormats: readonly SuitabilityValueFormat[] = ['json', 'fhir'];

/**
 * A short self-check before booking: the leaflet's reasons to wait, to have varicose veins treated
 * first, to talk to the clinic first, or why a treatment is not offered, asked as plain questions
 * (Yes / No / Not sure). The result is framed as "Before your consultation: things to tell us": each
 * finding with its fixed advice from the leaflet and the next step, never a verdict or a score, and
 * always the reminder that this is not a medical assessment. Every decision comes from the core's
 * `assessSuitability`; answers live only in memory.
 *
 * Inside a `<form>` and with a `name`, the element is form-associated: it submits the answers as
 * JSON (`{"answers":{…},"dates":{…}}`) under that name, and it is invalid (so the form will not
 * submit) while any question is unanswered. Without a `name` it submits nothing and never blocks
 * a form. Resetting the form clears the answers. With `value-format="fhir"` it submits a FHIR R4
 * QuestionnaireResponse (JSON, from the core's `toFhirQuestionnaireResponse`) instead.
 *
 * @summary A self-check before booking: "Before your consultation: things to tell us".
 * @tagname suitability-checker
 *
 * @fires suitability-change - When an action of the patient changes the result: an answer, a date
 *   typed, "Start again", "Undo" or the reset of the form. Like a native `change`, never on load and
 *   never when the host sets a property or attribute (`today`, `value-format`…): read `result`
 *   instead. `detail` is the core's `SuitabilityResult` (`headline`, `findings`, `unanswered`,
 *   `windows`, `invalid`), the object `result` returns; with `value-format="fhir"` a copy of it with
 *   one more property, `fhirQuestionnaireResponse` (the answers as a FHIR R4 QuestionnaireResponse),
 *   fired once the FHIR code has loaded. Bubbles and is composed.
 *
 * @csspart heading - The element's main heading.
 * @csspart intro - The introduction above the questions.
 * @csspart message - The message shown for an invalid `mode`.
 * @csspart question - Each question (a fieldset with its legend and "why we ask").
 * @csspart progress - "Question 3 of 12" (stepwise mode).
 * @csspart answers - The group of answer options of a question.
 * @csspart date - The optional date field of a time-limited question.
 * @csspart summary - The "Check your answers" summary (stepwise mode).
 * @csspart result - The result: "things to tell us".
 * @csspart finding - Each finding in the result.
 * @csspart next-step - What to do next (book, or contact the clinic first).
 * @csspart disclaimer - The closing reminder that this is not a medical assessment.
 * @csspart actions - Each row of buttons (Back, Next, Change).
 * @csspart cleared - After "Start again": the answers have been cleared, with an "Undo" button.
 * @csspart governance - The footer with the content version and review details.
 *
 * @cssprop --msc-color-text - Text colour.
 * @cssprop --msc-color-background - Background colour.
 * @cssprop --msc-color-accent - Colour of buttons, links and selected answers.
 * @cssprop --msc-color-accent-text - Text colour on the accent colour (the main button).
 * @cssprop --msc-color-border - Colour of borders.
 * @cssprop --msc-color-muted - Colour of secondary text.
 * @cssprop --msc-radius - Corner radius.
 * @cssprop --msc-space - Base spacing.
 * @cssprop --msc-focus-ring - Focus outline.
 * @cssprop --msc-max-width - Largest width of the element.
 */
export class SuitabilityChecker extends FormAssociated(MscElement)<CheckerConfig> {
  static override styles = [...MscElement.styles, buttonStyles, governanceStyles, suitabilityCheckerStyles];

  /** The clinic's name as patients know it; by default "the clinic". */
  @property({ attribute: 'clinic-name' }) clinicName: string | null = null;

  /** Link to book a consultation (https, http or relative), shown only when no concern was found. */
  @property({ attribute: 'booking-url' }) bookingUrl: string | null = null;

  /** Link to contact the clinic, shown when the patient should contact the clinic first. */
  @property({ attribute: 'contact-url' }) contactUrl: string | null = null;

  /** The clinic's telephone number, shown when the patient should contact the clinic first. */
  @property({ attribute: 'contact-phone' }) contactPhone: string | null = null;

  /**
   * The treatment the clinic offers for thread veins on the face instead. Default: the clinic
   * protocol's (`faceAlternative`; the leaflet's is Thermavein). An empty value names none.
   */
  @property({ attribute: 'face-alternative' }) faceAlternative: string | null = null;

  /**
   * `stepwise` (one question at a time, the default) or `list` (all questions on one page).
   * @type {'stepwise' | 'list' | null}
   */
  @property() mode: string | null = null;

  /** Today's date (YYYY-MM-DD) for previews and tests; by default the real date on this device. */
  @property() today: string | null = null;

  /**
   * `json` (default): the form submits `{"answers":…,"dates":…}`. `fhir`: the form submits a FHIR R4
   * QuestionnaireResponse and the event's detail also carries it as `fhirQuestionnaireResponse`.
   * @type {'json' | 'fhir' | null}
   */
  @property({ attribute: 'value-format' }) valueFormat: string | null = null;

  /** The patient's answers and where they are (memory only); each move renders again. */
  private readonly _state = new CheckerState(
    this,
    () => this._today(),
    () => this.protocolInForce,
  );

  /** The answers as a FHIR QuestionnaireResponse (value-format="fhir"), its code loaded on demand. */
  private readonly _fhir = new FhirResponse(this, () => this.protocolInForce);

  protected override configure(check: AttributeCheck): CheckerConfig {
    const url = 'an https:, http: or relative URL';
    return {
      mode: check.read('mode', this.mode, (text) => keyword(text, modes), 'stepwise or list') ?? 'stepwise',
      modeInvalid: check.invalid('mode'),
      valueFormat: check.read('value-format', this.valueFormat, (text) => keyword(text, valueFormats), 'json or fhir') ?? 'json',
      today: check.read('today', this.today, isoDate, ISO_DATE_FORM) ?? todayIsoDate(),
      clinic: plainText(this.clinicName) ?? msg('the clinic'),
      booking: check.read('booking-url', this.bookingUrl, safeUrl, url),
      contact: check.read('contact-url', this.contactUrl, safeUrl, url),
      phone: check.read('contact-phone', this.contactPhone, phoneNumber, 'a telephone number such as 020 7946 0000'),
      alternative: this.faceAlternative === null ? (this.protocolInForce?.faceAlternative ?? undefined) : plainText(this.faceAlternative),
    };
  }

  /** Also waits for a view that is loading, so `await el.updateComplete` sees it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._state.opening;
    return super.getUpdateComplete();
  }

  /** After the form value is set (FormAssociated): the FHIR code, when it is needed. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.config.valueFormat === 'fhir') void this._fhir.load();
  }

  /** What the form submits: the answers as JSON, or in FHIR form the QuestionnaireResponse once its code has loaded. */
  protected override formValue(): string | null {
    if (!this.clinic.ok) return null; // nothing to send: the questions could not be shown
    const value = this._state.formValue();
    if (this.config.valueFormat !== 'fhir') return JSON.stringify(value);
    const response = this._fhir.now(value);
    return response ? JSON.stringify(response) : null;
  }

  /** A named checker is invalid while a question is unanswered, or while the clinic's protocol cannot be read. */
  protected override formProblem(): FormProblem | undefined {
    if (!this.clinic.ok) return { message: this.protocolProblemText() };
    if (this.result.unanswered.length === 0) return undefined;
    return {
      message: msg('Answer every question of the self-check before you send this form.'),
      anchor: this.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined,
    };
  }

  /** The form was reset: every answer is cleared. */
  protected override formReset(): void {
    if (this._state.clear()) void this._fireChange();
  }

  /** What a patient can do in the views; each action that changes the result fires `suitability-change`. */
  private readonly _actions: QuestionsViewActions = {
    answer: (id, answer) => {
      if (this._state.answer(id, answer)) void this._fireChange();
    },
    enterDate: (id, value) => {
      if (this._state.enterDate(id, value)) void this._fireChange();
    },
    next: () => {
      this._state.next();
    },
    back: () => {
      this._state.back();
    },
    goToQuestion: (index, fromSummary) => {
      this._state.goToQuestion(index, fromSummary);
    },
    showResult: () => {
      this._state.open('result');
    },
    changeAnswers: () => {
      if (this.config.mode === 'list') this._state.goToQuestion(0);
      else this._state.open('summary');
    },
    startAgain: () => {
      if (this._state.startAgain()) void this._fireChange();
    },
  };

  /** Brings back what "Start again" cleared, where the patient was. */
  private readonly _onUndo = (): void => {
    if (this._state.undo()) void this._fireChange();
  };

  /**
   * Fires `suitability-change` for the patient's action that changed the result. In FHIR form, with
   * the response to the answers of this action, once the FHIR code has loaded (if it cannot be
   * loaded, nothing fires, as nothing can be submitted either).
   */
  private async _fireChange(): Promise<void> {
    const result = this.result;
    if (this.config.valueFormat !== 'fhir') {
      this.emit('suitability-change', result);
      return;
    }
    const value = this._state.formValue();
    const response = this._fhir.now(value) ?? (await this._fhir.whenLoaded(value));
    if (response) this.emit('suitability-change', Object.freeze({ ...result, fhirQuestionnaireResponse: response }));
  }

  /** The read-only result of the answers so far: the core's `assessSuitability` result. */
  get result(): SuitabilityResult {
    return this._state.result;
  }

  /** Today, as checked for the last render (before the first, as the attribute gives it). */
  private _today(): IsoDate {
    return this.hasUpdated ? this.config.today : (isoDate(this.today) ?? todayIsoDate());
  }

  /** What happens to the answers, true in each case: submitted with a form only when the element is a named control in one. */
  private _privacyText(): string {
    return this.name !== null && this.form !== null
      ? msg('When you send this form, your answers are sent with it. This self-check does not store them.')
      : msg('This self-check does not store your answers or send them anywhere.');
  }

  private _viewModel(): QuestionsViewModel {
    const state = this._state;
    return {
      levels: { view: this.subheadingLevel(1), section: this.subheadingLevel(2) },
      disabled: this.formDisabled,
      questions: state.questions,
      answers: state.answers,
      dates: state.givenDates(),
      typedDates: state.typedDates,
      index: state.index,
      fromSummary: state.fromSummary,
      views: state.views,
      result: this.result,
      config: this.config,
    };
  }

  override render(): TemplateResult {
    const heading = this.heading(msg('Before your consultation: things to tell us'), 'checker-heading');
    if (!this.clinic.ok) return this.protocolProblem(heading);
    const { mode, modeInvalid } = this.config;
    const { views } = this._state;
    const view = mode === 'list' && this._state.view === 'summary' ? 'questions' : this._state.view;
    const model = this._viewModel();
    // A section named by the element's heading, holding every view and the governance footer.
    return html`<section class="checker" aria-labelledby="checker-heading">
      ${heading}
      <div class="intro" part="intro">
        <p>${msg('Answer these questions from the clinic’s leaflet to see what to tell the clinic before you book.')}</p>
        <p>${this._privacyText()}</p>
        ${view === 'questions' ? html`<p class="disclaimer">${disclaimerText()}</p>` : nothing}
      </div>
      ${
        modeInvalid
          ? html`<p class="message" part="message">
              ${msg('This self-check was set up with a layout that was not recognised, so it shows one question at a time.')}
            </p>`
          : nothing
      }
      <div role="status" class="visually-hidden">${this._state.announcement}</div>
      ${
        this._state.canUndo
          ? html`<p class="cleared" part="cleared">
              ${msg('Your answers have been cleared.')}
              <button type="button" class="link" ?disabled=${this.formDisabled} @click=${this._onUndo}>${msg('Undo')}</button>
            </p>`
          : nothing
      }
      ${
        view === 'questions' || !views
          ? questionsView(model, this._actions)
          : view === 'summary'
            ? views.summaryView(model, this._actions)
            : views.resultView(model, this._actions)
      }
      ${
        this._state.viewsFailed
          ? html`<p class="message" part="message" role="alert">
              ${msg('Your answers could not be shown, because part of this page did not load. Check your internet connection and try again.')}
            </p>`
          : nothing
      }
      ${this.governance()}
    </section>`;
  }
}

define('suitability-checker', SuitabilityChecker);

declare global {
  interface HTMLElementTagNameMap {
    'suitability-checker': SuitabilityChecker;
  }
  interface GlobalEventHandlersEventMap {
    'suitability-change': CustomEvent<SuitabilityChangeDetail>;
  }
}
