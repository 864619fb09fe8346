import { msg, str } from '../../internal/localization.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  assessSuitability,
  faceAlternative as coreFaceAlternative,
  isIsoDate,
  suitabilityQuestions,
  todayIsoDate,
  type Answer,
  type DatedQuestionId,
  type IsoDate,
  type QuestionId,
  type SuitabilityAnswers,
  type SuitabilityQuestion,
  type SuitabilityResult,
} from '../../core/rules.js';
import type { FhirQuestionnaireResponseJson } from '../../core/fhir-json.js';
import { keyword, phoneNumber, plainText, safeUrl } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { dateFieldExample, formatNumber } from '../../internal/format.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { governanceFooter, governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { onDemand } from '../../internal/on-demand.js';
import { warnNotLoaded } from '../../internal/warn.js';
import { jsonFormValue, setFormValue } from './form-value.js';
import { suitabilityCheckerStyles } from './suitability-checker.styles.js';
import type { AnswersHost } from './answers-views.js';
import {
  answerText,
  dateHint,
  dateLabel,
  disclaimerText,
  questionText,
  whyWeAsk,
  windowEndText,
} from './suitability-checker.text.js';

/** How the questions are shown: one at a time, or all on one page. */
export type SuitabilityCheckerMode = 'stepwise' | 'list';
const modes: readonly SuitabilityCheckerMode[] = ['stepwise', 'list'];

/** What the form value and the event carry besides the core's result: `json` (default) or `fhir`. */
export type SuitabilityValueFormat = 'json' | 'fhir';
const valueFormats: readonly SuitabilityValueFormat[] = ['json', 'fhir'];

export type { FhirQuestionnaireResponseJson };

/** The detail of `suitability-change`: the core's result; with `value-format="fhir"` also the QuestionnaireResponse. */
export type SuitabilityChangeDetail = SuitabilityResult & { readonly fhirQuestionnaireResponse?: FhirQuestionnaireResponseJson };

/** The core's FHIR module, loaded on first use (value-format="fhir") so the element's bundle never carries it. */
const loadFhir = onDemand(() => import('../../core/fhir.js'));
type FhirModule = Awaited<ReturnType<typeof loadFhir>>;

/**
 * The "Check your answers" and result views (./answers-views.ts), which appear only after the
 * patient has answered: loaded when the patient first answers, so the page's script carries the
 * questions only.
 */
const loadAnswersViews = onDemand(() => import('./answers-views.js'));
type AnswersViews = Awaited<ReturnType<typeof loadAnswersViews>>;

/** What the patient sees: the questions, the summary of answers (stepwise only), or the result. */
type View = 'questions' | 'summary' | 'result';

/** The value a named checker submits with its form (JSON): the answers and the dates given. */
export interface SuitabilityFormValue {
  readonly answers: SuitabilityAnswers;
  readonly dates: Partial<Record<DatedQuestionId, IsoDate>>;
}

/** The attributes as the element uses them, after checking (invalid ones warned and fell back). */
interface Config {
  readonly mode: SuitabilityCheckerMode;
  readonly modeInvalid: boolean;
  readonly valueFormat: SuitabilityValueFormat;
  readonly today: IsoDate;
  readonly clinic: string;
  readonly booking: string | undefined;
  readonly contact: string | undefined;
  readonly phone: { readonly display: string; readonly href: string } | undefined;
  readonly alternative: string | undefined;
}

const isDated = (question: SuitabilityQuestion): question is SuitabilityQuestion & { id: DatedQuestionId } =>
  question.acceptsDate;

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
 * @fires suitability-change - Whenever the result changes (an answer, a date or `today`); `detail`
 *   is the core's `SuitabilityResult` (`headline`, `findings`, `unanswered`, `windows`, `invalid`);
 *   with `value-format="fhir"` a copy of it with one more property, `fhirQuestionnaireResponse` (the
 *   answers as a FHIR R4 QuestionnaireResponse). Bubbles and is composed. Not fired on load.
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
export class SuitabilityChecker extends MscElement {
  static override styles = [...MscElement.styles, buttonStyles, governanceStyles, suitabilityCheckerStyles];

  static override properties: PropertyDeclarations = {
    _answers: { state: true },
    _dates: { state: true },
    _view: { state: true },
    _index: { state: true },
    _fromSummary: { state: true },
    _announcement: { state: true },
    _disabled: { state: true },
    _viewsFailed: { state: true },
    _cleared: { state: true },
    clinicName: { attribute: 'clinic-name' },
    bookingUrl: { attribute: 'booking-url' },
    contactUrl: { attribute: 'contact-url' },
    contactPhone: { attribute: 'contact-phone' },
    faceAlternative: { attribute: 'face-alternative' },
    mode: {},
    name: { reflect: true },
    today: {},
    valueFormat: { attribute: 'value-format' },
  };

