/**
 * The words of `<suitability-checker>`'s questions: each question of the core in plain English, why
 * it is asked (the leaflet's own reason, or "the clinic needs to know" where the leaflet gives none),
 * its answers and date fields. The words of the result are in ./result.text.ts. The core gives the
 * ids and keys; this maps them to localized text. Nothing here decides anything.
 */
import { msg } from '../../internal/localization.js';
import type { Answer, DatedQuestionId, QuestionId } from '../../core/rules.js';

/** The question as the patient reads it. */
export const questionText = (id: QuestionId): string =>
  ({
    location: msg('Where are the thread veins you would like treated?'),
    'pregnant-or-breastfeeding': msg('Are you pregnant or breastfeeding?'),
    infection: msg('Do you have an infection now, or have you taken antibiotics in the last 2 weeks?'),
    'varicose-veins': msg('Do you have varicose veins?'),
    'dvt-or-pe': msg(
      'Have you ever had a blood clot in a deep vein (deep vein thrombosis, DVT) or in your lungs (pulmonary embolism, PE)?',
    ),
    'clotting-condition': msg(
      'Do you have a medical condition that makes blood clots more likely, such as Factor V Leiden or cancer?',
    ),
    'skin-changes': msg(
      'Do you have skin changes around your thread veins, such as darker skin, eczema or skin ulcers?',
    ),
    thrombophlebitis: msg('Have you had inflamed leg veins (thrombophlebitis) in the last 12 weeks?'),
    'unable-to-walk': msg('Are you unable to walk?'),
    'heart-problem': msg('Have you had a heart problem in the last 12 weeks?'),
    tamoxifen: msg('Do you take Tamoxifen at the moment?'),
    disulfiram: msg('Do you take Disulfiram at the moment?'),
  })[id];

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

/** The label of the optional date field of a time-limited question. */
export const dateLabel = (id: DatedQuestionId): string =>
  ({
    infection: msg('When did you last take antibiotics? (optional)'),
    thrombophlebitis: msg('When did you last have inflamed leg veins? (optional)'),
    'heart-problem': msg('When did you have the heart problem? (optional)'),
  })[id];

/** The hint under a date field. */
export const dateHint = (id: DatedQuestionId): string =>
  id === 'infection'
    ? msg('Leave this empty if you still have an infection or still take antibiotics.')
    : msg('If you give the date, you will see the earliest date the clinic could treat you.');
