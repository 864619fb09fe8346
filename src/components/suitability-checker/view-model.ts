/**
 * What the views of `<suitability-checker>` are given: a read-only view model (the patient's answers,
 * the core's result and the checked attributes) and the few actions a patient can take in them, with
 * the one control every view shows ("Start again"). The element and its on-demand views
 * (./answers-views.ts) share this module, so it imports no value from the core (types only): the
 * script-tag bundle stays one file.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../internal/localization.js';
import type { DatedQuestionId, IsoDate, SuitabilityAnswers, SuitabilityQuestion, SuitabilityResult } from '../../core/rules.js';

/** How the questions are shown: one at a time, or all on one page. */
export type SuitabilityCheckerMode = 'stepwise' | 'list';

/** What the form value and the event carry besides the core's result: `json` (default) or `fhir`. */
export type SuitabilityValueFormat = 'json' | 'fhir';

/** The valid dates given for time-limited questions answered "Yes". */
export type GivenDates = Partial<Record<DatedQuestionId, IsoDate>>;

/** The element's attributes as it uses them, checked (an invalid one warned and fell back). */
export interface CheckerConfig {
  readonly mode: SuitabilityCheckerMode;
  readonly modeInvalid: boolean;
  readonly valueFormat: SuitabilityValueFormat;
  readonly today: IsoDate;
  /** The clinic's name, or "the clinic". */
  readonly clinic: string;
  readonly booking: string | undefined;
  readonly contact: string | undefined;
  readonly phone: { readonly display: string; readonly href: string } | undefined;
  /** The treatment the clinic offers for the face instead, if it names one. */
  readonly alternative: string | undefined;
}

/** What every view shows. */
export interface ViewModel {
  /** The levels of a view's heading and of the headings of its sections. */
  readonly levels: { readonly view: number; readonly section: number };
  /** Whether a disabled fieldset around the element disables its controls. */
  readonly disabled: boolean;
  /** The questions the clinic's protocol asks, in order, with its time limits. */
  readonly questions: readonly SuitabilityQuestion[];
  readonly answers: SuitabilityAnswers;
  readonly dates: GivenDates;
  /** The core's result of the answers and dates. */
  readonly result: SuitabilityResult;
  readonly config: CheckerConfig;
}

/** What a patient can do in every view. */
export interface ViewActions {
  /** Shows a question; `fromSummary`: its Next button goes back to the summary. */
  readonly goToQuestion: (index: number, fromSummary: boolean) => void;
  readonly back: () => void;
  readonly showResult: () => void;
  readonly changeAnswers: () => void;
  readonly startAgain: () => void;
}

/** "Start again", apart from the row of Back and Next so it is not pressed by mistake (and "Undo" follows it). */
export const startAgainButton = (model: ViewModel, actions: ViewActions): TemplateResult =>
  html`<p class="start-again">
    <button type="button" class="link" ?disabled=${model.disabled} @click=${actions.startAgain}>${msg('Start again')}</button>
  </p>`;
