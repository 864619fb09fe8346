/**
 * The leaflet's complications, each with what the leaflet itself says about it. Deep vein thrombosis
 * and pulmonary embolism come first, with the warning signs; no grouping claims an outcome the
 * leaflet does not state ("settles by itself", "can be treated").
 */
import type { LeafletDuration } from './durations.js';
import type { LeafletRef } from './leaflet.js';
import { leafletProtocol, type ClinicProtocol } from './leaflet-protocol.js';

/**
 * How the list is divided, without promising an outcome:
 * - `urgent`: the complications the warning signs are about (get help straight away);
 * - `other`: every other complication the leaflet lists.
 */
export type ComplicationGroup = 'urgent' | 'other';

/** The groups in the order a patient should read them: the urgent one first. */
export const complicationGroups: readonly ComplicationGroup[] = Object.freeze(['urgent', 'other']);

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
 * What the leaflet says about a complication:
 * - `pigment-changes-can-last`: the colour changes can last up to `duration` (1 year);
 * - `avoid-sun-if-darker`: if the skin darkens, avoid sun for at least `duration` (aftercare/6);
 * - `laser-if-necessary`: it can be treated with laser if necessary;
 * - `clinic-may-advise-anti-inflammatories`: it responds well to anti-inflammatory medicines such as
 *   ibuprofen, which the clinic may advise (never as self-medication);
 * - `ask-the-clinic`: the leaflet gives no action, so the patient asks the clinic about the risk at
 *   the consultation, and contacts the clinic if worried after treatment;
 * - `warning-signs`: the warning signs (aftercare/7).
 */
export type ComplicationAction =
  | 'pigment-changes-can-last'
  | 'avoid-sun-if-darker'
  | 'laser-if-necessary'
  | 'clinic-may-advise-anti-inflammatories'
  | 'ask-the-clinic'
  | 'warning-signs';

/** One complication of the leaflet. */
export interface Complication {
  readonly id: ComplicationId;
  readonly group: ComplicationGroup;
  readonly action: ComplicationAction;
  /** The period the leaflet gives with the action, where it gives one. */
  readonly duration?: LeafletDuration;
  readonly ref: LeafletRef;
  /** Where the leaflet gives the action, when it is not in the same item. */
  readonly actionRef?: LeafletRef;
}

const complication = (
  id: ComplicationId,
  group: ComplicationGroup,
  action: ComplicationAction,
  ref: LeafletRef,
  more: { actionRef?: LeafletRef; duration?: LeafletDuration } = {},
): Complication =>
  Object.freeze({
    id,
    group,
    action,
    ...(more.duration ? { duration: Object.freeze(more.duration) } : {}),
    ref,
    ...(more.actionRef ? { actionRef: more.actionRef } : {}),
  });

const lists = new WeakMap<ClinicProtocol, readonly Complication[]>();

/**
 * Every complication the leaflet lists, the urgent one first, then the others in the leaflet's order,
 * with the period of the clinic's protocol where it sets one (sun avoidance if the skin darkens).
 */
export function complicationsFor(given?: ClinicProtocol | null): readonly Complication[] {
  const protocol = given ?? leafletProtocol;
  let list = lists.get(protocol);
  if (list) return list;
  list = Object.freeze([
    complication('dvt-and-pe', 'urgent', 'warning-signs', 'complications/8', { actionRef: 'aftercare/7' }),
    complication('irritation-and-pigment-changes', 'other', 'pigment-changes-can-last', 'complications/1', {
      duration: { amount: 1, unit: 'years' },
    }),
    complication('hyperpigmentation', 'other', 'avoid-sun-if-darker', 'complications/2', {
      actionRef: 'aftercare/6',
      duration: { ...protocol.aftercare.sunIfDarkened, atLeast: true },
    }),
    complication('ulceration-and-necrosis', 'other', 'ask-the-clinic', 'complications/3'),
    complication('allergic-reaction', 'other', 'ask-the-clinic', 'complications/4'),
    complication('low-blood-pressure', 'other', 'ask-the-clinic', 'complications/5'),
    complication('matting', 'other', 'laser-if-necessary', 'complications/6'),
    complication('superficial-thrombophlebitis', 'other', 'clinic-may-advise-anti-inflammatories', 'complications/7'),
  ]);
  lists.set(protocol, list);
  return list;
}

/** Every complication the leaflet lists, with the leaflet's periods. */
export const complications: readonly Complication[] = complicationsFor(leafletProtocol);
