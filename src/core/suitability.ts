/**
 * The leaflet's suitability list as questions, and the pure assessment of a patient's answers.
 * The result is information for the consultation, never a verdict: it says which of the leaflet's
 * reasons to wait, be referred or talk to the clinic first the answers touch, and nothing more.
 */
import { addDays, dayNumber, todayIsoDate, type IsoDate } from './dates.js';
import { durationDays, type LeafletDuration } from './durations.js';
import { leafletProtocol, protocolOf, type ClinicProtocol } from './leaflet-protocol.js';
import type { LeafletRef } from './leaflet.js';

/** The answer to a yes/no question. "Not sure" is treated as cautiously as "yes". */
export type YesNoAnswer = 'yes' | 'no' | 'unsure';
/** Where the patient's thread veins are. */
export type LocationAnswer = 'legs' | 'face' | 'both';
/** Any answer a question accepts. */
export type Answer = YesNoAnswer | LocationAnswer;

/**
 * What a finding means for booking, from least to most restrictive:
 * - `wait`: a temporary reason; treatment can go ahead once it has passed (some have a time window);
 * - `talk-to-clinic`: a caution the clinic needs to consider before you book;
 * - `varicose-veins-first`: varicose veins need assessment and treatment (a vascular surgeon) first;
 * - `not-offered`: the clinic does not offer microsclerotherapy for this (thread veins on the face).
 */
export type FindingCategory = 'wait' | 'talk-to-clinic' | 'varicose-veins-first' | 'not-offered';

/** The fixed, leaflet-based advice a finding carries; elements turn each key into localized text. */
export type AdviceKey =
  | 'face-not-offered'
  | 'wait-pregnancy-breastfeeding'
  | 'wait-current-infection'
  | 'wait-antibiotics'
  | 'varicose-veins-treated-first'
  | 'tell-clinic-dvt-pe'
  | 'tell-clinic-clotting-condition'
  | 'tell-clinic-skin-changes'
  | 'wait-thrombophlebitis'
  | 'tell-clinic-walking'
  | 'wait-heart-problem'
  | 'tell-clinic-tamoxifen'
  | 'tell-clinic-disulfiram';

/** The treatment the leaflet offers for thread veins on the face instead (a clinic may name its own). */
export const faceAlternative: { readonly name: string; readonly ref: LeafletRef } = Object.freeze({ name: 'Thermavein', ref: 'face/1' });

/** The id of a suitability question. */
export type QuestionId =
  | 'location'
  | 'pregnant-or-breastfeeding'
  | 'current-infection'
  | 'antibiotics'
  | 'varicose-veins'
  | 'dvt-or-pe'
  | 'clotting-condition'
  | 'skin-changes'
  | 'thrombophlebitis'
  | 'able-to-walk'
  | 'heart-problem'
  | 'tamoxifen'
  | 'disulfiram';

/** A question of the self-check, built from one item of the leaflet's suitability list. */
export interface SuitabilityQuestion<A extends Answer = Answer> {
  /** Stable id; answers are keyed by it. */
  readonly id: QuestionId;
  /** The category of the finding an answer in `raises` produces. */
  readonly category: FindingCategory;
  /** The answers offered, in display order. */
  readonly options: readonly A[];
  /**
   * The answers that produce a finding: the concerning answer ("yes", or "no" to "Can you walk?")
   * and "not sure", which always does where it is offered.
   */
  readonly raises: readonly A[];
  /** The advice the finding carries. */
  readonly advice: AdviceKey;
  /** Where the leaflet says it. */
  readonly ref: LeafletRef;
  /** Where the leaflet says what happens next, when that is elsewhere (the vascular surgeon referral). */
  readonly actionRef?: LeafletRef;
  /** Whether the patient can give the date of the event (last antibiotics, and so on). */
  readonly acceptsDate: boolean;
  /** For a time-limited reason: the leaflet's window after the event, as the leaflet words it. */
  readonly window?: LeafletDuration;
  /** The same window in whole days. */
  readonly windowDays?: number;
}

const yesNo = ['yes', 'no', 'unsure'] as const satisfies readonly YesNoAnswer[];

const ask = (
  id: QuestionId,
  category: FindingCategory,
  advice: AdviceKey,
  ref: LeafletRef,
  more: { dated?: true; concerning?: 'yes' | 'no'; actionRef?: LeafletRef } = {},
): QuestionPlan<YesNoAnswer> =>
  Object.freeze({
    id,
    category,
    options: yesNo,
    raises: Object.freeze([more.concerning ?? 'yes', 'unsure'] as const),
    advice,
    ref,
    ...(more.actionRef ? { actionRef: more.actionRef } : {}),
    acceptsDate: more.dated === true,
  });

/** A question as the core plans it: its time window, if it has one, comes from the protocol. */
type QuestionPlan<A extends Answer = Answer> = Omit<SuitabilityQuestion<A>, 'window' | 'windowDays'>;

