/**
 * The suitability questions and the aftercare schedule as HL7 FHIR R4 resources (JSON objects), for
 * clinics that keep an electronic record. Pure functions over the core's data: no DOM, no runtime
 * dependency (the FHIR types come from `@types/fhir`, imported as types only). Like the rest of the
 * core they carry no English: item texts and titles come from an optional translation function.
 *
 * Conventions (stable; change them only with a new `contentInfo.version`):
 * - Canonical URLs are `${fhirCanonicalBase}/<ResourceType>/<name>` with `contentInfo.version`; a
 *   clinic's protocol (`options.protocol`) is added to it as build metadata (`2.0.0+city-clinic.1.0.0`).
 * - Answer codes are the core's answers (`yes`, `no`, `unsure`; `legs`, `face`, `both`) in the code
 *   system `${fhirCanonicalBase}/CodeSystem/answer`, offered through two contained value sets.
 * - Aftercare actions and activities are coded with the core's aftercare ids in the code system
 *   `${fhirCanonicalBase}/CodeSystem/aftercare`.
 * - Leaflet references travel in extensions, never as text: `leaflet-ref` (valueString, a
 *   `LeafletRef` such as `suitability/2`) on every item, action and activity, and `leaflet-sha256`
 *   (valueString, `contentInfo.leaflet.sha256`) on every resource; `aftercare-condition`
 *   (valueCode, the core's `condition`) on an action or activity that applies only if it happens.
 */
import type {
  CarePlan,
  CarePlanActivity,
  Coding,
  Duration,
  Extension,
  PlanDefinition,
  PlanDefinitionAction,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  ValueSet,
} from 'fhir/r4';
import { aftercareSchedule, type AftercareEntry, type AftercareId } from './aftercare.js';
import { contentInfo } from './content-info.js';
import type { FhirQuestionnaireResponseJson } from './fhir-json.js';
import { isIsoDate, type InvalidDate, type IsoDate } from './dates.js';
import type { LeafletRef } from './leaflet.js';
import { leafletProtocol, protocolOf, type ClinicProtocol, type ProtocolOption } from './leaflet-protocol.js';
import {
  suitabilityQuestionsFor,
  type Answer,
  type DatedQuestionId,
  type QuestionId,
  type SuitabilityAnswers,
  type SuitabilityQuestion,
} from './suitability.js';

/**
 * The base of every canonical URL, code system and extension this library defines. It identifies;
 * it is not a web address that serves the resources (`.example` is reserved, RFC 2606).
 */
export const fhirCanonicalBase = 'https://microsclerotherapy-widgets.example/fhir';

/** The canonical URL of the suitability Questionnaire (without version). */
export const fhirQuestionnaireUrl = `${fhirCanonicalBase}/Questionnaire/suitability`;
/** The canonical URL of the aftercare PlanDefinition (without version). */
export const fhirPlanDefinitionUrl = `${fhirCanonicalBase}/PlanDefinition/aftercare`;
/** The code system of the answer codes (the core's `Answer` values). */
export const fhirAnswerSystem = `${fhirCanonicalBase}/CodeSystem/answer`;
/** The code system of the aftercare codes (the core's `AftercareId` values). */
export const fhirAftercareSystem = `${fhirCanonicalBase}/CodeSystem/aftercare`;
/** The extension that carries a leaflet reference (`section/item`) as valueString. */
export const fhirLeafletRefExtension = `${fhirCanonicalBase}/StructureDefinition/leaflet-ref`;
/** The extension that says when an aftercare entry applies at all, as valueCode (`skin-darkening`). */
export const fhirConditionExtension = `${fhirCanonicalBase}/StructureDefinition/aftercare-condition`;
/** The extension that carries the SHA-256 of the leaflet text as valueString. */
export const fhirLeafletShaExtension = `${fhirCanonicalBase}/StructureDefinition/leaflet-sha256`;

/** The linkId of an item: a question id, or `<id>-date` for the date of a time-limited event. */
export type FhirLinkId = QuestionId | `${DatedQuestionId}-date`;

/** Options for `toFhirQuestionnaire`. */
export interface FhirQuestionnaireOptions extends ProtocolOption {
  /** The item text in the reader's language; by default the linkId itself (the core has no English). */
  readonly text?: (linkId: FhirLinkId) => string;
}

