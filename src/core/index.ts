/**
 * microsclerotherapy-widgets/core: the clinic leaflet's treatment rules as typed data and pure
 * functions. No DOM and no Lit: it runs in a browser, in Node and in a worker. It returns ids, keys,
 * numbers and dates, never English sentences; the elements turn them into localized words.
 */
export * from './rules.js';
export { leafletRefs } from './leaflet-refs.js';
export {
  fhirAftercareSystem,
  fhirAnswerSystem,
  fhirCanonicalBase,
  fhirConditionExtension,
  fhirLeafletRefExtension,
  fhirLeafletShaExtension,
  fhirPlanDefinitionUrl,
  fhirQuestionnaireUrl,
  fromFhirQuestionnaireResponse,
  toFhirCarePlan,
  toFhirPlanDefinition,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type FhirAftercareOptions,
  type FhirAnswers,
  type FhirCarePlanOptions,
  type FhirLinkId,
  type FhirQuestionnaireOptions,
  type FhirResponseOptions,
} from './fhir.js';
export type { FhirQuestionnaireResponseJson } from './fhir-json.js';
export { parseProtocol, protocolSchema, type ProtocolError, type ProtocolResult } from './protocol.js';
