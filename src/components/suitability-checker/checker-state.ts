import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../../internal/localization.js';
import {
  assessSuitability,
  isIsoDate,
  suitabilityQuestionsFor,
  type Answer,
  type ClinicProtocol,
  type DatedQuestionId,
  type IsoDate,
  type QuestionId,
  type SuitabilityAnswers,
  type SuitabilityQuestion,
  type SuitabilityResult,
} from '../../core/rules.js';
import { onDemand } from '../../internal/on-demand.js';
import { warnNotLoaded } from '../../internal/warn.js';
import type { GivenDates } from './view-model.js';

/**
 * What appears only after the patient has answered (./answers-views.ts): the date field of a
 * time-limited question answered "Yes", "Check your answers" and the result. Loaded when the patient
 * first answers, so the page's script carries the questions only.
 */
const loadAnswersViews = onDemand(() => import('./answers-views.js'));
type AnswersViews = Awaited<ReturnType<typeof loadAnswersViews>>;

/** What the patient sees: the questions, the summary of answers (stepwise only), or the result. */
export type View = 'questions' | 'summary' | 'result';

/** The value a named checker submits with its form (JSON): the answers and the dates given. */
export interface SuitabilityFormValue {
  readonly answers: SuitabilityAnswers;
  readonly dates: GivenDates;
}

/** The dates typed into the date fields, as typed, by question id. */
type TypedDates = Partial<Record<DatedQuestionId, string>>;

/** Where the patient was and what they had answered, kept by "Start again" for "Undo". */
interface Snapshot {
  readonly answers: SuitabilityAnswers;
  readonly dates: TypedDates;
  readonly view: View;
  readonly index: number;
}

/** Whether a question takes the date of the event (a time-limited question). */
export const isDated = (question: SuitabilityQuestion): question is SuitabilityQuestion & { id: DatedQuestionId } => question.acceptsDate;

/**
 * The patient's answers (in memory only) and where they are in the self-check: the moves between
 * the questions, the summary and the result (whose code loads on demand), what takes focus after a
 * move and what the live region says. Each move renders the element again. The moves that can change
 * the result (`answer`, `enterDate`, `clear`, `startAgain`, `undo`) return whether they changed what
 * the core reads, so that the element fires its change event from the patient's action, and only then.
 */
export class CheckerState implements ReactiveController {
  private _answers: SuitabilityAnswers = {};
  private _dates: TypedDates = {};
  private _view: View = 'questions';
  private _index = 0;
  private _fromSummary = false;
  private _cleared: Snapshot | undefined;
  private _announcement = '';
  private _viewsFailed = false;
  private _views: AnswersViews | undefined;
  private _opening: Promise<void> | undefined;
  private _focusNext: string | undefined;
  /** Counts the moves, so a view whose code loads late does not undo a later move. */
  private _moves = 0;
  /** The core's result, kept until the answers, the dates or today change. */
  private _result:
    { readonly today: IsoDate; readonly protocol: ClinicProtocol | undefined; readonly result: SuitabilityResult } | undefined;

