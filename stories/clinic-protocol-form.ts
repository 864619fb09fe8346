// The model of the "Your clinic's protocol" page (clinic-protocol-editor.ts): every setting of a clinic
// protocol as a form control, what the editor typed (`Values`), the protocol object it makes (only the
// settings that differ from the leaflet's, plus the identity), the block to paste, and where each of
// parseProtocol's errors belongs in the form. The checks themselves are parseProtocol's alone.
import type { ProtocolError } from '../src/core/protocol.js';
import { leafletRefs } from '../src/core/leaflet-refs.js';
import { leafletProtocol, suitabilityQuestions, type QuestionId } from '../src/core/rules.js';

/** What the editor typed or chose, by control key (a setting's path; `…#…` for a choice that is not a setting). */
export type Values = Readonly<Record<string, string | boolean>>;

type Unit = 'days' | 'weeks' | 'months';

/** One setting of the form, with the path parseProtocol names it by. */
export type Setting =
  | { readonly kind: 'text'; readonly path: string; readonly label: string; readonly hint: string; readonly optional?: true }
  | { readonly kind: 'number'; readonly path: string; readonly label: string; readonly unit: string; readonly hint?: string }
  | { readonly kind: 'yes-no'; readonly path: string; readonly label: string }
  | { readonly kind: 'duration'; readonly path: string; readonly label: string; readonly units: readonly Unit[] }
  | { readonly kind: 'questions'; readonly path: string; readonly label: string }
  | { readonly kind: 'face'; readonly path: string; readonly label: string }
  | { readonly kind: 'group'; readonly path: string; readonly label: string; readonly settings: readonly Setting[] };

/** A part of the form (a fieldset), with the settings in it. */
export interface Section {
  readonly title: string;
  readonly path?: string;
  readonly intro?: string;
  readonly settings: readonly Setting[];
}

const period = (path: string, label: string): Setting => ({ kind: 'duration', path, label, units: ['days', 'weeks'] });

/** Every setting of a protocol, in the order of ClinicProtocol. */
export const sections: readonly Section[] = [
  {
    title: 'About the protocol',
    intro: 'A protocol names itself. Give yours its own id, name and version, and a new version each time it changes.',
    settings: [
      { kind: 'text', path: 'id', label: 'Id', hint: 'Lower-case letters and digits joined by hyphens, such as city-vein-clinic.' },
      { kind: 'text', path: 'name', label: 'Name', hint: 'As your clinic calls it. Patients see it under each element.' },
      { kind: 'text', path: 'version', label: 'Version', hint: 'A version such as 1.0.0.' },
      { kind: 'text', path: 'reviewedBy', label: 'Reviewed by (optional)', hint: 'Who approved it.', optional: true },
      {
        kind: 'text',
        path: 'reviewedOn',
        label: 'Reviewed on (optional)',
        hint: 'A date as YYYY-MM-DD, such as 2026-09-01.',
        optional: true,
      },
      {
        kind: 'text',
        path: 'nextReview',
        label: 'Next review (optional)',
        hint: 'A date as YYYY-MM-DD, after the review.',
        optional: true,
      },
    ],
  },
  {
    title: 'Before your consultation: the questions',
    settings: [{ kind: 'questions', path: 'suitability.questions', label: 'The questions the suitability checker asks' }],
  },
  {
    title: 'How long to wait',
    intro: 'Each is counted from the day it happened: the last dose of antibiotics, the inflamed leg veins, the heart problem.',
    settings: [
      period('suitability.windows.antibiotics', 'After antibiotics'),
      period('suitability.windows.thrombophlebitis', 'After inflamed leg veins (thrombophlebitis)'),
      period('suitability.windows.heart-problem', 'After a heart problem'),
    ],
  },
  {
    title: 'Thread veins on the face',
    settings: [{ kind: 'face', path: 'faceAlternative', label: 'Does your clinic offer another treatment for thread veins on the face?' }],
  },
  {
    title: 'Before the appointment',
    path: 'preparation',
    settings: [
      { kind: 'number', path: 'preparation.noShavingHours', label: 'No shaving the legs before the appointment', unit: 'hours' },
      { kind: 'number', path: 'preparation.hosieryClass', label: 'Compression class of the stockings', unit: 'class', hint: '1 to 4.' },
      { kind: 'yes-no', path: 'preparation.clinicSuppliesStockings', label: 'Does the clinic supply the stockings?' },
      { kind: 'yes-no', path: 'preparation.mentionParacetamol', label: 'Mention paracetamol before the appointment?' },
    ],
  },
  {
    title: 'After the treatment',
    path: 'aftercare',
    settings: [
      {
        kind: 'number',
        path: 'aftercare.removeDressingsDay',
        label: 'Dressings come off',
        unit: 'days after the treatment',
        hint: '0 is at bedtime on the night of the treatment, as the leaflet says; up to 14.',
      },
      period('aftercare.stockings', 'Stockings'),
      period('aftercare.stockingsDayAndNight', 'Stockings day and night (within the stockings period)'),
      {
        kind: 'group',
        path: 'aftercare.exercise',
        label: 'Mild exercise',
        settings: [
          { kind: 'number', path: 'aftercare.exercise.minutes', label: 'Minutes each time', unit: 'minutes' },
          { kind: 'number', path: 'aftercare.exercise.timesPerDay', label: 'Times a day', unit: 'times a day' },
          { kind: 'duration', path: 'aftercare.exercise.duration', label: 'For how long', units: ['days', 'weeks'] },
        ],
      },
      period('aftercare.noHotBaths', 'No hot baths or showers'),
      period('aftercare.noSun', 'No sun on the legs'),
      period('aftercare.noAirTravel', 'No flying'),
      { kind: 'duration', path: 'aftercare.sunIfDarkened', label: 'No sun if the skin darkens, at least', units: ['months'] },
      {
        kind: 'group',
        path: 'aftercare.review',
        label: 'Review appointment, in weeks after the treatment',
        settings: [
          { kind: 'number', path: 'aftercare.review.fromWeeks', label: 'From week', unit: 'weeks' },
          { kind: 'number', path: 'aftercare.review.toWeeks', label: 'To week', unit: 'weeks' },
        ],
      },
    ],
  },
  {
    title: 'Area sizes, in hands',
    path: 'area',
    intro: 'Measured with the size of a female hand. A medium area lies between the two.',
    settings: [
      { kind: 'number', path: 'area.smallAtMostHands', label: 'Small: up to', unit: 'hands', hint: 'Halves are allowed, such as 1.5.' },
      { kind: 'number', path: 'area.largeAtLeastHands', label: 'Large: from', unit: 'hands', hint: 'Halves are allowed, such as 2.5.' },
    ],
  },
];