/** Options for `toFhirQuestionnaireResponse`. */
export interface FhirResponseOptions extends ProtocolOption {
  /** The date of each time-limited event; kept only for a valid date and an answer of yes. */
  readonly dates?: Partial<Record<DatedQuestionId, IsoDate>>;
  /** When the answers were given (FHIR dateTime); default now. */
  readonly authored?: string;
  /** The patient, when the host knows who it is; by default none. */
  readonly subject?: Reference;
  /** The item text, as for `toFhirQuestionnaire`; by default none. */
  readonly text?: (linkId: FhirLinkId) => string;
}

/** Options for `toFhirPlanDefinition` and `toFhirCarePlan`. */
export interface FhirAftercareOptions extends ProtocolOption {
  /** A title for each action or activity in the reader's language; by default none. */
  readonly text?: (id: AftercareId) => string;
}

/** Options for `toFhirCarePlan`. */
export interface FhirCarePlanOptions extends FhirAftercareOptions {
  /** The patient; by default `{ type: 'Patient' }`, a patient the host has not named. */
  readonly subject?: Reference;
}

/** Answers and dates read back from a QuestionnaireResponse. */
export interface FhirAnswers {
  readonly answers: SuitabilityAnswers;
  readonly dates: Partial<Record<DatedQuestionId, IsoDate>>;
}

const leafletSha: Extension = { url: fhirLeafletShaExtension, valueString: contentInfo.leaflet.sha256 };
const leafletRef = (ref: LeafletRef): Extension[] => [{ url: fhirLeafletRefExtension, valueString: ref }];
const answerCoding = (code: Answer): Coding => ({ system: fhirAnswerSystem, code });
const valueSetId = (question: SuitabilityQuestion) => (question.id === 'location' ? 'location' : 'yes-no-unsure');
const dateLinkId = (id: DatedQuestionId): FhirLinkId => `${id}-date`;
/** The input as a record, or an empty one: JavaScript callers may pass anything. */
const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
/**
 * The version of a resource: the content version, with the clinic's protocol as semver build metadata
 * (`2.0.0+city-clinic.1.0.0`) when it is not the leaflet's, so a record says which protocol it follows.
 */
const versionOf = (protocol: ClinicProtocol) =>
  protocol === leafletProtocol ? contentInfo.version : `${contentInfo.version}+${protocol.id}.${protocol.version.replace('+', '.')}`;

