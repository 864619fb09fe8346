/**
 * The words of `<suitability-checker>`'s questions: each question of the core in plain English, why
 * it is asked (the leaflet's own reason, or "the clinic needs to know" where the leaflet gives none)
 * and its answers. The words shown only after an answer (the date fields, the summary and the
 * result) are in ./answers-views.text.ts. The core gives the ids and keys; this maps them to
 * localized text. Nothing here decides anything.
 */
import { msg, str } from '../../internal/localization.js';
import { formatDuration } from '../../internal/format.js';
import type { Answer, QuestionId, SuitabilityQuestion } from '../../core/rules.js';

/**
 * The question as the patient reads it, with its window from the core ("2 weeks", "12 weeks"). Each
 * is asked positively, so "Yes" never means "I cannot". (This module imports no value from the core:
 * it is shared by the element and its on-demand views, and the script-tag bundle stays one file.)
 */
export const questionText = (question: SuitabilityQuestion): string => {
  const period = question.window ? formatDuration(question.window) : '';
  switch (question.id) {
    case 'location':
      return msg('Where are the thread veins you would like treated?');
    case 'pregnant-or-breastfeeding':
      return msg('Are you pregnant or breastfeeding?');
    case 'current-infection':
      return msg('Do you have an infection at the moment?');
    case 'antibiotics':
      return msg(str`Have you taken antibiotics in the last ${period}?`);
    case 'varicose-veins':
      return msg('Do you have varicose veins?');
    case 'dvt-or-pe':
      return msg('Have you ever had a blood clot in a deep vein (deep vein thrombosis, DVT) or in your lungs (pulmonary embolism, PE)?');
    case 'clotting-condition':
      return msg('Do you have a medical condition that makes blood clots more likely, such as Factor V Leiden or cancer?');
    case 'skin-changes':
      return msg('Do you have skin changes around your thread veins, such as darker skin, eczema or skin ulcers?');
    case 'thrombophlebitis':
      return msg(str`Have you had inflamed leg veins (thrombophlebitis) in the last ${period}?`);
    case 'able-to-walk':
      return msg('Can you walk?');
    case 'heart-problem':
      return msg(str`Have you had a heart problem in the last ${period}?`);
    case 'tamoxifen':
      return msg('Do you take Tamoxifen at the moment?');
    case 'disulfiram':
      return msg('Do you take Disulfiram at the moment?');
  }
};

/** Why the clinic asks: the leaflet's own reason, or that the clinic needs to know where it gives none. */
export const whyWeAsk = (id: QuestionId): string => {
  switch (id) {
    case 'location':
      return msg(
        'Microsclerotherapy is a treatment for thread veins on the legs. It is not used on the face, because there it is unsafe: in the most severe cases it can cause blindness.',
      );
    case 'varicose-veins':
      return msg(
        'If you have varicose veins as well as thread veins, the varicose veins need treatment first. The high pressure in your veins would stop the treatment of the thread veins from working. A vascular surgeon (a doctor who treats veins) checks varicose veins.',
      );
    case 'tamoxifen':
      return msg('Tamoxifen increases the risk of inflammation of the blood vessels.');
    case 'disulfiram':
      return msg(
        'Some of the liquids used for the injections contain alcohol. Alcohol can cause unwanted symptoms while you take Disulfiram.',
      );
    default:
      return msg('The clinic needs to know this before your treatment.');
  }
};

/** The words of an answer option. */
export const answerText = (answer: Answer): string =>
  ({
    yes: msg('Yes'),
    no: msg('No'),
    unsure: msg('Not sure'),
    legs: msg('On my legs'),
    face: msg('On my face'),
    both: msg('On my legs and my face'),
  })[answer];

/** The reminder shown before the first question and with the result. */
export const disclaimerText = (): string =>
  msg(
    'This is not a medical assessment. Your clinician checks suitability at your consultation. Do not stop or change any medicine because of this.',
  );

/** The treatment the clinic offers for thread veins on the face instead (`face-alternative`). */
export const faceAlternativeText = (clinic: string, alternative: string): string =>
  msg(str`For thread veins on the face, ${clinic} offers ${alternative} instead.`);
