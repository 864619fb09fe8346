/**
 * The leaflet's aftercare, with the numbers of the clinic's protocol, as a schedule counted in days after the treatment day (day 0), dated when
 * a treatment date is given. One way of counting everywhere: day N is N days after the treatment day,
 * and a window "for N days/weeks after treatment" runs from the treatment day to N days/weeks after
 * it, inclusive. All dates are calendar dates, so the schedule is the same in every time zone.
 */
import { addDays, dayNumber, invalidDate, type InvalidDate, type IsoDate } from './dates.js';
import { durationDays, type LeafletDuration } from './durations.js';
import type { LeafletRef } from './leaflet.js';
import { protocolOf, type ClinicProtocol, type ProtocolDuration, type ProtocolOption } from './leaflet-protocol.js';

export type { LeafletDuration } from './durations.js';

/** The id of an aftercare entry. */
export type AftercareId =
  | 'remove-dressings'
  | 'stockings-day-and-night'
  | 'stockings'
  | 'exercise'
  | 'no-hot-baths'
  | 'no-air-travel'
  | 'no-sun'
  | 'review'
  | 'healing'
  | 'sun-if-darkened'
  | 'warning-signs';

/**
 * What kind of entry it is:
 * - `instruction`: something to do once, on one day;
 * - `window`: something to do, or avoid, every day of a period;
 * - `review`: the window in which to attend the review appointment;
 * - `healing`: what is normal while the legs heal;
 * - `warning-sign`: what to act on at any time.
 */
export type AftercareKind = 'instruction' | 'window' | 'review' | 'healing' | 'warning-sign';

/** One aftercare instruction of the leaflet. */
export interface AftercareEntry {
  readonly id: AftercareId;
  readonly kind: AftercareKind;
  /** First day it applies, counted from the treatment day (day 0). */
  readonly startDay: number;
  /** Last day it applies (inclusive), or `null` when the leaflet gives no end. */
  readonly endDay: number | null;
  /**
   * `startDay` as a date, or `null` in a schedule without a treatment date, and always `null` for a
   * conditional entry: it runs from when its condition happens, which no date can tell.
   */
  readonly start: IsoDate | null;
  /** `endDay` as a date, or `null` without a treatment date, without an end, or for a conditional entry. */
  readonly end: IsoDate | null;
  /** The period as the leaflet words it, where it gives one. */
  readonly duration?: LeafletDuration;
  /** Applies only if this happens (the skin darkens), and from when it happens. */
  readonly condition?: 'skin-darkening';
  /** Figures the leaflet gives for the entry (for example minutes and times a day). */
  readonly details?: Readonly<Record<string, number>>;
  readonly ref: LeafletRef;
}

type Plan = Omit<AftercareEntry, 'start' | 'end'>;

const plans = new WeakMap<ClinicProtocol, readonly Plan[]>();

/** A window of the protocol that runs from the treatment day. */
const fromTreatment = (id: AftercareId, duration: ProtocolDuration, ref: LeafletRef, more: Pick<Plan, 'details'> = {}): Plan => ({
  id,
  kind: 'window',
  startDay: 0,
  endDay: durationDays(duration)!,
  duration,
  ...more,
  ref,
});

/** The aftercare of a protocol, undated: the leaflet's entries with the protocol's numbers. */
function planOf(protocol: ClinicProtocol): readonly Plan[] {
  let plan = plans.get(protocol);
  if (plan) return plan;
  const { removeDressingsDay, stockings, stockingsDayAndNight, exercise, noHotBaths, noAirTravel, noSun, sunIfDarkened, review } =
    protocol.aftercare;
  const week = 7;
  plan = [
    { id: 'remove-dressings', kind: 'instruction', startDay: removeDressingsDay, endDay: removeDressingsDay, ref: 'aftercare/1' },
    fromTreatment('stockings-day-and-night', stockingsDayAndNight, 'aftercare/3'),
    fromTreatment('stockings', stockings, 'aftercare/3'),
    fromTreatment('exercise', exercise.duration, 'aftercare/2', {
      details: { minutes: exercise.minutes, timesPerDay: exercise.timesPerDay },
    }),
    fromTreatment('no-hot-baths', noHotBaths, 'aftercare/4'),
    fromTreatment('no-air-travel', noAirTravel, 'aftercare/9'),
    fromTreatment('no-sun', noSun, 'aftercare/5'),
    { id: 'review', kind: 'review', startDay: review.fromWeeks * week, endDay: review.toWeeks * week, ref: 'sessions/1' },
    { id: 'healing', kind: 'healing', startDay: 0, endDay: null, ref: 'aftercare/8' },
    {
      id: 'sun-if-darkened',
      kind: 'window',
      startDay: 0,
      endDay: null,
      duration: { ...sunIfDarkened, atLeast: true },
      condition: 'skin-darkening',
      ref: 'aftercare/6',
    },
    { id: 'warning-signs', kind: 'warning-sign', startDay: 0, endDay: null, ref: 'aftercare/7' },
  ];
  plans.set(protocol, plan);
  return plan;
}