/**
 * Every exclusion and caution of the leaflet's suitability list, plus where the thread veins are.
 * Each is asked positively: "Can you walk?" rather than "Are you unable to walk?", so its concerning
 * answer is "no".
 */
const plans: readonly QuestionPlan[] = Object.freeze([
  Object.freeze({
    id: 'location',
    category: 'not-offered',
    options: ['legs', 'face', 'both'],
    raises: ['face', 'both'],
    advice: 'face-not-offered',
    ref: 'face/1',
    acceptsDate: false,
  } satisfies QuestionPlan<LocationAnswer>),
  ask('pregnant-or-breastfeeding', 'wait', 'wait-pregnancy-breastfeeding', 'suitability/1'),
  // "a current infection, including antibiotics in the last fortnight": two questions, because a
  // current infection has no date to count from, and the antibiotics' window runs from the last dose.
  ask('current-infection', 'wait', 'wait-current-infection', 'suitability/2'),
  ask('antibiotics', 'wait', 'wait-antibiotics', 'suitability/2', { dated: true }),
  ask('varicose-veins', 'varicose-veins-first', 'varicose-veins-treated-first', 'suitability/3', { actionRef: 'appointment/1' }),
  ask('dvt-or-pe', 'talk-to-clinic', 'tell-clinic-dvt-pe', 'suitability/4'),
  ask('clotting-condition', 'talk-to-clinic', 'tell-clinic-clotting-condition', 'suitability/5'),
  ask('skin-changes', 'talk-to-clinic', 'tell-clinic-skin-changes', 'suitability/6'),
  ask('thrombophlebitis', 'wait', 'wait-thrombophlebitis', 'suitability/7', { dated: true }),
  ask('able-to-walk', 'talk-to-clinic', 'tell-clinic-walking', 'suitability/8', { concerning: 'no' }),
  ask('heart-problem', 'wait', 'wait-heart-problem', 'suitability/9', { dated: true }),
  ask('tamoxifen', 'talk-to-clinic', 'tell-clinic-tamoxifen', 'suitability/10'),
  ask('disulfiram', 'talk-to-clinic', 'tell-clinic-disulfiram', 'suitability/11'),
]);

/** The questions whose time window can be dated. */
export type DatedQuestionId = 'antibiotics' | 'thrombophlebitis' | 'heart-problem';

const asked = new WeakMap<ClinicProtocol, readonly SuitabilityQuestion[]>();

/**
 * The questions a protocol asks, in the core's order, each dated one with the protocol's time window
 * (`leafletProtocol` when none is given: every question, with the leaflet's windows).
 */
export function suitabilityQuestionsFor(given?: ClinicProtocol | null): readonly SuitabilityQuestion[] {
  const protocol = given ?? leafletProtocol;
  let questions = asked.get(protocol);
  if (!questions) {
    questions = Object.freeze(
      plans
        .filter((plan) => protocol.suitability.questions.includes(plan.id))
        .map((plan) => {
          const window = plan.acceptsDate ? protocol.suitability.windows[plan.id as DatedQuestionId] : undefined;
          return Object.freeze(window ? { ...plan, window, windowDays: durationDays(window)! } : plan);
        }),
    );
    asked.set(protocol, questions);
  }
  return questions;
}

/** Every question of the leaflet, with the leaflet's time windows. */
export const suitabilityQuestions: readonly SuitabilityQuestion[] = suitabilityQuestionsFor(leafletProtocol);

/**
 * The headline of a result.
 * - `no-concerns-found`: every question answered and nothing in the answers stops you booking a consultation;
 * - `incomplete`: no finding so far, but some questions are unanswered;
 * - otherwise the category of the most restrictive finding.
 */
export type Headline = 'no-concerns-found' | 'incomplete' | FindingCategory;

/**
 * The headlines from least to most restrictive. A headline further along asks more of the patient
 * before treatment can go ahead, so the result always shows the furthest one that any finding reaches:
 * `no-concerns-found` needs nothing; `incomplete` needs the remaining answers before anything can be
 * said; `wait` needs only time to pass; `talk-to-clinic` needs the clinic's decision before booking;
 * `varicose-veins-first` needs another treatment (by a vascular surgeon) first; `not-offered` cannot
 * be met by waiting or by another treatment.
 */
export const headlineOrder: readonly Headline[] = Object.freeze([
  'no-concerns-found',
  'incomplete',
  'wait',
  'talk-to-clinic',
  'varicose-veins-first',
  'not-offered',
]);

/** Answers keyed by question id; a missing id is unanswered. */
export type SuitabilityAnswers = Partial<Record<QuestionId, Answer>>;

