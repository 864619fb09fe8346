/**
 * Checking a clinic's protocol: `parseProtocol` and the JSON Schema `protocolSchema`. The protocol's
 * type and the leaflet's own protocol, the default, are in leaflet-protocol.ts.
 *
 * One field table below says, for every setting, what it is and the range it is checked against;
 * `parseProtocol` checks input against it and `protocolSchema` (JSON Schema 2020-12) is generated from
 * it, so the two cannot drift. The schema cannot express the cross-checks between settings (overnight
 * stockings within the stockings period, and so on): `parseProtocol` is the authority.
 *
 * Omitted settings: a protocol names itself (`id`, `name`, `version` are required) and states the
 * settings it changes; every setting it leaves out is the leaflet's value, and the parsed protocol is
 * complete, so what is in force can be printed and reviewed. What a protocol states is never replaced:
 * an invalid value, an unknown key (a typo) or a failed cross-check refuses the whole protocol, with
 * one error per problem, and nothing falls back to the leaflet's numbers.
 */
import { dayNumber, MAX_YEAR, MIN_YEAR } from './dates.js';
import { durationDays } from './durations.js';
import { leafletProtocol, type ClinicProtocol, type ProtocolDuration } from './leaflet-protocol.js';
import { suitabilityQuestions } from './suitability.js';

/** One problem with a protocol. */
export interface ProtocolError {
  /** Where: the setting's path (`aftercare.noAirTravel.amount`), with list positions (`suitability.questions.2`); `''` for the whole input. */
  readonly path: string;
  /** What is expected there, in plain English. */
  readonly expected: string;
  /** What was there (`undefined` for a missing setting). */
  readonly received: unknown;
}

/** The result of `parseProtocol`. */
export type ProtocolResult =
  { readonly ok: true; readonly protocol: ClinicProtocol } | { readonly ok: false; readonly errors: readonly ProtocolError[] };

// ---------------------------------------------------------------------------------------------------
// The field table: every setting, its range and, where the leaflet gives it, its reference.
// ---------------------------------------------------------------------------------------------------

type Range = readonly [min: number, max: number];

type Field =
  | { readonly kind: 'integer'; readonly range: Range; readonly unit: string }
  | { readonly kind: 'number'; readonly range: Range; readonly unit: string }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'text'; readonly maxLength: number; readonly nullable?: true }
  | { readonly kind: 'pattern'; readonly pattern: string; readonly maxLength: number; readonly expected: string }
  | { readonly kind: 'date' }
  | { readonly kind: 'duration'; readonly units: Readonly<Partial<Record<'days' | 'weeks' | 'months', Range>>> }
  | { readonly kind: 'subset'; readonly values: readonly string[]; readonly always: string }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Field>>; readonly required?: readonly string[] };

/** Days 1–365 or weeks 1–52: up to a year, the longest period the leaflet counts in days or weeks. */
const period: Field = { kind: 'duration', units: { days: [1, 365], weeks: [1, 52] } };

