/**
 * The words `<suitability-checker>` shows only after the patient has answered, loaded with its views
 * (./answers-views.ts): the date field of a time-limited question and when the leaflet's time limit
 * ends, a short name of what each question is about, what a finding's category means, the fixed,
 * leaflet-based advice of each finding and the result's first sentence. The core gives the keys;
 * this maps them to localized text. Nothing here decides anything.
 */
import { msg, str } from '../../internal/localization.js';
import {
  type AdviceKey,
  type DatedQuestionId,
  type FindingCategory,
  type Headline,
  type QuestionId,
  type SuitabilityQuestion,
  type TimeWindow,
} from '../../core/rules.js';
import { formatDate, formatDuration } from '../../internal/format.js';

/** The time limit of a dated question, in words ("2 weeks"), as the clinic's protocol sets it. */
const period = (id: DatedQuestionId, questions: readonly SuitabilityQuestion[]): string => {
  const window = questions.find((q) => q.id === id)?.window;
  return window ? formatDuration(window) : '';
};

/** The label of the optional date field of a time-limited question. */
export const dateLabel = (id: DatedQuestionId): string =>
  ({
    antibiotics: msg('When did you take your last dose of antibiotics? (optional)'),
    thrombophlebitis: msg('When did you last have inflamed leg veins? (optional)'),
    'heart-problem': msg('When did you have the heart problem? (optional)'),
  })[id];

/** The hint under a date field. */
export const dateHint = (id: DatedQuestionId): string =>
  id === 'antibiotics'
    ? msg('Leave this empty if you are still taking antibiotics. If you give the date, you will see when the leaflet’s time limit ends.')
    : msg('If you give the date, you will see when the leaflet’s time limit ends.');

/**
 * When the leaflet's time limit ends, from the date the patient gave: a fact about the leaflet's
 * window, never a date of treatment. The clinic decides when treatment can go ahead.
 */
export const windowEndText = (window: TimeWindow): string => {
  const period = formatDuration(window.window);
  const date = formatDate(window.lastDay);
  return window.over
    ? msg(
        str`The leaflet’s time limit is ${period}. From the date you gave, it ended on ${date}. Still tell the clinic about it: the clinic decides when you can be treated.`,
      )
    : msg(
        str`The leaflet’s time limit is ${period}. From the date you gave, it ends on ${date}. The clinic decides when you can be treated.`,
      );
};

/** A short name of what a question is about, for the result and the list of unanswered questions. */
export const topic = (id: QuestionId, questions: readonly SuitabilityQuestion[]): string => {
  switch (id) {
    case 'location':
      return msg('Thread veins on the face');
    case 'pregnant-or-breastfeeding':
      return msg('Pregnancy or breastfeeding');
    case 'current-infection':
      return msg('An infection at the moment');
    case 'antibiotics':
      return msg(str`Antibiotics in the last ${period(id, questions)}`);
    case 'varicose-veins':
      return msg('Varicose veins');
    case 'dvt-or-pe':
      return msg('A deep vein thrombosis (DVT) or pulmonary embolism (PE) in the past');
    case 'clotting-condition':
      return msg('A condition that makes blood clots more likely');
    case 'skin-changes':
      return msg('Skin changes around your thread veins');
    case 'thrombophlebitis':
      return msg(str`Inflamed leg veins (thrombophlebitis) in the last ${period(id, questions)}`);
    case 'able-to-walk':
      return msg('Walking');
    case 'heart-problem':
      return msg(str`A heart problem in the last ${period(id, questions)}`);
    case 'tamoxifen':
      return msg('Taking Tamoxifen');
    case 'disulfiram':
      return msg('Taking Disulfiram');
  }
};

/** What a finding's category means for booking, as a text label (never a colour). */
export const categoryLabel = (category: FindingCategory): string =>
  ({
    wait: msg('Treatment may need to wait'),
    'talk-to-clinic': msg('Tell the clinic before you book'),
    'varicose-veins-first': msg('Varicose veins first'),
    'not-offered': msg('Not offered'),
  })[category];

/** The fixed, leaflet-based advice of each finding; periods come from the core. */
export const adviceText = (advice: AdviceKey, questions: readonly SuitabilityQuestion[]): string => {
  switch (advice) {
    case 'face-not-offered':
      return msg(
        'Microsclerotherapy is not offered for thread veins on the face. It is unsafe there and, in the most severe cases, can cause blindness.',
      );
    case 'wait-pregnancy-breastfeeding':
      return msg('Treatment may need to wait while you are pregnant or breastfeeding. Tell the clinic.');
    case 'wait-current-infection':
      return msg('Treatment may need to wait until your infection has gone. Tell the clinic.');
    case 'wait-antibiotics':
      return msg(str`Treatment may need to wait until ${period('antibiotics', questions)} after your last dose of antibiotics.`);
    case 'varicose-veins-treated-first':
      return msg(
        'Varicose veins need treatment before thread veins. If the clinic thinks you may have varicose veins, it will refer you to a vascular surgeon to check them first.',
      );
    case 'tell-clinic-dvt-pe':
      return msg('Tell the clinic before you book that you have had a deep vein thrombosis (DVT) or pulmonary embolism (PE).');
    case 'tell-clinic-clotting-condition':
      return msg('Tell the clinic before you book that you have a condition that makes blood clots more likely.');
    case 'tell-clinic-skin-changes':
      return msg('Tell the clinic before you book about the skin changes around your thread veins.');
    case 'wait-thrombophlebitis':
      return msg(
        str`Treatment may need to wait until ${period('thrombophlebitis', questions)} after your inflamed leg veins (thrombophlebitis).`,
      );
    case 'tell-clinic-walking':
      return msg('Tell the clinic before you book how well you can walk.');
    case 'wait-heart-problem':
      return msg(str`Treatment may need to wait until ${period('heart-problem', questions)} after your heart problem.`);
    case 'tell-clinic-tamoxifen':
      return msg(
        'Tell the clinic before you book that you take Tamoxifen. Tamoxifen increases the risk of inflammation of the blood vessels.',
      );
    case 'tell-clinic-disulfiram':
      return msg('Tell the clinic before you book that you take Disulfiram. Some of the liquids used for the injections contain alcohol.');
  }
};

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
