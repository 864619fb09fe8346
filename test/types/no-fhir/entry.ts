// Every entry point of the package but the core, and the framework declarations, in an application
// without @types/fhir (tsconfig.json beside this file). Type-only: nothing runs.
import type * as all from 'microsclerotherapy-widgets';
import type * as cdn from 'microsclerotherapy-widgets/cdn';
import type * as suitabilityChecker from 'microsclerotherapy-widgets/suitability-checker';
import type * as areaSizeGuide from 'microsclerotherapy-widgets/area-size-guide';
import type * as aftercareTimeline from 'microsclerotherapy-widgets/aftercare-timeline';
import type * as complicationsList from 'microsclerotherapy-widgets/complications-list';
import type * as preparationChecklist from 'microsclerotherapy-widgets/preparation-checklist';
import type {} from 'microsclerotherapy-widgets/types/react';
import type {} from 'microsclerotherapy-widgets/types/preact';
import type {} from 'microsclerotherapy-widgets/types/vue';

export type Elements = [
  all.SuitabilityChecker,
  cdn.SuitabilityChecker,
  areaSizeGuide.AreaSizeGuide,
  aftercareTimeline.AftercareTimeline,
  complicationsList.ComplicationsList,
  preparationChecklist.PreparationChecklist,
];

/** The event's QuestionnaireResponse is plain JSON: its resource type, and any other field as unknown. */
export const resourceType = (detail: suitabilityChecker.SuitabilityChangeDetail): 'QuestionnaireResponse' | undefined =>
  detail.fhirQuestionnaireResponse?.resourceType;
export const status = (detail: all.SuitabilityChangeDetail): unknown => detail.fhirQuestionnaireResponse?.status;
