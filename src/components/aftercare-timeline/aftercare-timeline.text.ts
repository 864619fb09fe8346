/**
 * The timeline's words: each aftercare entry of the core as a title, an instruction and a reason, the
 * names of its periods, and the same words for the calendar file. Every number comes from the core's
 * entry, formatted with `Intl`.
 */
import { msg, str } from '../../internal/localization.js';
import { type AftercareEntry, type AftercareSchedule, type CalendarText } from '../../core/rules.js';
import { formatAmount, formatAmountRange, formatDuration, formatNumber, pluralCategory } from '../../internal/format.js';
import { warningSignsText, type EmergencyService } from '../../internal/warning-signs.js';

/** The words of one entry: what to do, how, and why (where the leaflet says why). */
export interface Words {
  readonly title: string;
  readonly body: string;
  readonly why?: string;
}

/** A step of the timeline: the entries that share one period. */
export interface Step {
  readonly startDay: number;
  readonly endDay: number | null;
  readonly entries: readonly AftercareEntry[];
}

/** A period of an entry in words ("3 days", "1 week"), from the core. */
const period = (entry: AftercareEntry): string => (entry.duration ? formatDuration(entry.duration) : '');

/** The review window of the review entry in words ("4–6 weeks"), from the core (its days are whole weeks). */
const reviewWindow = (review: AftercareEntry): string =>
  formatAmountRange(review.startDay / 7, (review.endDay ?? review.startDay) / 7, 'weeks');

/** How often a day ("2 times a day"), in the plural form the language gives the number. */
const timesADay = (count: number): string => {
  const n = formatNumber(count);
  switch (pluralCategory(count)) {
    case 'zero':
      return msg(str`${n} times a day`, { id: 'times-a-day-zero' });
    case 'one':
      return msg(str`${n} time a day`, { id: 'times-a-day-one' });
    case 'two':
      return msg(str`${n} times a day`, { id: 'times-a-day-two' });
    case 'few':
      return msg(str`${n} times a day`, { id: 'times-a-day-few' });
    case 'many':
      return msg(str`${n} times a day`, { id: 'times-a-day-many' });
    default:
      return msg(str`${n} times a day`, { id: 'times-a-day-other' });
  }
};

/** The leaflet's aftercare in words; every number comes from the core's entry, formatted with `Intl`. */
export const words = (entry: AftercareEntry, service: EmergencyService): Words => {
  const better = msg('This helps your treatment work better.');
  switch (entry.id) {
    case 'remove-dressings':
      // The leaflet's day is the treatment day (at bedtime); a clinic's protocol may say a later day.
      return entry.startDay === 0
        ? {
            title: msg('Take off your dressings at bedtime'),
            body: msg('You can remove the dressings we put on when you go to bed on the night of your treatment.'),
          }
        : {
            title: msg('Take off your dressings'),
            body: msg(str`You can remove the dressings we put on ${formatAmount(entry.startDay, 'days')} after your treatment.`),
          };
    case 'stockings-day-and-night':
      return {
        title: msg('Wear your stockings day and night'),
        body: msg(str`Keep your compression stockings on overnight too, until ${period(entry)} after your treatment.`),
        why: better,
      };
    case 'stockings':
      return {
        title: msg('Wear your compression stockings'),
        body: msg(str`Wear them from straight after your treatment until ${period(entry)} after it.`),
        why: better,
      };
    case 'exercise':
      return {
        title: msg('Take some gentle exercise'),
        body: msg(
          str`For example, a walk or a gentle bike ride of ${formatAmount(entry.details?.minutes ?? 0, 'minutes')}, ${timesADay(entry.details?.timesPerDay ?? 0)}, until ${period(entry)} after your treatment. Do not make it too hard: that can undo the good it does.`,
        ),
        why: better,
      };
    case 'no-hot-baths':
      return {
        title: msg('No hot baths or showers'),
        body: msg(str`Use lukewarm water instead, until ${period(entry)} after your treatment.`),
      };
    case 'no-air-travel':
      return { title: msg('Do not fly'), body: msg(str`Avoid air travel for ${period(entry)} after your treatment.`) };
    case 'no-sun':
      return {
        title: msg('Keep your legs out of the sun'),
        body: msg(str`Avoid sun on your legs for ${period(entry)} after your treatment.`),
      };
    case 'review':
      return {
        title: msg('Your review appointment'),
        body: msg(
          str`Come to a review ${reviewWindow(entry)} after your treatment. Expect to need a second treatment session. For a small, uncomplicated area, one session may be enough.`,
        ),
      };
    case 'healing':
      return {
        title: msg('What is normal while you heal'),
        body: msg(
          'Healing can take several weeks. Your legs may feel tender, change colour or feel hard, or a mat of tiny red blood vessels may appear.',
        ),
        why: msg('This is normal and should go away by itself over a few months.'),
      };
    case 'sun-if-darkened':
      return {
        title: msg('If your skin turns darker'),
        body: msg(str`Keep your legs out of the sun for at least ${period(entry)} from when it turns darker.`),
      };
    case 'warning-signs':
      return { title: msg('Warning signs'), body: warningSignsText(service).lines.join(' ') };
  }
};

/** The name of a step's period, counted as everywhere in the timeline: from the treatment day (day 0). */
export const periodName = (step: Step): string => {
  const [first] = step.entries;
  if (step.endDay === 0) return msg('Your treatment day');
  if (step.endDay === null) return msg('While you heal');
  const review = step.entries.find((entry) => entry.id === 'review');
  if (review) return msg(str`${reviewWindow(review)} after your treatment`);
  if (step.startDay === 0 && first?.duration) return msg(str`Until ${period(first)} after your treatment`);
  // One day is one amount: Intl writes a range of one number as an approximation ("~2 days").
  const days = step.startDay === step.endDay ? formatAmount(step.endDay, 'days') : formatAmountRange(step.startDay, step.endDay, 'days');
  return msg(str`${days} after your treatment`);
};

/** The words of each calendar event: the same title, instruction and reason as on screen. */
export const calendarText =
  (service: EmergencyService) =>
  (entry: AftercareEntry): CalendarText => {
    const { title, body, why } = words(entry, service);
    return { summary: title, description: why ? `${body}\n${why}` : body };
  };

/** The timeline's steps: entries grouped by period, dated periods by end, open-ended ones last. */
export const stepsOf = (schedule: AftercareSchedule): readonly Step[] => {
  const steps: Step[] = [];
  for (const entry of schedule.entries) {
    if (entry.kind === 'warning-sign') continue; // always shown in the warning callout
    const step = steps.find((s) => s.startDay === entry.startDay && s.endDay === entry.endDay);
    if (step) (step.entries as AftercareEntry[]).push(entry);
    else steps.push({ startDay: entry.startDay, endDay: entry.endDay, entries: [entry] });
  }
  const end = (step: Step) => step.endDay ?? Infinity;
  return steps.sort((a, b) => end(a) - end(b) || a.startDay - b.startDay);
};