const isDated = (question: SuitabilityQuestion): question is SuitabilityQuestion & { id: DatedQuestionId } => question.acceptsDate;
/** Whole days as a UCUM duration: in weeks where they are whole weeks, as the leaflet counts. */
const days = (count: number): Duration =>
  count > 0 && count % 7 === 0
    ? { value: count / 7, unit: 'wk', system: 'http://unitsofmeasure.org', code: 'wk' }
    : { value: count, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' };

const answerValueSet = (id: string, codes: readonly Answer[]): ValueSet => ({
  resourceType: 'ValueSet',
  id,
  status: 'active',
  compose: { include: [{ system: fhirAnswerSystem, concept: codes.map((code) => ({ code })) }] },
});

/**
 * The suitability questions as a FHIR R4 Questionnaire: one `choice` item per question (linkId = the
 * question id, answers from a contained value set), and for each time-limited question a `date` item
 * (`<id>-date`) enabled when that question is answered yes (as the element asks for the date). Item text comes from
 * `options.text`; without it, it is the linkId.
 */
export function toFhirQuestionnaire(options: FhirQuestionnaireOptions = {}): Questionnaire {
  const text = options.text ?? ((linkId: FhirLinkId) => linkId);
  const protocol = protocolOf(options);
  const item: QuestionnaireItem[] = suitabilityQuestionsFor(protocol).flatMap((question) => {
    const choice: QuestionnaireItem = {
      extension: leafletRef(question.ref),
      linkId: question.id,
      text: text(question.id),
      type: 'choice',
      required: true,
      answerValueSet: `#${valueSetId(question)}`,
    };
    if (!isDated(question)) return [choice];
    const date: QuestionnaireItem = {
      extension: leafletRef(question.ref),
      linkId: dateLinkId(question.id),
      text: text(dateLinkId(question.id)),
      type: 'date',
      enableWhen: [{ question: question.id, operator: '=', answerCoding: answerCoding('yes') }],
    };
    return [choice, date];
  });
  const location = suitabilityQuestionsFor().find((q) => q.id === 'location')!;
  const yesNo = suitabilityQuestionsFor().find((q) => q.id !== 'location')!;
  return {
    resourceType: 'Questionnaire',
    id: 'suitability',
    contained: [answerValueSet('yes-no-unsure', yesNo.options), answerValueSet('location', location.options)],
    extension: [leafletSha],
    url: fhirQuestionnaireUrl,
    version: versionOf(protocol),
    name: 'MicrosclerotherapySuitability',
    status: 'active',
    subjectType: ['Patient'],
    item,
  };
}

/**
 * A patient's answers as a FHIR R4 QuestionnaireResponse to `toFhirQuestionnaire()`: `completed`
 * when every question has a valid answer, otherwise `in-progress`. Unknown questions, answers a
 * question does not offer and invalid dates are left out; nothing throws.
 */
export function toFhirQuestionnaireResponse(answers: SuitabilityAnswers, options: FhirResponseOptions = {}): QuestionnaireResponse {
  const given = asRecord(answers);
  const dates = asRecord(options.dates);
  const text = options.text;
  const withText = (linkId: FhirLinkId) => (text ? { linkId, text: text(linkId) } : { linkId });
  const protocol = protocolOf(options);
  let complete = true;
  const item: QuestionnaireResponseItem[] = [];
  for (const question of suitabilityQuestionsFor(protocol)) {
    const answer = given[question.id];
    if (!(question.options as readonly unknown[]).includes(answer)) {
      complete = false;
      continue;
    }
    const extension = leafletRef(question.ref);
    item.push({ extension, ...withText(question.id), answer: [{ valueCoding: answerCoding(answer as Answer) }] });
    const date = dates[question.id];
    if (isDated(question) && answer === 'yes' && isIsoDate(date)) {
      item.push({ extension, ...withText(dateLinkId(question.id)), answer: [{ valueDate: date }] });
    }
  }
  return {
    resourceType: 'QuestionnaireResponse',
    extension: [leafletSha],
    questionnaire: `${fhirQuestionnaireUrl}|${versionOf(protocol)}`,
    status: complete ? 'completed' : 'in-progress',
    ...(options.subject ? { subject: options.subject } : {}),
    authored: options.authored ?? new Date().toISOString(),
    item,
  };
}

/**
 * The answers and dates of a QuestionnaireResponse made by `toFhirQuestionnaireResponse` (the
 * inverse). Items it does not know, codes a question does not offer and invalid dates are ignored.
 */
export function fromFhirQuestionnaireResponse(
  response: QuestionnaireResponse | FhirQuestionnaireResponseJson,
  options: ProtocolOption = {},
): FhirAnswers {
  const answers: SuitabilityAnswers = {};
  const dates: Partial<Record<DatedQuestionId, IsoDate>> = {};
  const raw = asRecord(response).item;
  const items = (Array.isArray(raw) ? raw : []) as unknown[];
  for (const question of suitabilityQuestionsFor(protocolOf(options))) {
    const find = (linkId: string) =>
      (items.find((i) => asRecord(i).linkId === linkId) as QuestionnaireResponseItem | undefined)?.answer?.[0];
    const code = find(question.id)?.valueCoding;
    if (code?.system === fhirAnswerSystem && (question.options as readonly unknown[]).includes(code.code)) {
      answers[question.id] = code.code as Answer;
    }
    const date = isDated(question) ? find(dateLinkId(question.id))?.valueDate : undefined;
    if (isDated(question) && isIsoDate(date)) dates[question.id] = date;
  }
  return { answers, dates };
}

/** The UCUM code of each unit the leaflet counts in. */
const ucum = { days: 'd', weeks: 'wk', months: 'mo', years: 'a' } as const;

/** The id of the PlanDefinition's treatment action, to which every aftercare action relates. */
const TREATMENT = 'treatment';

/** The extensions of an aftercare entry: its leaflet reference, and its condition if it has one. */
const entryExtensions = (entry: AftercareEntry): Extension[] => [
  ...leafletRef(entry.ref),
  ...(entry.condition ? [{ url: fhirConditionExtension, valueCode: entry.condition }] : []),
];

/** One aftercare entry as a PlanDefinition action, timed relative to the treatment. */
function action(entry: AftercareEntry, title: string | undefined): PlanDefinitionAction {
  const ranged = entry.duration === undefined && entry.endDay !== null && entry.endDay > entry.startDay;
  const related = ranged
    ? { offsetRange: { low: days(entry.startDay), high: days(entry.endDay) } }
    : { offsetDuration: days(entry.startDay) };
  const { duration, details } = entry;
  const bound: Duration | undefined = duration && {
    value: duration.amount,
    unit: ucum[duration.unit],
    system: 'http://unitsofmeasure.org',
    code: ucum[duration.unit],
  };
  let timing: Partial<PlanDefinitionAction> = {};
  if (bound && details?.timesPerDay !== undefined && details.minutes !== undefined) {
    timing = {
      timingTiming: {
        repeat: {
          boundsDuration: bound,
          frequency: details.timesPerDay,
          period: 1,
          periodUnit: 'd',
          duration: details.minutes,
          durationUnit: 'min',
        },
      },
    };
  } else if (bound) {
    timing = duration?.atLeast ? { timingRange: { low: bound } } : { timingDuration: bound };
  }
  return {
    extension: entryExtensions(entry),
    id: entry.id,
    ...(title === undefined ? {} : { title }),
    code: [{ coding: [{ system: fhirAftercareSystem, code: entry.id }] }],
    relatedAction: [{ actionId: TREATMENT, relationship: 'after-start', ...related }],
    ...timing,
  };
}

/**
 * The leaflet's aftercare as a FHIR R4 PlanDefinition: an action for the treatment (id `treatment`)
 * and one per aftercare entry, each related to the treatment's start with the offset the leaflet
 * gives (`offsetDuration`, or `offsetRange` for the 4-6 week review) and its period as the leaflet
 * words it (`timingDuration`, `timingRange` for "at least", `timingTiming` for "twice a day").
 */
export function toFhirPlanDefinition(options: FhirAftercareOptions = {}): PlanDefinition {
  const protocol = protocolOf(options);
  const schedule = aftercareSchedule(null, { protocol }) as Exclude<ReturnType<typeof aftercareSchedule>, InvalidDate>;
  return {
    resourceType: 'PlanDefinition',
    id: 'aftercare',
    extension: [leafletSha],
    url: fhirPlanDefinitionUrl,
    version: versionOf(protocol),
    name: 'MicrosclerotherapyAftercare',
    status: 'active',
    action: [
      { extension: leafletRef('appointment/2'), id: TREATMENT },
      ...schedule.entries.map((entry) => action(entry, options.text?.(entry.id))),
    ],
  };
}

/**
 * The aftercare for one patient as a dated FHIR R4 CarePlan from a treatment date (`YYYY-MM-DD`):
 * one activity per aftercare entry with `scheduledPeriod` equal to the core's dates (no `end` where
 * the leaflet gives none; none at all for a conditional entry, which the `aftercare-condition`
 * extension marks). An invalid date returns the core's `InvalidDate` result; nothing throws.
 */
export function toFhirCarePlan(treatmentDate: IsoDate, options: FhirCarePlanOptions = {}): CarePlan | InvalidDate {
  const protocol = protocolOf(options);
  const schedule = aftercareSchedule(treatmentDate, { protocol });
  if (!schedule.ok) return schedule;
  const activity: CarePlanActivity[] = schedule.entries.map((entry) => {
    const title = options.text?.(entry.id);
    return {
      extension: entryExtensions(entry),
      detail: {
        code: { coding: [{ system: fhirAftercareSystem, code: entry.id }] },
        status: 'scheduled',
        // A conditional entry (if the skin darkens) has no dates: it runs from when its condition happens.
        ...(entry.start === null ? {} : { scheduledPeriod: { start: entry.start, ...(entry.end === null ? {} : { end: entry.end }) } }),
        ...(title === undefined ? {} : { description: title }),
      },
    };
  });
  return {
    resourceType: 'CarePlan',
    extension: [leafletSha],
    instantiatesCanonical: [`${fhirPlanDefinitionUrl}|${versionOf(protocol)}`],
    status: 'active',
    intent: 'plan',
    subject: options.subject ?? { type: 'Patient' },
    period: { start: treatmentDate },
    activity,
  };
}
