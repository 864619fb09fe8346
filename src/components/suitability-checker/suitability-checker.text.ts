/**
 * The words of `<suitability-checker>`: each question of the core in plain English, why it is asked
 * (the leaflet's own reason, or "the clinic needs to know" where the leaflet gives none), and the
 * fixed, leaflet-based advice of each finding. The core gives the ids and keys; this maps them to
 * localized text. Nothing here decides anything.
 */
import { msg } from '../../internal/localization.js';
import type { AdviceKey, Answer, DatedQuestionId, FindingCategory, Headline, QuestionId } from '../../core/rules.js';

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

/** A short name of what a question is about, for the result and the list of unanswered questions. */
export const topic = (id: QuestionId): string =>
  ({
    location: msg('Thread veins on the face'),
    'pregnant-or-breastfeeding': msg('Pregnancy or breastfeeding'),
    infection: msg('An infection or recent antibiotics'),
    'varicose-veins': msg('Varicose veins'),
    'dvt-or-pe': msg('A deep vein thrombosis (DVT) or pulmonary embolism (PE) in the past'),
    'clotting-condition': msg('A condition that makes blood clots more likely'),
    'skin-changes': msg('Skin changes around your thread veins'),
    thrombophlebitis: msg('Inflamed leg veins (thrombophlebitis) in the last 12 weeks'),
    'unable-to-walk': msg('Being unable to walk'),
    'heart-problem': msg('A heart problem in the last 12 weeks'),
    tamoxifen: msg('Taking Tamoxifen'),
    disulfiram: msg('Taking Disulfiram'),
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

/** What a finding's category means for booking, as a text label (never a colour). */
export const categoryLabel = (category: FindingCategory): string =>
  ({
    wait: msg('Treatment may need to wait'),
    'talk-to-clinic': msg('Tell the clinic before you book'),
    'varicose-veins-first': msg('Varicose veins first'),
    'not-offered': msg('Not offered'),
  })[category];

/** The fixed, leaflet-based advice of each finding. */
export const adviceText = (advice: AdviceKey): string =>
  ({
    'face-not-offered': msg(
      'Microsclerotherapy is not offered for thread veins on the face. It is unsafe there and, in the most severe cases, can cause blindness.',
    ),
    'wait-pregnancy-breastfeeding': msg(
      'Treatment may need to wait while you are pregnant or breastfeeding. Tell the clinic.',
    ),
    'wait-infection-antibiotics': msg(
      'Treatment may need to wait until your infection has gone and 2 weeks have passed since your last antibiotics.',
    ),
    'varicose-veins-treated-first': msg(
      'Varicose veins need treatment before thread veins. If the clinic thinks you may have varicose veins, it will refer you to a vascular surgeon to check them first.',
    ),
    'tell-clinic-dvt-pe': msg(
      'Tell the clinic before you book that you have had a deep vein thrombosis (DVT) or pulmonary embolism (PE).',
    ),
    'tell-clinic-clotting-condition': msg(
      'Tell the clinic before you book that you have a condition that makes blood clots more likely.',
    ),
    'tell-clinic-skin-changes': msg('Tell the clinic before you book about the skin changes around your thread veins.'),
    'wait-thrombophlebitis': msg(
      'Treatment may need to wait until 12 weeks have passed since your inflamed leg veins (thrombophlebitis).',
    ),
    'tell-clinic-unable-to-walk': msg('Tell the clinic before you book that you are unable to walk.'),
    'wait-heart-problem': msg('Treatment may need to wait until 12 weeks have passed since your heart problem.'),
    'tell-clinic-tamoxifen': msg(
      'Tell the clinic before you book that you take Tamoxifen. Tamoxifen increases the risk of inflammation of the blood vessels.',
    ),
    'tell-clinic-disulfiram': msg(
      'Tell the clinic before you book that you take Disulfiram. Some of the liquids used for the injections contain alcohol.',
    ),
  })[advice];

/** The first sentence of the result, from the core's headline. Never a verdict. */
export const headlineText = (headline: Headline): string =>
  ({
    'no-concerns-found': msg('Nothing in your answers stops you booking a consultation.'),
    incomplete: msg('Some questions are not answered yet. Answer them to see everything to tell the clinic.'),
    wait: msg('Some of your answers mean your treatment may need to wait. Tell the clinic about them.'),
    'talk-to-clinic': msg(
      'Some of your answers need to be talked about with the clinic before you book. The clinic may need to take extra care, or may not be able to treat you.',
    ),
    'varicose-veins-first': msg(
      'Your answers mention varicose veins. Varicose veins need to be checked, and treated, before thread veins.',
    ),
    'not-offered': msg('The clinic does not offer microsclerotherapy for thread veins on the face.'),
  })[headline];