/** The short name of each suitability question in the form (the patient reads the element's own words). */
export const questionLabels: Readonly<Record<QuestionId, string>> = {
  location: 'Where the thread veins are (always asked: the face is not treated with microsclerotherapy)',
  'pregnant-or-breastfeeding': 'Pregnant or breastfeeding',
  'current-infection': 'An infection at the moment',
  antibiotics: 'Antibiotics recently',
  'varicose-veins': 'Varicose veins',
  'dvt-or-pe': 'A blood clot in a deep vein or the lungs (DVT or PE), ever',
  'clotting-condition': 'A condition that makes blood clots more likely',
  'skin-changes': 'Skin changes around the thread veins',
  thrombophlebitis: 'Inflamed leg veins (thrombophlebitis) recently',
  'able-to-walk': 'Able to walk',
  'heart-problem': 'A heart problem recently',
  tamoxifen: 'Taking Tamoxifen',
  disulfiram: 'Taking Disulfiram',
};

/** The question that every protocol asks. */
export const ALWAYS_ASKED: QuestionId = 'location';

/** The control key of the face alternative's "none" choice. */
export const FACE_NONE = 'faceAlternative#none';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at a dotted path. */
export const at = (source: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), source);

const setAt = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
};

/** Every setting, groups opened. */
const leaves = (settings: readonly Setting[]): Setting[] => settings.flatMap((s) => (s.kind === 'group' ? leaves(s.settings) : [s]));
const allSettings = sections.flatMap((section) => leaves(section.settings));

/** The control key of a question's checkbox. */
export const questionKey = (id: QuestionId): string => `suitability.questions#${id}`;

/** A number or text as the form shows it; anything else as nothing. */
const shown = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The form's values for a protocol (or any object shaped like one); what it does not give is the leaflet's. */
export function valuesFrom(source: unknown = leafletProtocol): Values {
  const pick = (path: string): unknown => at(source, path) ?? at(leafletProtocol, path);
  const values: Record<string, string | boolean> = {};
  for (const setting of allSettings) {
    const { path } = setting;
    switch (setting.kind) {
      case 'text':
        values[path] = typeof at(source, path) === 'string' ? (at(source, path) as string) : setting.optional ? '' : shown(pick(path));
        break;
      case 'number':
        values[path] = shown(pick(path));
        break;
      case 'yes-no':
        values[path] = pick(path) === true;
        break;
      case 'duration':
        values[`${path}.amount`] = shown(pick(`${path}.amount`));
        values[`${path}.unit`] = shown(pick(`${path}.unit`)) || setting.units[0]!;
        break;
      case 'questions': {
        const asked = pick(path);
        for (const { id } of suitabilityQuestions)
          values[questionKey(id)] = id === ALWAYS_ASKED || (Array.isArray(asked) && asked.includes(id));
        break;
      }
      case 'face': {
        const face = isRecord(source) && 'faceAlternative' in source ? source.faceAlternative : leafletProtocol.faceAlternative;
        values[FACE_NONE] = face === null;
        values[path] = typeof face === 'string' ? face : '';
        break;
      }
      case 'group':
        break;
    }
  }
  return values;
}

