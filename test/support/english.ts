/** Words as Intl writes them in the elements' English (en-GB), worked out here rather than with the library's code. */

/** "4–6 weeks", with whatever range dash Intl gives. */
export const weeksRange = (from: number, to: number): string =>
  new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'week', unitDisplay: 'long' }).formatRange(from, to);

/** A calendar date in words ("15 January 2026"), as the governance footer writes it. */
export const longDate = (year: number, month: number, day: number): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
