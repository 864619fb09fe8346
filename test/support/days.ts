/** Counting days after a treatment, for the <aftercare-timeline> tests: worked out here, not with the library's code. */

/** `date` plus `days` calendar days, from UTC dates. */
export const plusDays = (date: string, days: number): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/**
 * The days after the treatment that a step's heading names, read as a patient reads it: first and
 * last day (day 0 is the treatment day), or undefined for a heading that names no period.
 */
export const periodOf = (heading: string): [number, number] | undefined => {
  if (heading === 'Your treatment day') return [0, 0];
  const until = /^Until (\d+) (day|week)s? after your treatment$/.exec(heading);
  if (until) return [0, Number(until[1]) * (until[2] === 'week' ? 7 : 1)];
  const range = /^(\d+)\D+?(\d+) weeks after your treatment$/.exec(heading);
  if (range) return [Number(range[1]) * 7, Number(range[2]) * 7];
  return undefined;
};