/** A number as typed: the number when it is one, else the text itself (so the error names what was typed). */
const typedNumber = (text: string): number | string => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);

const text = (values: Values, key: string): string => {
  const value = values[key];
  return typeof value === 'string' ? value : '';
};

/**
 * The protocol the form makes: the identity (`id`, `name`, `version`, and the review when given), then
 * only the settings that differ from the leaflet's, in the order of ClinicProtocol. Settings it leaves
 * out are the leaflet's, as parseProtocol reads them.
 */
export function protocolFrom(values: Values): Record<string, unknown> {
  const protocol: Record<string, unknown> = {};
  const differs = (path: string, value: unknown) => JSON.stringify(value) !== JSON.stringify(at(leafletProtocol, path));
  for (const setting of allSettings) {
    const { path } = setting;
    switch (setting.kind) {
      case 'text': {
        const typed = text(values, path);
        if (!setting.optional || typed !== '') setAt(protocol, path, typed);
        break;
      }
      case 'number': {
        const typed = typedNumber(text(values, path));
        if (differs(path, typed)) setAt(protocol, path, typed);
        break;
      }
      case 'yes-no':
        if (differs(path, values[path] === true)) setAt(protocol, path, values[path] === true);
        break;
      case 'duration': {
        const typed = { amount: typedNumber(text(values, `${path}.amount`)), unit: text(values, `${path}.unit`) };
        if (differs(path, typed)) setAt(protocol, path, typed);
        break;
      }
      case 'questions': {
        const asked = suitabilityQuestions.map((q) => q.id).filter((id) => id === ALWAYS_ASKED || values[questionKey(id)] === true);
        if (differs(path, asked)) setAt(protocol, path, asked);
        break;
      }
      case 'face': {
        const face = values[FACE_NONE] === true ? null : text(values, path);
        if (differs(path, face)) setAt(protocol, path, face);
        break;
      }
      case 'group':
        break;
    }
  }
  return protocol;
}

/**
 * The block a clinic pastes into its page. `<` is written `\u003c` (the same text to JSON), so no
 * value can close the script element early.
 */
export const protocolBlock = (protocol: Record<string, unknown>): string =>
  `<script type="application/json" id="msc-protocol">\n${JSON.stringify(protocol, null, 2).replace(/</g, '\\u003c')}\n</script>`;

/** Whether an error at `errorPath` concerns the control or setting at `path`. */
export const concerns = (errorPath: string, path: string): boolean =>
  errorPath !== '' && (errorPath === path || path.startsWith(`${errorPath}.`) || errorPath.startsWith(`${path}.`));

/** Every path the form shows errors at (settings, groups and sections), deepest last. */
const errorPlaces: readonly string[] = [
  ...sections.flatMap((section) => (section.path ? [section.path] : [])),
  ...sections.flatMap((section) =>
    section.settings.flatMap((s) => (s.kind === 'group' ? [s.path, ...leaves(s.settings).map((l) => l.path)] : [s.path])),
  ),
];

/** Where the form shows an error: the deepest setting, group or section whose path holds it; `''` for the summary only. */
export function placeOf(error: ProtocolError): string {
  return errorPlaces
    .filter((place) => error.path === place || error.path.startsWith(`${place}.`))
    .reduce((best, place) => (place.length > best.length ? place : best), '');
}

/** What was received, for a message: a value as JSON, or "nothing"; objects (a cross-check's) are left out. */
export function receivedText(received: unknown): string | undefined {
  if (received === undefined || received === '') return 'nothing';
  if (received === null || ['string', 'number', 'boolean'].includes(typeof received)) return JSON.stringify(received);
  return undefined;
}

/** The leaflet's value of a setting, in words, for its hint ("The leaflet: 1 weeks (aftercare/3)"). */
export function leafletHint(setting: Setting): string | undefined {
  const value = at(leafletProtocol, setting.path);
  const ref = leafletRefs[setting.path] ?? leafletRefs[`${setting.path}.amount`];
  const amount = (n: number, unit: string) => (unit === 'class' ? `class ${n}` : `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`);
  let words: string | undefined;
  if (setting.kind === 'number' && typeof value === 'number') words = amount(value, setting.unit);
  else if (setting.kind === 'duration' && isRecord(value)) words = amount(value.amount as number, value.unit as string);
  else if (setting.kind === 'yes-no' && typeof value === 'boolean') words = value ? 'yes' : 'no';
  else if (setting.kind === 'face') words = leafletProtocol.faceAlternative ?? 'none';
  if (words === undefined) return undefined;
  return `The leaflet: ${words}${ref ? ` (${ref})` : ''}.`;
}
