/**
 * A FHIR R4 QuestionnaireResponse as plain JSON, typed loosely: what the element's event carries
 * and its form submits. It needs no `@types/fhir`, so an application that never uses FHIR compiles
 * without it; the core's FHIR functions (./fhir.ts) give the full `QuestionnaireResponse` type.
 */
export interface FhirQuestionnaireResponseJson {
  readonly resourceType: 'QuestionnaireResponse';
  readonly [field: string]: unknown;
}