const fields: Readonly<Record<string, Field>> = {
  // Slug: lower-case letters and digits in words joined by single hyphens.
  id: {
    kind: 'pattern',
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    maxLength: 64,
    expected: 'lower-case letters and digits joined by hyphens',
  },
  name: { kind: 'text', maxLength: 120 },
  // Semantic versioning 2.0.0 (semver.org's regular expression).
  version: {
    kind: 'pattern',
    pattern:
      '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
    maxLength: 64,
    expected: 'a semantic version such as 1.0.0',
  },
  reviewedBy: { kind: 'text', maxLength: 120 },
  reviewedOn: { kind: 'date' },
  nextReview: { kind: 'date' },
  suitability: {
    kind: 'object',
    fields: {
      // The face question is always asked: the leaflet says microsclerotherapy on the face "is an unsafe
      // technique, which can result in blindness" (face/1), whatever the clinic. Other questions may be
      // dropped (a sclerosant without alcohol makes disulfiram moot, suitability/11).
      questions: { kind: 'subset', values: suitabilityQuestions.map((q) => q.id), always: 'location' },
      windows: {
        kind: 'object',
        fields: {
          antibiotics: period,
          thrombophlebitis: period,
          'heart-problem': period,
        },
      },
    },
  },
  faceAlternative: { kind: 'text', maxLength: 120, nullable: true },
  preparation: {
    kind: 'object',
    fields: {
      noShavingHours: { kind: 'integer', range: [1, 72], unit: 'hours' },
      // Accepted: class 1 to 4 (the leaflet asks for class 1).
      hosieryClass: { kind: 'integer', range: [1, 4], unit: 'compression class' },
      clinicSuppliesStockings: { kind: 'boolean' },
      mentionParacetamol: { kind: 'boolean' },
    },
  },
  aftercare: {
    kind: 'object',
    fields: {
      // 0: at bedtime on the night of the treatment (the leaflet); up to two weeks later.
      removeDressingsDay: { kind: 'integer', range: [0, 14], unit: 'days after the treatment' },
      stockings: period,
      stockingsDayAndNight: period,
      exercise: {
        kind: 'object',
        fields: {
          minutes: { kind: 'integer', range: [5, 120], unit: 'minutes' },
          timesPerDay: { kind: 'integer', range: [1, 6], unit: 'times a day' },
          // Up to 26 weeks, the longest review window; the cross-checks keep it within the review window.
          duration: { kind: 'duration', units: { days: [1, 182], weeks: [1, 26] } },
        },
      },
      noHotBaths: period,
      noSun: period,
      noAirTravel: period,
      sunIfDarkened: { kind: 'duration', units: { months: [1, 24] } },
      review: {
        kind: 'object',
        fields: {
          fromWeeks: { kind: 'integer', range: [1, 26], unit: 'weeks' },
          toWeeks: { kind: 'integer', range: [1, 26], unit: 'weeks' },
        },
      },
    },
  },
  area: {
    kind: 'object',
    fields: {
      smallAtMostHands: { kind: 'number', range: [0.5, 10], unit: 'hands' },
      largeAtLeastHands: { kind: 'number', range: [0.5, 10], unit: 'hands' },
    },
  },
};

const protocolField: Field = { kind: 'object', fields, required: ['id', 'name', 'version'] };

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

// ---------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const between = ([min, max]: Range, unit: string, whole: boolean) =>
  `${whole ? 'a whole number' : 'a number'} of ${unit} from ${min} to ${max}`;

/** What a field expects, in plain English (also the schema's description). */
function expectation(field: Field): string {
  switch (field.kind) {
    case 'integer':
    case 'number':
      return between(field.range, field.unit, field.kind === 'integer');
    case 'boolean':
      return 'true or false';
    case 'text':
      return `text of 1 to ${field.maxLength} characters${field.nullable ? ', or null for none' : ''}`;
    case 'pattern':
      return `${field.expected}, up to ${field.maxLength} characters`;
    case 'date':
      return `a real date as YYYY-MM-DD, in the years ${MIN_YEAR} to ${MAX_YEAR}`;
    case 'duration':
      return `a period: { amount, unit } with ${Object.entries(field.units)
        .map(([unit, range]) => between(range, unit, true))
        .join(' or ')}`;
    case 'subset':
      return `a list of different ones of ${list(field.values)}, including '${field.always}'`;
    case 'object':
      return `an object with ${list(Object.keys(field.fields))}`;
  }
}