  /** Form association (ElementInternals): the element is a form control when it has a `name`. */
  static readonly formAssociated = true;

  /** The answers so far, by question id (memory only). */
  private _answers: SuitabilityAnswers = {};

  /** The dates typed into the date fields, as typed, by question id. */
  private _dates: Partial<Record<DatedQuestionId, string>> = {};

  private _view: View = 'questions';

  /** The question shown in stepwise mode (0-based). */
  private _index = 0;

  /** Whether the patient came to a question from the summary (Next then returns there). */
  private _fromSummary = false;

  /** What the live region says. */
  private _announcement = '';

  /** Whether the form (a disabled fieldset around the element) disables it. */
  private _disabled = false;

  /** Whether the code of the answers and result views could not be loaded (for example offline). */
  private _viewsFailed = false;

  /** What "Start again" cleared, until the patient answers again: "Undo" brings it back. */
  private _cleared: { answers: SuitabilityAnswers; dates: Partial<Record<DatedQuestionId, string>>; view: View; index: number } | undefined;

  /** The clinic's name as patients know it; by default "the clinic". */
  clinicName: string | null = null;

  /** Link to book a consultation (https, http or relative), shown only when no concern was found. */
  bookingUrl: string | null = null;

  /** Link to contact the clinic, shown when the patient should contact the clinic first. */
  contactUrl: string | null = null;

  /** The clinic's telephone number, shown when the patient should contact the clinic first. */
  contactPhone: string | null = null;

  /**
   * The treatment the clinic offers for thread veins on the face instead. Default: the leaflet's
   * (the core's `faceAlternative`, Thermavein). An empty value names none.
   */
  faceAlternative: string | null = null;

  /**
   * `stepwise` (one question at a time, the default) or `list` (all questions on one page).
   * @type {'stepwise' | 'list' | null}
   */
  mode: string | null = null;

  /** The name the answers are submitted under when the element is inside a `<form>`. */
  name: string | null = null;

  /** Today's date (YYYY-MM-DD) for previews and tests; by default the real date on this device. */
  today: string | null = null;

  /**
   * `json` (default): the form submits `{"answers":…,"dates":…}`. `fhir`: the form submits a FHIR R4
   * QuestionnaireResponse and the event's detail also carries it as `fhirQuestionnaireResponse`.
   * @type {'json' | 'fhir' | null}
   */
  valueFormat: string | null = null;

  readonly #internals = this.attachInternals();
  #checked: Config | undefined;
  #result: SuitabilityResult | undefined;
  #resultKey: string | undefined;
  #resultChanged = false;
  #focusNext: string | undefined;
  #fhir: FhirModule | undefined;
  #fhirLoading = false;
  #views: AnswersViews | undefined;
  /** Settles when the views asked for last are shown (or could not be loaded). */
  #opening: Promise<void> | undefined;
  /** Counts the patient's moves, so a view that loads late does not undo a later move. */
  #moves = 0;

  /** Also waits for a view that is loading, so `await el.updateComplete` sees it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#opening;
    return super.getUpdateComplete();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#checked = this.#checkAttributes();
    if (this.#checked.valueFormat === 'fhir' && this.#fhir === undefined && !this.#fhirLoading) {
      this.#fhirLoading = true;
      loadFhir().then(
        (fhir) => {
          this.#fhir = fhir;
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#fhirLoading = false; // the next update tries again
          warnNotLoaded(this, 'its FHIR code', error);
        },
      );
    }
    const result = this.#assess();
    const key = JSON.stringify(result);
    if (key !== this.#resultKey) {
      this.#resultChanged = this.#resultKey !== undefined;
      this.#result = result;
      this.#resultKey = key;
    }
  }

  override updated(): void {
    const result = this.#result!;
    const problem =
      this.name !== null && result.unanswered.length > 0
        ? {
            message: msg('Answer every question of the self-check before you send this form.'),
            anchor: this.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined,
          }
        : undefined;
    // In FHIR form, nothing is submitted and no event fires until the FHIR module has loaded.
    const fhir = this.#config.valueFormat === 'fhir';
    const value = this.#formValue();
    const response = fhir ? this.#fhir?.toFhirQuestionnaireResponse(value.answers, { dates: value.dates }) : undefined;
    setFormValue(this.#internals, fhir ? (response ? JSON.stringify(response) : null) : jsonFormValue(value), problem);
    if (this.#focusNext !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
    if (this.#resultChanged && (!fhir || response)) {
      this.#resultChanged = false;
      const json = response as FhirQuestionnaireResponseJson | undefined;
      this.emit('suitability-change', json ? Object.freeze({ ...result, fhirQuestionnaireResponse: json }) : result);
    }
  }

  /** Called by the browser when the form is reset: every answer is cleared. */
  formResetCallback(): void {
    this.#clear();
  }

