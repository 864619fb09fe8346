/**
 * Periods as the leaflet words them ("for 1 week", "in the last 12 weeks", "for at least 12
 * months"). Elements format them for the reader's language with `Intl`; the core counts the ones
 * that have a fixed length in days.
 */

/** The units the leaflet counts in. */
export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

/** A period as the leaflet states it. */
export interface LeafletDuration {
  readonly amount: number;
  readonly unit: DurationUnit;
  /** "at least": the leaflet gives a minimum. */
  readonly atLeast?: true;
}

const DAYS: Partial<Record<DurationUnit, number>> = { days: 1, weeks: 7 };

/**
 * The whole days of a period in days or weeks (a week is 7 days), or `undefined` for months and
 * years, whose length in days depends on the calendar.
 */
export function durationDays(duration: LeafletDuration): number | undefined {
  const perUnit = DAYS[duration.unit];
  return perUnit === undefined ? undefined : duration.amount * perUnit;
}
