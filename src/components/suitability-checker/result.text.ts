/**
 * The words of `<suitability-checker>`'s result, loaded with its views (./answers-views.ts): a short
 * name of what each question is about, what a finding's category means, the fixed, leaflet-based
 * advice of each finding and the result's first sentence. The core gives the keys; this maps them to
 * localized text. Nothing here decides anything.
 */
import { msg } from '../../internal/localization.js';
import type { AdviceKey, FindingCategory, Headline, QuestionId } from '../../core/rules.js';

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