/** Checks `input` against `field`; returns the value (defaults filled in) or `undefined` after reporting errors. */
function check(field: Field, input: unknown, fallback: unknown, path: string, errors: ProtocolError[]): unknown {
  const fail = (at: string, expected: string, received: unknown) => void errors.push({ path: at, expected, received });
  const before = errors.length;
  switch (field.kind) {
    case 'integer':
    case 'number': {
      const [min, max] = field.range;
      const ok = typeof input === 'number' && Number.isFinite(input) && (field.kind === 'number' || Number.isInteger(input));
      if (ok && input >= min && input <= max) return input;
      break;
    }
    case 'boolean':
      if (typeof input === 'boolean') return input;
      break;
    case 'text':
      if ((input === null && field.nullable) || (typeof input === 'string' && /\S/.test(input) && input.length <= field.maxLength))
        return input;
      break;
    case 'pattern':
      if (typeof input === 'string' && input.length <= field.maxLength && new RegExp(field.pattern).test(input)) return input;
      break;
    case 'date':
      if (typeof input === 'string' && dayNumber(input) !== undefined) return input;
      break;
    case 'duration': {
      if (!isRecord(input)) break;
      for (const key of Object.keys(input))
        if (key !== 'amount' && key !== 'unit') fail(join(path, key), 'no such setting: a period has amount and unit', input[key]);
      const units = Object.keys(field.units);
      const range =
        typeof input.unit === 'string' && has(field.units, input.unit) ? field.units[input.unit as keyof typeof field.units] : undefined;
      if (range === undefined) fail(join(path, 'unit'), `one of ${list(units)}`, input.unit);
      const amount = input.amount;
      if (range !== undefined && !(typeof amount === 'number' && Number.isInteger(amount) && amount >= range[0] && amount <= range[1])) {
        fail(join(path, 'amount'), between(range, input.unit as string, true), amount);
      } else if (range === undefined && !(typeof amount === 'number' && Number.isInteger(amount))) {
        fail(join(path, 'amount'), 'a whole number', amount);
      }
      return errors.length === before ? { amount, unit: input.unit } : undefined;
    }
    case 'subset': {
      if (!Array.isArray(input)) break;
      input.forEach((value, i) => {
        if (!field.values.includes(value as string)) fail(join(path, i), `one of ${list(field.values)}`, value);
        else if (input.indexOf(value) !== i) fail(join(path, i), 'a question not already listed', value);
      });
      if (!input.includes(field.always)) fail(path, `a list including '${field.always}'`, input);
      return errors.length === before ? field.values.filter((value) => input.includes(value)) : undefined;
    }
    case 'object': {
      if (!isRecord(input)) break;
      const defaults = isRecord(fallback) ? fallback : {};
      const known = Object.keys(field.fields);
      for (const key of Object.keys(input))
        if (!has(field.fields, key)) fail(join(path, key), `no such setting (known: ${list(known)})`, input[key]);
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(field.fields)) {
        if (input[key] === undefined && field.required?.includes(key)) fail(join(path, key), `${expectation(inner)} (required)`, undefined);
        else if (input[key] !== undefined) out[key] = check(inner, input[key], defaults[key], join(path, key), errors);
        else if (defaults[key] !== undefined) out[key] = defaults[key];
      }
      return out;
    }
  }
  fail(path, expectation(field), input);
  return undefined;
}

const at = (draft: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), draft);
const daysAt = (path: string) => (draft: unknown) => {
  const value = at(draft, path);
  return isRecord(value) ? durationDays(value as unknown as ProtocolDuration) : undefined;
};
const numberAt = (path: string) => (draft: unknown) => {
  const value = at(draft, path);
  return typeof value === 'number' ? value : undefined;
};

/** A check between two settings, `left <= right` (or `<`), made only when both are valid. */
interface CrossCheck {
  /** Where the error is reported. */
  readonly path: string;
  readonly expected: string;
  readonly left: (draft: unknown) => number | undefined;
  readonly right: (draft: unknown) => number | undefined;
  readonly strictly?: true;
}

const crossChecks: readonly CrossCheck[] = [
  {
    path: 'aftercare.stockingsDayAndNight',
    expected: 'a period no longer than aftercare.stockings (overnight stockings are part of the stockings period)',
    left: daysAt('aftercare.stockingsDayAndNight'),
    right: daysAt('aftercare.stockings'),
  },
  {
    path: 'aftercare.review',
    expected: 'fromWeeks no later than toWeeks',
    left: numberAt('aftercare.review.fromWeeks'),
    right: numberAt('aftercare.review.toWeeks'),
  },
  {
    path: 'aftercare.exercise.duration',
    expected: 'a period that ends by the end of the review window (aftercare.review.toWeeks)',
    left: daysAt('aftercare.exercise.duration'),
    right: (draft) => {
      const toWeeks = numberAt('aftercare.review.toWeeks')(draft);
      return toWeeks === undefined ? undefined : toWeeks * 7;
    },
  },
  {
    path: 'area',
    expected: 'smallAtMostHands less than largeAtLeastHands (a medium area lies between them)',
    left: numberAt('area.smallAtMostHands'),
    right: numberAt('area.largeAtLeastHands'),
    strictly: true,
  },
  {
    path: 'nextReview',
    expected: 'a date after reviewedOn',
    left: (draft) => dayNumber(at(draft, 'reviewedOn')),
    right: (draft) => dayNumber(at(draft, 'nextReview')),
    strictly: true,
  },
];