/** An aftercare schedule: every entry, dated when a treatment date was given. */
export interface AftercareSchedule {
  readonly ok: true;
  /** The treatment date, or `null` for a schedule in relative days only. */
  readonly treatmentDate: IsoDate | null;
  /** Every aftercare entry of the leaflet, ordered by start day, then end day. */
  readonly entries: readonly AftercareEntry[];
  /** The last day of the last entry that has an end (the end of the schedule). */
  readonly lastDay: number;
}

const deepFreeze = <T extends object>(value: T): T => {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner as object);
  return Object.freeze(value);
};

/**
 * The aftercare schedule from a treatment date (`YYYY-MM-DD`), or in relative days when no date is
 * given, with the numbers of the clinic's protocol (`options.protocol`, the leaflet's by default).
 * An invalid date returns an `InvalidDate` result; nothing throws.
 */
export function aftercareSchedule(treatmentDate?: IsoDate | null, options: ProtocolOption = {}): AftercareSchedule | InvalidDate {
  const plan = planOf(protocolOf(options));
  const dated = treatmentDate !== undefined && treatmentDate !== null;
  if (dated && dayNumber(treatmentDate) === undefined) return invalidDate(treatmentDate);
  const on = (day: number | null) => (dated && day !== null ? (addDays(treatmentDate, day) ?? null) : null);
  const entries = [...plan]
    .sort((a, b) => a.startDay - b.startDay || (a.endDay ?? Infinity) - (b.endDay ?? Infinity))
    .map((entry) =>
      entry.condition ? { ...entry, start: null, end: null } : { ...entry, start: on(entry.startDay), end: on(entry.endDay) },
    );
  const lastDay = Math.max(...plan.map((entry) => entry.endDay ?? 0));
  return deepFreeze({ ok: true as const, treatmentDate: dated ? treatmentDate : null, entries, lastDay });
}

/**
 * Where a day falls: before the treatment, during the dated aftercare, or after its last dated day
 * (`after`: the advice without an end, such as the warning signs, still applies).
 */
export type AftercareStatus = 'before' | 'during' | 'after';

/** What applies on one day, from `phaseOn`. */
export interface AftercarePhase {
  readonly ok: true;
  readonly date: IsoDate;
  /** Days since the treatment day (negative before it, 0 on it). */
  readonly day: number;
  readonly status: AftercareStatus;
  /** The entries that apply on that day, including those without an end (never before treatment). */
  readonly entries: readonly AftercareEntry[];
}

/**
 * Which entries of a dated schedule apply on `date`. Returns an `InvalidDate` result for an invalid
 * date, or for a schedule without a treatment date.
 */
export function phaseOn(schedule: AftercareSchedule, date: IsoDate): AftercarePhase | InvalidDate {
  const target = dayNumber(date);
  const treatment = dayNumber(schedule.treatmentDate);
  if (target === undefined) return invalidDate(date);
  if (treatment === undefined) return invalidDate(schedule.treatmentDate);
  const day = target - treatment;
  const status: AftercareStatus = day < 0 ? 'before' : day > schedule.lastDay ? 'after' : 'during';
  const entries = schedule.entries.filter((entry) => day >= entry.startDay && (entry.endDay === null || day <= entry.endDay));
  return Object.freeze({ ok: true, date, day, status, entries: Object.freeze(entries) });
}