  /**
   * `today`: the date the core reads to tell whether a time limit has ended; `protocol`: the clinic's
   * protocol, which says which questions are asked and their time limits.
   */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _today: () => IsoDate,
    private readonly _protocol: () => ClinicProtocol | undefined,
  ) {
    _host.addController(this);
  }

  /** The questions the clinic's protocol asks, in order. */
  get questions(): readonly SuitabilityQuestion[] {
    return suitabilityQuestionsFor(this._protocol());
  }

  /** Focus follows the patient's move, once it is rendered. */
  hostUpdated(): void {
    if (this._focusNext === undefined) return;
    this._host.shadowRoot?.querySelector<HTMLElement>(this._focusNext)?.focus();
    this._focusNext = undefined;
  }

  get answers(): SuitabilityAnswers {
    return this._answers;
  }

  /** The dates as typed (an invalid one stays in its field, with a message). */
  get typedDates(): TypedDates {
    return this._dates;
  }

  get view(): View {
    return this._view;
  }

  /** The question shown in stepwise mode (0-based). */
  get index(): number {
    return this._index;
  }

  /** Whether the patient came to the question from the summary (Next then returns there). */
  get fromSummary(): boolean {
    return this._fromSummary;
  }

  /** Whether "Start again" cleared answers that "Undo" can bring back (until the patient answers again). */
  get canUndo(): boolean {
    return this._cleared !== undefined;
  }

  /** What the live region says. */
  get announcement(): string {
    return this._announcement;
  }

  /** Settles when the code or the view asked for last is shown (or could not be loaded). */
  get opening(): Promise<void> | undefined {
    return this._opening;
  }

  /** The code of what appears after an answer (the date field, the summary and the result), once loaded. */
  get views(): AnswersViews | undefined {
    return this._views;
  }

  /** Whether the code of the answers and result views could not be loaded (for example offline). */
  get viewsFailed(): boolean {
    return this._viewsFailed;
  }

  /** The dates the core uses: the valid ones, for time-limited questions answered "Yes". */
  givenDates(): GivenDates {
    const dates: GivenDates = {};
    for (const question of this.questions.filter(isDated)) {
      const date = this._dates[question.id];
      if (this._answers[question.id] === 'yes' && isIsoDate(date)) dates[question.id] = date;
    }
    return dates;
  }

  /** The core's `assessSuitability` result (the same object until the answers, the dates or today change). */
  get result(): SuitabilityResult {
    const today = this._today();
    const protocol = this._protocol();
    if (this._result?.today !== today || this._result.protocol !== protocol) {
      this._result = { today, protocol, result: assessSuitability(this._answers, { today, dates: this.givenDates(), protocol }) };
    }
    return this._result.result;
  }

  /** The answers in question order, and the dates given. */
  formValue(): SuitabilityFormValue {
    const answers: SuitabilityAnswers = {};
    for (const { id } of this.questions) {
      const answer = this._answers[id];
      if (answer !== undefined) answers[id] = answer;
    }
    return { answers, dates: this.givenDates() };
  }

  /** The patient chose an answer (which drops what "Undo" would bring back). */
  answer(id: QuestionId, answer: Answer): boolean {
    const changed = this._answers[id] !== answer;
    this._cleared = undefined;
    this._answers = { ...this._answers, [id]: answer };
    this._changed();
    // Fetched now: a time-limited question answered "Yes" shows its date field once it is here, and
    // the summary and the result are there when asked for. A failed load is tried again at the next
    // answer; opening the summary or the result says that it failed.
    this._opening = this._loadViews().then(
      () => undefined,
      () => undefined,
    );
    return changed;
  }

  /** The patient typed a date: it changes the result when the valid date of a "Yes" changes. */
  enterDate(id: DatedQuestionId, value: string): boolean {
    const before = this.givenDates()[id];
    this._dates = { ...this._dates, [id]: value };
    this._changed();
    return this.givenDates()[id] !== before;
  }

  /** Shows a question (stepwise) or the list, and moves focus to the question. */
  goToQuestion(index: number, fromSummary = false): void {
    this._moves += 1;
    this._view = 'questions';
    this._index = index;
    this._fromSummary = fromSummary;
    this._announcement = '';
    this._focusNext = `#question-${this.questions[index]!.id}`;
    this._host.requestUpdate();
  }

  /** Next: the next question, or the summary after the last one (or back to it, when the patient came from it). */
  next(): void {
    if (this._fromSummary || this._index === this.questions.length - 1) this.open('summary');
    else this.goToQuestion(this._index + 1);
  }

  /** Back: the question before, or the last one from the summary. */
  back(): void {
    this.goToQuestion(this._view === 'summary' ? this.questions.length - 1 : Math.max(0, this._index - 1));
  }

  /** Shows the summary or the result once their code is there, and moves focus to its heading. */
  open(view: 'summary' | 'result'): void {
    const move = ++this._moves;
    this._opening = this._loadViews().then(
      (views) => {
        if (move !== this._moves) return;
        this._viewsFailed = false;
        this._view = view;
        this._fromSummary = false;
        this._focusNext = `#${view}-heading`;
        this._announcement = view === 'result' ? views.resultAnnouncement(this.result) : '';
        this._host.requestUpdate();
      },
      (error: unknown) => {
        this._viewsFailed = true;
        this._host.requestUpdate();
        warnNotLoaded(this._host, 'the code that shows the answers', error);
      },
    );
  }

  /** Clears every answer and date and goes back to the first question (the form was reset). */
  clear(): boolean {
    const changed = Object.keys(this._answers).length > 0;
    this._cleared = undefined;
    this._answers = {};
    this._dates = {};
    this._viewsFailed = false;
    this._changed();
    this._moves += 1;
    this._view = 'questions';
    this._index = 0;
    this._fromSummary = false;
    return changed;
  }

  /** "Start again": clears everything, kept for "Undo", and says so. */
  startAgain(): boolean {
    const cleared: Snapshot = { answers: this._answers, dates: this._dates, view: this._view, index: this._index };
    const changed = this.clear();
    this._cleared = cleared;
    this.goToQuestion(0);
    this._announcement = msg('Your answers have been cleared.');
    return changed;
  }

  /** "Undo": brings back what "Start again" cleared, where the patient was, and says so. */
  undo(): boolean {
    const { answers, dates, view, index } = this._cleared!;
    this._cleared = undefined;
    this._answers = answers;
    this._dates = dates;
    this._changed();
    const back = msg('Your answers are back.');
    if (view === 'questions') {
      this.goToQuestion(index);
      this._announcement = back;
    } else {
      this.open(view);
      void this._opening?.then(() => {
        this._announcement = back; // after the view's own announcement
        this._host.requestUpdate();
      });
    }
    return Object.keys(answers).length > 0;
  }

  /**
   * The code of what appears after an answer; once it first arrives, its styles join the element's
   * and the element renders again (a date field waiting for it appears).
   */
  private async _loadViews(): Promise<AnswersViews> {
    const views = await loadAnswersViews();
    if (!this._views) {
      this._views = views;
      const root = this._host.shadowRoot!;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, views.answersViewsStyles.styleSheet!];
      this._host.requestUpdate();
    }
    return views;
  }

  /** The answers or dates changed: the result is made again at the next render. */
  private _changed(): void {
    this._result = undefined;
    this._host.requestUpdate();
  }
}