const failedCrossChecks = (draft: unknown): ProtocolError[] =>
  crossChecks
    .filter(({ left, right, strictly }) => {
      const [l, r] = [left(draft), right(draft)];
      return l !== undefined && r !== undefined && (strictly ? l >= r : l > r);
    })
    .map(({ path, expected }) => ({ path, expected, received: at(draft, path) }));

/**
 * Checks a clinic's protocol (parsed JSON or an object) and returns it complete and deeply frozen, or
 * every problem found, one error each. Settings left out take the leaflet's values; unknown keys are
 * errors. Never throws.
 */
export function parseProtocol(input: unknown): ProtocolResult {
  const errors: ProtocolError[] = [];
  let draft: unknown;
  try {
    draft = check(protocolField, input, leafletProtocol, '', errors);
    errors.push(...failedCrossChecks(draft));
  } catch (error) {
    // Only a hostile input (a throwing getter or proxy) gets here: refuse it, never throw.
    errors.push({ path: '', expected: 'plain data (JSON)', received: error });
  }
  if (errors.length > 0) return Object.freeze({ ok: false, errors: Object.freeze(errors.map((error) => Object.freeze(error))) });
  return Object.freeze({ ok: true, protocol: deepFreeze(draft as ClinicProtocol) });
}

// ---------------------------------------------------------------------------------------------------
// JSON Schema, from the same field table
// ---------------------------------------------------------------------------------------------------

type Schema = Readonly<Record<string, unknown>>;

function schemaOf(field: Field, fallback: unknown): Schema {
  const description = expectation(field);
  const withDefault = fallback === undefined || field.kind === 'object' ? {} : { default: fallback };
  switch (field.kind) {
    case 'integer':
    case 'number':
      return { type: field.kind, minimum: field.range[0], maximum: field.range[1], description, ...withDefault };
    case 'boolean':
      return { type: 'boolean', description, ...withDefault };
    case 'text':
      return {
        type: field.nullable ? ['string', 'null'] : 'string',
        pattern: '\\S',
        maxLength: field.maxLength,
        description,
        ...withDefault,
      };
    case 'pattern':
      return { type: 'string', pattern: field.pattern, maxLength: field.maxLength, description, ...withDefault };
    case 'date':
      // Years MIN_YEAR (1900) to MAX_YEAR (2999), as dayNumber accepts them; `format` checks the day exists.
      return { type: 'string', format: 'date', pattern: '^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$', description };
    case 'duration': {
      const options = Object.entries(field.units).map(([unit, [min, max]]) => ({
        type: 'object',
        properties: { amount: { type: 'integer', minimum: min, maximum: max }, unit: { const: unit } },
        required: ['amount', 'unit'],
        additionalProperties: false,
      }));
      return { ...(options.length === 1 ? options[0] : { anyOf: options }), description, ...withDefault };
    }
    case 'subset':
      return {
        type: 'array',
        items: { enum: field.values },
        uniqueItems: true,
        minItems: 1,
        contains: { const: field.always },
        description,
        ...withDefault,
      };
    case 'object': {
      const defaults = isRecord(fallback) ? fallback : {};
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(field.fields).map(([key, inner]) => [key, schemaOf(inner, defaults[key])])),
        ...(field.required ? { required: field.required } : {}),
        additionalProperties: false,
      };
    }
  }
}

/**
 * The JSON Schema (draft 2020-12) of a clinic protocol, generated from the field table `parseProtocol`
 * uses; each setting's `default` is the leaflet's value. The build writes it to
 * `dist/protocol.schema.json` (`microsclerotherapy-widgets/protocol.schema.json`). It checks each
 * setting; the checks between settings are `parseProtocol`'s alone.
 */
export const protocolSchema: Schema = deepFreeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Microsclerotherapy clinic protocol',
  description:
    "A clinic's treatment protocol for microsclerotherapy-widgets. Settings left out take the leaflet's values (each setting's default). " +
    'parseProtocol also checks: aftercare.stockingsDayAndNight within aftercare.stockings; aftercare.review fromWeeks <= toWeeks; ' +
    'aftercare.exercise.duration within aftercare.review.toWeeks; area smallAtMostHands < largeAtLeastHands; nextReview after reviewedOn.',
  ...schemaOf(protocolField, { ...leafletProtocol, id: undefined, name: undefined, version: undefined }),
});
