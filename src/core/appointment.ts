/**
 * What happens at the appointment, in the leaflet's order: information for the patient, not steps
 * to do. The elements turn each id into localized words.
 */
import type { LeafletRef } from './leaflet.js';
import { leafletProtocol, type ClinicProtocol } from './leaflet-protocol.js';

/** The id of something that happens at the appointment. */
export type AppointmentEventId =
  | 'medical-history'
  | 'examination'
  | 'photographs'
  | 'referral-if-varicose-veins'
  | 'lie-on-couch'
  | 'cleaning'
  | 'injections'
  | 'dressings-and-stockings'
  | 'dressings-and-clinic-stockings';

/** One thing that happens at the appointment, with where the leaflet says it. */
export interface AppointmentEvent {
  readonly id: AppointmentEventId;
  /** Happens only if this is so (the clinic suspects varicose veins). */
  readonly condition?: 'varicose-veins-suspected';
  readonly ref: LeafletRef;
}

const event = (id: AppointmentEventId, ref: LeafletRef, condition?: 'varicose-veins-suspected'): AppointmentEvent =>
  Object.freeze({ id, ref, ...(condition ? { condition } : {}) });

/**
 * What happens at the appointment, in the leaflet's order. With a protocol whose clinic supplies the
 * stockings, the patient puts on the stockings the clinic gives (`dressings-and-clinic-stockings`)
 * instead of the ones they brought.
 */
export function appointmentEventsFor(given?: ClinicProtocol | null): readonly AppointmentEvent[] {
  const protocol = given ?? leafletProtocol;
  if (!protocol.preparation.clinicSuppliesStockings) return appointmentEvents;
  return Object.freeze([...appointmentEvents.slice(0, -1), event('dressings-and-clinic-stockings', 'appointment/2')]);
}

/** What happens at the appointment: first the consultation, then the treatment. */
export const appointmentEvents: readonly AppointmentEvent[] = Object.freeze([
  event('medical-history', 'appointment/1'),
  event('examination', 'appointment/1'),
  event('photographs', 'appointment/1'),
  event('referral-if-varicose-veins', 'appointment/1', 'varicose-veins-suspected'),
  event('lie-on-couch', 'appointment/2'),
  event('cleaning', 'appointment/2'),
  event('injections', 'appointment/2'),
  event('dressings-and-stockings', 'appointment/2'),
]);
