/**
 * The checklist's words: each preparation step of the core as a title and a reason, when it applies
 * (from the appointment date and time), and what happens at the appointment. Every number comes from
 * the core's step, formatted with `Intl`.
 */
import { msg, str } from '../../internal/localization.js';
import type { AppointmentEventId, IsoDate, PreparationId, PreparationStep } from '../../core/rules.js';
import type { ClockTime } from '../../internal/attributes.js';
import { dateFormat, formatAmount, formatDate, formatNumber } from '../../internal/format.js';

/** A clock time in the active locale, as given (no time-zone conversion). */
const formatTime = ({ hours, minutes }: ClockTime): string =>
  dateFormat({ hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hours, minutes));

/**
 * A day in words without the year ("Tuesday 14 April"). Built from two parts, because engines format
 * the weekday with the day and month differently ("Tuesday, 14 April" in WebKit); translators order them.
 */
const day = (date: IsoDate): string => {
  const weekday = formatDate(date, { weekday: 'long' });
  const dayAndMonth = formatDate(date, { day: 'numeric', month: 'long' });
  return msg(str`${weekday} ${dayAndMonth}`, { desc: 'A day: the weekday, then the day and month (Tuesday 14 April).' });
};

/** What the leaflet asks the patient to do (or, for an optional step, what they may choose to do). */
export const title = (step: PreparationStep): string =>
  ({
    'buy-compression-hosiery': msg(
      str`Buy class ${formatNumber(step.details?.compressionClass ?? 0)} compression stockings and bring them with you`,
    ),
    'stockings-from-clinic': msg(
      str`The clinic gives you class ${formatNumber(step.details?.compressionClass ?? 0)} compression stockings at your appointment`,
    ),
    'no-shaving': msg(
      str`Do not shave your legs for ${formatAmount(step.timing.kind === 'hours-before' ? step.timing.hours : 0, 'hours')} before your appointment`,
    ),
    'no-moisturiser': msg('Do not put moisturiser or lotion on your legs on the day'),
    'shorts-or-swimming-costume': msg('You can wear shorts or a swimming costume for your treatment, if you like'),
    'paracetamol-if-worried': msg('If you are worried about discomfort, you can take some paracetamol before your appointment'),
  })[step.id];

/** What happens at the appointment, in the leaflet's words (information, not steps to tick). */
export const appointmentText = (id: AppointmentEventId): string =>
  ({
    'medical-history': msg('The clinic asks about your medical history.'),
    examination: msg('The clinic examines you.'),
    photographs: msg('The clinic takes photographs of the area to be treated, as a record of how it looks before treatment.'),
    'referral-if-varicose-veins': msg(
      'If the clinic thinks you may have varicose veins, it refers you to a vascular surgeon (a doctor who treats veins) to check that treatment is suitable for you.',
    ),
    'lie-on-couch': msg('For the treatment, you take off your trousers or skirt and lie on your side on a couch.'),
    cleaning: msg('The area to be treated is cleaned with an alcohol solution.'),
    injections: msg('The veins are treated with several injections through tiny needles.'),
    'dressings-and-stockings': msg('Dressings are put on, and you put on the compression stockings you brought with you.'),
    'dressings-and-clinic-stockings': msg('Dressings are put on, and you put on the compression stockings the clinic gives you.'),
  })[id];

/** Why a step matters, or what it means, in the leaflet's words. */
export const explanation = (id: PreparationId): string =>
  ({
    'buy-compression-hosiery': msg(
      'Compression stockings are also called compression hosiery. You can buy them over the counter in most pharmacies. You will put them on after the treatment.',
    ),
    'stockings-from-clinic': msg('Compression stockings are also called compression hosiery. You will put them on after the treatment.'),
    'no-shaving': msg(
      'The alcohol-based cleaning liquid used before the injections can irritate skin that was shaved recently. Cuts from shaving can also hide some of the veins you want treated.',
    ),
    'no-moisturiser': msg('This means any cream or lotion on the skin of your legs.'),
    'shorts-or-swimming-costume': msg('You will be asked to take off your trousers or skirt for the treatment.'),
    'paracetamol-if-worried': msg('Most people find the treatment comfortable, because the needles are tiny.'),
  })[id];

/** When a step applies, in words, for a dated plan. */
export const when = (step: PreparationStep, time: ClockTime | undefined): string | undefined => {
  if (step.until === null) return undefined;
  const on = day(step.until);
  const at = time ? formatTime(time) : undefined;
  switch (step.timing.kind) {
    case 'before':
      return at ? msg(str`Before your appointment at ${at} on ${on}.`) : msg(str`Before your appointment on ${on}.`);
    case 'hours-before': {
      if (step.from === null) return undefined;
      const from = day(step.from);
      return at && step.timing.hours % 24 === 0
        ? msg(str`From ${at} on ${from}.`)
        : msg(str`From ${from}, ${formatAmount(step.timing.hours, 'hours')} before your appointment.`);
    }
    case 'on-the-day':
      return at ? msg(str`On ${on}, before your appointment at ${at}.`) : msg(str`On ${on}, the day of your appointment.`);
  }
};
