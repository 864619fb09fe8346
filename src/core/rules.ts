/**
 * The treatment rules of the core, everything but the FHIR output: what the elements import, so
 * that their bundles never carry the FHIR code (see index.ts for the public entry).
 */
export { contentInfo, contentInfoFor, type ContentInfo, type ProtocolContentInfo } from './content-info.js';
export { leafletSections, type LeafletRef, type LeafletSection } from './leaflet.js';
export { leafletProtocol, type ClinicProtocol, type ProtocolDuration, type ProtocolOption } from './leaflet-protocol.js';
export { addDays, daysBetween, isIsoDate, todayIsoDate, MIN_YEAR, MAX_YEAR, type InvalidDate, type IsoDate } from './dates.js';
export {
  assessSuitability,
  faceAlternative,
  headlineOrder,
  suitabilityQuestions,
  suitabilityQuestionsFor,
  type AdviceKey,
  type Answer,
  type AssessOptions,
  type DatedQuestionId,
  type Finding,
  type FindingCategory,
  type Headline,
  type InvalidInput,
  type LocationAnswer,
  type QuestionId,
  type SuitabilityAnswers,
  type SuitabilityQuestion,
  type SuitabilityResult,
  type TimeWindow,
  type YesNoAnswer,
} from './suitability.js';
export { durationDays, type DurationUnit } from './durations.js';
export { areaRule, areaSizes, classifyArea, sessionsGuidance, type AreaResult, type AreaSize } from './area.js';
export {
  aftercareSchedule,
  phaseOn,
  type AftercareEntry,
  type AftercareId,
  type AftercareKind,
  type AftercarePhase,
  type AftercareSchedule,
  type AftercareStatus,
  type LeafletDuration,
} from './aftercare.js';
export { aftercareICalendar, type CalendarText, type ICalendarOptions } from './icalendar.js';
export {
  complicationGroups,
  complications,
  complicationsFor,
  type Complication,
  type ComplicationAction,
  type ComplicationGroup,
  type ComplicationId,
} from './complications.js';
export { warningSigns, type WarningSymptom } from './warning-signs.js';
export { appointmentEvents, appointmentEventsFor, type AppointmentEvent, type AppointmentEventId } from './appointment.js';
export { preparationSteps, type PreparationId, type PreparationPlan, type PreparationStep, type PreparationTiming } from './preparation.js';
