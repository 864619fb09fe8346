/**
 * The warning signs after treatment: the one place they are defined, so that every element, the
 * printout and the calendar file say the same thing.
 */
import type { LeafletRef } from './leaflet.js';

/** A symptom that sends the patient to A&E. */
export type WarningSymptom = 'leg-swelling' | 'shortness-of-breath';

/** Leg swelling or shortness of breath: go to A&E (Accident & Emergency) to rule out a blood clot. */
export const warningSigns = Object.freeze({
  symptoms: Object.freeze(['leg-swelling', 'shortness-of-breath']),
  action: 'go-to-a-and-e',
  reason: 'rule-out-blood-clot',
  ref: 'aftercare/7',
} as const satisfies {
  symptoms: readonly WarningSymptom[];
  action: string;
  reason: string;
  ref: LeafletRef;
});
