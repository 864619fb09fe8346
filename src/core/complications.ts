/**
 * The leaflet's complications, each with what to do about it, grouped by that action.
 */
import type { LeafletRef } from './leaflet.js';

/**
 * What to do, as a group:
 * - `settles`: usually settles by itself with time;
 * - `treatable`: the clinic can treat or manage it;
 * - `urgent`: seek urgent help (A&E).
 */
export type ComplicationGroup = 'settles' | 'treatable' | 'urgent';

/** The groups in the order a patient should read them: most serious first. */
export const complicationGroups: readonly ComplicationGroup[] = Object.freeze(['urgent', 'treatable', 'settles']);

/** The id of a complication. */
export type ComplicationId =
  | 'irritation-and-pigment-changes'
  | 'hyperpigmentation'
  | 'ulceration-and-necrosis'
  | 'allergic-reaction'
  | 'low-blood-pressure'
  | 'matting'
  | 'superficial-thrombophlebitis'
  | 'dvt-and-pe';

/**
 * What to do about a complication:
 * - `settles-within-a-year`: the leaflet says it lasts up to 1 year;
 * - `avoid-sun-12-months`: avoid sun on the legs for at least 12 months (aftercare/6);
 * - `laser-if-needed`: usually settles; can be treated with laser if necessary;
 * - `anti-inflammatories`: responds well to anti-inflammatory medicines such as ibuprofen;
 * - `contact-clinic`: the leaflet names no self-care, so the patient contacts the clinic;
 * - `go-to-a-and-e`: the warning signs: go to A&E (aftercare/7).
 */
export type ComplicationAction =
  | 'settles-within-a-year'
  | 'avoid-sun-12-months'
  | 'laser-if-needed'
  | 'anti-inflammatories'
  | 'contact-clinic'
  | 'go-to-a-and-e';

/** One complication of the leaflet. */
export interface Complication {
  readonly id: ComplicationId;
  readonly group: ComplicationGroup;
  readonly action: ComplicationAction;
  readonly ref: LeafletRef;
  /** Where the leaflet gives the action, when it is not in the same item. */
  readonly actionRef?: LeafletRef;
}

const complication = (
  id: ComplicationId,
  group: ComplicationGroup,
  action: ComplicationAction,
  ref: LeafletRef,
  actionRef?: LeafletRef,
): Complication => Object.freeze({ id, group, action, ref, ...(actionRef ? { actionRef } : {}) });

/** Every complication the leaflet lists, in the leaflet's order. */
export const complications: readonly Complication[] = Object.freeze([
  complication('irritation-and-pigment-changes', 'settles', 'settles-within-a-year', 'complications/1'),
  // Darkening is the "discolouration" that aftercare/8 says resolves by itself; the sun advice is aftercare/6.
  complication('hyperpigmentation', 'settles', 'avoid-sun-12-months', 'complications/2', 'aftercare/6'),
  complication('ulceration-and-necrosis', 'treatable', 'contact-clinic', 'complications/3'),
  complication('allergic-reaction', 'treatable', 'contact-clinic', 'complications/4'),
  complication('low-blood-pressure', 'treatable', 'contact-clinic', 'complications/5'),
  // A mat of tiny red vessels is "normal and should resolve spontaneously" (aftercare/8); laser if it does not.
  complication('matting', 'settles', 'laser-if-needed', 'complications/6', 'aftercare/8'),
  complication('superficial-thrombophlebitis', 'treatable', 'anti-inflammatories', 'complications/7'),
  complication('dvt-and-pe', 'urgent', 'go-to-a-and-e', 'complications/8', 'aftercare/7'),
]);