/** Options for `assessSuitability`. */
export interface AssessOptions {
  /** Today's date; defaults to the local calendar date. Decides whether a time window has passed. */
  readonly today?: IsoDate;
  /** The date of each dated event the patient gave: the last dose of antibiotics, thrombophlebitis, heart problem. */
  readonly dates?: Partial<Record<DatedQuestionId, IsoDate>>;
  /** The clinic's protocol: which questions it asks and their time windows (`leafletProtocol` when left out). */
  readonly protocol?: ClinicProtocol | undefined;
}

/** One leaflet reason that the answers touch. */
export interface Finding {
  readonly question: QuestionId;
  readonly answer: Answer;
  readonly category: FindingCategory;
  readonly advice: AdviceKey;
  readonly ref: LeafletRef;
}

/**
 * A leaflet time window dated from the day the patient gave. The window counts that day as day 0 and
 * its last day (the event date plus the window) as still inside it: on day 14 after the last dose,
 * "in the last fortnight" is still true. It says when the leaflet's window ends, never when treatment
 * can happen: the clinic decides that.
 */
export interface TimeWindow {
  readonly question: DatedQuestionId;
  /** The date of the event, as given. */
  readonly eventDate: IsoDate;
  /** The leaflet's window, as the leaflet words it. */
  readonly window: LeafletDuration;
  /** The last day inside the window: the event date plus the window. */
  readonly lastDay: IsoDate;
  /** Whether today is after `lastDay`. */
  readonly over: boolean;
}

/** Input that was ignored: an unknown question, an answer it does not offer, or an invalid date. */
export interface InvalidInput {
  readonly question: string;
  readonly field: 'answer' | 'date';
}

/** The immutable result of `assessSuitability`; the same object the element's event carries. */
export interface SuitabilityResult {
  readonly headline: Headline;
  /** Every finding, in question order. */
  readonly findings: readonly Finding[];
  /** Questions without a valid answer, in question order. */
  readonly unanswered: readonly QuestionId[];
  /** For each finding with a time window and a valid event date, that window with its dates. */
  readonly windows: readonly TimeWindow[];
  /** Input that was ignored. */
  readonly invalid: readonly InvalidInput[];
}

const rank = (headline: Headline) => headlineOrder.indexOf(headline);

/** The input as a record, or an empty one: JavaScript callers may pass anything. */
const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Assesses answers against the suitability list of the clinic's protocol (`options.protocol`, the
 * leaflet's by default). Never throws; ignores and reports bad input, including answers to questions
 * the protocol does not ask.
 */
export function assessSuitability(answers: SuitabilityAnswers, options: AssessOptions = {}): SuitabilityResult {
  const given = asRecord(answers);
  const dates = asRecord((options as unknown as AssessOptions | undefined)?.dates);
  const questions = suitabilityQuestionsFor(protocolOf(options));
  const questionIds = new Set<string>(questions.map((q) => q.id));
  const findings: Finding[] = [];
  const unanswered: QuestionId[] = [];
  const windows: TimeWindow[] = [];
  const invalid: InvalidInput[] = [];
  let headline: Headline = 'no-concerns-found';

  for (const key of Object.keys(given)) {
    if (!questionIds.has(key) && given[key] !== undefined) invalid.push({ question: key, field: 'answer' });
  }
  for (const question of questions) {
    const id = question.id;
    const answer = given[id];
    if (answer === undefined || !(question.options as readonly unknown[]).includes(answer)) {
      if (answer !== undefined) invalid.push({ question: id, field: 'answer' });
      unanswered.push(id);
      if (rank('incomplete') > rank(headline)) headline = 'incomplete';
      continue;
    }
    const eventDate = dates[id];
    const eventDay = dayNumber(eventDate);
    if (eventDate !== undefined && (eventDay === undefined || !question.acceptsDate)) {
      invalid.push({ question: id, field: 'date' });
    }
    if (!(question.raises as readonly unknown[]).includes(answer)) continue;
    findings.push(
      Object.freeze({ question: id, answer: answer as Answer, category: question.category, advice: question.advice, ref: question.ref }),
    );
    if (rank(question.category) > rank(headline)) headline = question.category;
    if (question.window !== undefined && question.windowDays !== undefined && eventDay !== undefined) {
      const today = dayNumber(options.today) ?? dayNumber(todayIsoDate())!;
      windows.push(
        Object.freeze({
          question: id as DatedQuestionId,
          eventDate: eventDate as IsoDate,
          window: question.window,
          lastDay: addDays(eventDate as IsoDate, question.windowDays)!,
          over: today > eventDay + question.windowDays,
        }),
      );
    }
  }
  for (const key of Object.keys(dates)) {
    if (!questionIds.has(key) && dates[key] !== undefined) invalid.push({ question: key, field: 'date' });
  }
  return Object.freeze({
    headline,
    findings: Object.freeze(findings),
    unanswered: Object.freeze(unanswered),
    windows: Object.freeze(windows),
    invalid: Object.freeze(invalid),
  });
}