  /** Called by the browser when the element joins or leaves a form: what happens to the answers changes. */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  /** Called by the browser when a disabled fieldset around the element changes. */
  formDisabledCallback(disabled: boolean): void {
    this._disabled = disabled;
  }

  /** Checks every attribute: an invalid value warns once and falls back to a safe default. */
  #checkAttributes(): Config {
    const check = <T>(attribute: string, raw: string | null, value: T | undefined, expected: string): T | undefined => {
      if (raw !== null && value === undefined) this.warn(attribute, expected);
      else this.valid(attribute);
      return value;
    };
    const mode = check('mode', this.mode, keyword(this.mode, modes), 'stepwise or list');
    const valueFormat = check('value-format', this.valueFormat, keyword(this.valueFormat, valueFormats), 'json or fhir');
    const today = check('today', this.today, isIsoDate(plainText(this.today)) ? plainText(this.today) : undefined, 'a date in the form YYYY-MM-DD');
    const url = 'an https:, http: or relative URL';
    return {
      mode: mode ?? 'stepwise',
      modeInvalid: this.mode !== null && mode === undefined,
      valueFormat: valueFormat ?? 'json',
      today: today ?? todayIsoDate(),
      clinic: plainText(this.clinicName) ?? msg('the clinic'),
      booking: check('booking-url', this.bookingUrl, safeUrl(this.bookingUrl), url),
      contact: check('contact-url', this.contactUrl, safeUrl(this.contactUrl), url),
      phone: check('contact-phone', this.contactPhone, phoneNumber(this.contactPhone), 'a telephone number such as 020 7946 0000'),
      alternative: this.faceAlternative === null ? coreFaceAlternative.name : plainText(this.faceAlternative),
    };
  }

  /** The checked attributes (checked again before every render). */
  get #config(): Config {
    return (this.#checked ??= this.#checkAttributes());
  }

  /** The dates the core should use: valid ones, for time-limited questions answered "Yes". */
  #validDates(): Partial<Record<DatedQuestionId, IsoDate>> {
    const dates: Partial<Record<DatedQuestionId, IsoDate>> = {};
    for (const question of suitabilityQuestions.filter(isDated)) {
      const date = this._dates[question.id];
      if (this._answers[question.id] === 'yes' && isIsoDate(date)) dates[question.id] = date;
    }
    return dates;
  }

  #assess(): SuitabilityResult {
    return assessSuitability(this._answers, { today: this.#config.today, dates: this.#validDates() });
  }

  #formValue(): SuitabilityFormValue {
    const answers: SuitabilityAnswers = {};
    for (const { id } of suitabilityQuestions) {
      const answer = this._answers[id];
      if (answer !== undefined) answers[id] = answer;
    }
    return { answers, dates: this.#validDates() };
  }

  #clear(): void {
    this._cleared = undefined;
    this._answers = {};
    this._dates = {};
    this._view = 'questions';
    this._index = 0;
    this._fromSummary = false;
    this._viewsFailed = false;
  }

  #answer(id: QuestionId, answer: Answer): void {
    this._cleared = undefined;
    this._answers = { ...this._answers, [id]: answer };
    loadAnswersViews().catch(() => undefined); // fetched now, so it is there when asked for
  }

  #date(id: DatedQuestionId, event: Event): void {
    this._dates = { ...this._dates, [id]: (event.target as HTMLInputElement).value };
  }

  /** Shows a question (stepwise) or the list, and moves focus to the question. */
  #goToQuestion(index: number, fromSummary = false): void {
    const question = suitabilityQuestions[index]!;
    this.#moves += 1;
    this._view = 'questions';
    this._index = index;
    this._fromSummary = fromSummary;
    this._announcement = '';
    this.#focusNext = `#question-${question.id}`;
  }

  /** Shows the summary or the result once their code is there, and moves focus to its heading. */
  #goTo(view: 'summary' | 'result'): void {
    const move = ++this.#moves;
    this.#opening = loadAnswersViews().then(
      (views) => {
        if (move !== this.#moves) return;
        this.#views = views;
        this._viewsFailed = false;
        this._view = view;
        this._fromSummary = false;
        this.#focusNext = `#${view}-heading`;
        this._announcement = view === 'result' ? views.resultAnnouncement(this.#assess()) : '';
      },
      (error: unknown) => {
        this._viewsFailed = true;
        warnNotLoaded(this, 'the code that shows the answers', error);
      },
    );
  }

  /** What the answers and result views need from the element. */
  #host(): AnswersHost {
    return {
      level: this.level,
      disabled: this._disabled,
      answers: this._answers,
      dates: this.#validDates(),
      result: this.#result!,
      config: this.#config,
      alternativeText: (alternative) => this.#alternativeText(alternative),
      goToQuestion: (index, fromSummary) => {
        this.#goToQuestion(index, fromSummary);
      },
      back: this.#back,
      showResult: this.#showResult,
      changeAnswers: this.#changeAnswers,
      startAgainButton: () => this.#startAgainButton(),
    };
  }

  readonly #next = () => {
    if (this._fromSummary || this._index === suitabilityQuestions.length - 1) this.#goTo('summary');
    else this.#goToQuestion(this._index + 1);
  };

  readonly #back = () => {
    if (this._view === 'summary') this.#goToQuestion(suitabilityQuestions.length - 1);
    else this.#goToQuestion(Math.max(0, this._index - 1));
  };

  readonly #showResult = () => {
    this.#goTo('result');
  };

  readonly #changeAnswers = () => {
    if (this.#config.mode === 'list') this.#goToQuestion(0);
    else this.#goTo('summary');
  };

  readonly #startAgain = () => {
    const cleared = { answers: this._answers, dates: this._dates, view: this._view, index: this._index };
    this.#clear();
    this._cleared = cleared;
    this.#goToQuestion(0);
    this._announcement = msg('Your answers have been cleared.');
  };

  /** Brings back what "Start again" cleared, where the patient was. */
  readonly #undo = () => {
    const { answers, dates, view, index } = this._cleared!;
    this._cleared = undefined;
    this._answers = answers;
    this._dates = dates;
    const back = msg('Your answers are back.');
    if (view === 'questions') {
      this.#goToQuestion(index);
      this._announcement = back;
    } else {
      this.#goTo(view);
      void this.#opening?.then(() => {
        this._announcement = back; // after the view's own announcement
      });
    }
  };

  /** The read-only result of the answers so far: the core's `assessSuitability` result. */
  get result(): SuitabilityResult {
    const fresh = this.#assess();
    return this.#result !== undefined && JSON.stringify(fresh) === this.#resultKey ? this.#result : fresh;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The element's validity as a form control (invalid while named and incomplete). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Why the element is invalid as a form control; empty when it is valid. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the element is valid as a form control; fires `invalid` when it is not. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Like `checkValidity()`, and the browser shows the message. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  #alternativeText(alternative: string): string {
    return msg(str`For thread veins on the face, ${this.#config.clinic} offers ${alternative} instead.`);
  }

  #dateField(question: SuitabilityQuestion & { id: DatedQuestionId }): TemplateResult {
    const id = question.id;
    const raw = this._dates[id] ?? '';
    const window = this.#result?.windows.find((w) => w.question === id);
    const invalid = raw !== '' && !isIsoDate(raw);
    return html`<div class="date" part="date">
      <label for="date-${id}">${dateLabel(id)}</label>
      <p class="hint" id="hint-${id}">${dateHint(id)}</p>
      <input
        type="date"
        id="date-${id}"
        max=${this.#config.today}
        .value=${raw}
        ?disabled=${this._disabled}
        aria-describedby="hint-${id} window-end-${id}"
        aria-invalid=${invalid ? 'true' : 'false'}
        @change=${(event: Event) => {
          this.#date(id, event);
        }}
      />
      <p class="window-end" id="window-end-${id}" aria-live="polite">
        ${invalid
          ? msg(str`Enter a real date, for example ${dateFieldExample(this.#config.today)}.`)
          : window
            ? windowEndText(window)
            : nothing}
      </p>
    </div>`;
  }

  #question(question: SuitabilityQuestion, index: number, stepwise: boolean): TemplateResult {
    const id = question.id;
    const chosen = this._answers[id];
    // The fieldset, not its legend, takes focus after Next or Back: Firefox passes a legend's focus on
    // to the first control, and a screen reader then reads the question and why it is asked.
    return html`<fieldset class="question" part="question" id="question-${id}" tabindex="-1" data-question=${id} aria-describedby="why-${id}">
      <legend>
        ${stepwise
          ? html`<span class="progress" part="progress">
              ${msg(str`Question ${formatNumber(index + 1)} of ${formatNumber(suitabilityQuestions.length)}`)}
            </span>`
          : nothing}
        <span class="question-text">${questionText(question)}</span>
      </legend>
      <p class="why" id="why-${id}">
        <span class="why-label">${msg('Why we ask:')}</span> ${whyWeAsk(id)}
        ${id === 'location' && this.#config.alternative ? this.#alternativeText(this.#config.alternative) : nothing}
      </p>
      <div class="answers" part="answers">
        ${question.options.map(
          (option) => html`<label class="answer">
            <input
              type="radio"
              name="q-${id}"
              value=${option}
              .checked=${chosen === option}
              ?disabled=${this._disabled}
              @change=${() => {
                this.#answer(id, option);
              }}
            />
            <span>${answerText(option)}</span>
          </label>`,
        )}
      </div>
      ${isDated(question) && chosen === 'yes' ? this.#dateField(question) : nothing}
    </fieldset>`;
  }

  /** What happens to the answers, true in each case: submitted with a form only when the element is a named control in one. */
  #privacyText(): string {
    return this.name !== null && this.#internals.form !== null
      ? msg('When you send this form, your answers are sent with it. This self-check does not store them.')
      : msg('This self-check does not store your answers or send them anywhere.');
  }

  /** "Start again", apart from the row of Back and Next so it is not pressed by mistake (and "Undo" follows it). */
  #startAgainButton(): TemplateResult {
    return html`<p class="start-again">
      <button type="button" class="link" ?disabled=${this._disabled} @click=${this.#startAgain}>${msg('Start again')}</button>
    </p>`;
  }

  #questions(): TemplateResult {
    const answered = Object.keys(this._answers).length > 0;
    if (this.#config.mode === 'list') {
      return html`${suitabilityQuestions.map((q, i) => this.#question(q, i, false))}
        <div class="actions" part="actions">
          <button type="button" class="primary" ?disabled=${this._disabled} @click=${this.#showResult}>
            ${msg('See what to tell the clinic')}
          </button>
        </div>
        ${answered ? this.#startAgainButton() : nothing}`;
    }
    const last = this._index === suitabilityQuestions.length - 1;
    return html`${this.#question(suitabilityQuestions[this._index]!, this._index, true)}
      <div class="actions" part="actions">
        ${this._index > 0 && !this._fromSummary
          ? html`<button type="button" class="secondary" ?disabled=${this._disabled} @click=${this.#back}>${msg('Back')}</button>`
          : nothing}
        <button type="button" class="primary" ?disabled=${this._disabled} @click=${this.#next}>
          ${this._fromSummary || last ? msg('Check your answers') : msg('Next')}
        </button>
      </div>
      ${answered ? this.#startAgainButton() : nothing}`;
  }

  override render(): TemplateResult {
    const view = this.#config.mode === 'list' && this._view === 'summary' ? 'questions' : this._view;
    // A section, so that the governance <footer> is scoped to it: a page-level contentinfo landmark
    // per element would clash with the page's own footer (axe: landmark-no-duplicate-contentinfo).
    return html`<section class="checker" aria-labelledby="checker-heading">
      <div role="heading" aria-level=${this.level} part="heading" class="heading" id="checker-heading">
        ${msg('Before your consultation: things to tell us')}
      </div>
      <div class="intro" part="intro">
        <p>${msg('Answer these questions from the clinic’s leaflet to see what to tell the clinic before you book.')}</p>
        <p>${this.#privacyText()}</p>
        ${view === 'questions' ? html`<p class="disclaimer">${disclaimerText()}</p>` : nothing}
      </div>
      ${this.#config.modeInvalid
        ? html`<p class="message" part="message">
            ${msg('This self-check was set up with a layout that was not recognised, so it shows one question at a time.')}
          </p>`
        : nothing}
      <div role="status" class="visually-hidden">${this._announcement}</div>
      ${this._cleared
        ? html`<p class="cleared" part="cleared">
            ${msg('Your answers have been cleared.')}
            <button type="button" class="link" ?disabled=${this._disabled} @click=${this.#undo}>${msg('Undo')}</button>
          </p>`
        : nothing}
      ${view === 'questions' || !this.#views
        ? this.#questions()
        : view === 'summary'
          ? this.#views.summaryView(this.#host())
          : this.#views.resultView(this.#host())}
      ${this._viewsFailed
        ? html`<p class="message" part="message" role="alert">
            ${msg('Your answers could not be shown, because part of this page did not load. Check your internet connection and try again.')}
          </p>`
        : nothing}
      ${governanceFooter(this, this)}
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
