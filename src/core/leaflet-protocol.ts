/**
 * What a clinic's protocol is (`ClinicProtocol`) and the leaflet's own (`leafletProtocol`), which every
 * rule function uses when it is given none. The numbers of the rules live here and nowhere else: the
 * rule functions read them from the protocol they are given. Checking a clinic's protocol
 * (`parseProtocol`) and its JSON Schema are in protocol.ts, which the elements load only for a page
 * that declares a protocol.
 *
 * What a protocol cannot change: the warning signs (leg swelling, shortness of breath: go to A&E) and
 * the "this is not a medical assessment" statement are not settings, so no protocol can remove or
 * weaken them.
 */
import type { DatedQuestionId, QuestionId } from './suitability.js';

/** A period a protocol sets: an amount of days or weeks (months for sun avoidance after darkening). */
export interface ProtocolDuration<U extends 'days' | 'weeks' | 'months' = 'days' | 'weeks'> {
  readonly amount: number;
  readonly unit: U;
}

/** A clinic's treatment protocol. Build one with `parseProtocol`; `leafletProtocol` is the default. */
export interface ClinicProtocol {
  /** Identifier: lower-case letters, digits and single hyphens, up to 64 characters (`leaflet` for the leaflet's). */
  readonly id: string;
  /** The protocol's name, as the clinic calls it. */
  readonly name: string;
  /** Semantic version of the protocol (`2.0.0`). */
  readonly version: string;
  /** Who reviewed and approved the protocol. */
  readonly reviewedBy?: string;
  /** When it was reviewed (`YYYY-MM-DD`). */
  readonly reviewedOn?: string;
  /** When it is next reviewed (`YYYY-MM-DD`, after `reviewedOn`). */
  readonly nextReview?: string;
  readonly suitability: {
    /** The questions the clinic asks, in the core's order; always includes `location` (the face). */
    readonly questions: readonly QuestionId[];
    /** The time window of each dated reason to wait, counted from the event. */
    readonly windows: Readonly<Record<DatedQuestionId, ProtocolDuration>>;
  };
  /** The treatment the clinic offers for thread veins on the face instead, or `null` for none. */
  readonly faceAlternative: string | null;
  readonly preparation: {
    /** Hours before the appointment without shaving the legs. */
    readonly noShavingHours: number;
    /** The compression class of the hosiery to wear after treatment. */
    readonly hosieryClass: number;
    /** Whether the clinic supplies the stockings (otherwise the patient buys them). */
    readonly clinicSuppliesStockings: boolean;
    /** Whether paracetamol before the appointment is mentioned. */
    readonly mentionParacetamol: boolean;
  };
  readonly aftercare: {
    /**
     * The day the dressings come off, counted from the treatment day: 0 is the leaflet's "when you go
     * to bed on the night of your treatment"; a later day is that many days after the treatment.
     */
    readonly removeDressingsDay: number;
    /** Stockings after treatment, from the treatment day. */
    readonly stockings: ProtocolDuration;
    /** Stockings day and night (overnight too), from the treatment day; within `stockings`. */
    readonly stockingsDayAndNight: ProtocolDuration;
    /** Mild exercise after treatment. */
    readonly exercise: { readonly minutes: number; readonly timesPerDay: number; readonly duration: ProtocolDuration };
    readonly noHotBaths: ProtocolDuration;
    readonly noSun: ProtocolDuration;
    readonly noAirTravel: ProtocolDuration;
    /** At least this long without sun on the legs if the skin darkens. */
    readonly sunIfDarkened: ProtocolDuration<'months'>;
    /** The review appointment's window, in weeks after treatment. */
    readonly review: { readonly fromWeeks: number; readonly toWeeks: number };
  };
  /** The area sizes, in the patient's (female) hands. */
  readonly area: { readonly smallAtMostHands: number; readonly largeAtLeastHands: number };
}

/**
 * The option every rule function takes: the clinic's protocol, `leafletProtocol` when left out. Give
 * a protocol that `parseProtocol` returned (complete and checked) or `leafletProtocol`: the rule
 * functions trust it, as they trust their types, and a hand-built object may make them throw.
 */
export interface ProtocolOption {
  readonly protocol?: ClinicProtocol | undefined;
}

const weeks = (amount: number) => ({ amount, unit: 'weeks' }) as const;

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/**
 * The leaflet's protocol: the values of the rules. Where the leaflet gives each of them is in
 * `leafletRefs` (leaflet-refs.ts), which no rule needs.
 */
export const leafletProtocol: ClinicProtocol = deepFreeze({
  id: 'leaflet',
  // The leaflet's title and the content version, as contentInfo gives them (a test compares them).
  // Written here, not imported: an import of content-info made the build split it into a chunk of
  // its own, which the script-tag bundle would then fetch before its first paint.
  name: 'Microsclerotherapy',
  version: '2.0.0',
  suitability: {
    // Every question, in the core's order (a test compares it with suitabilityQuestions).
    questions: [
      'location',
      'pregnant-or-breastfeeding',
      'current-infection',
      'antibiotics',
      'varicose-veins',
      'dvt-or-pe',
      'clotting-condition',
      'skin-changes',
      'thrombophlebitis',
      'able-to-walk',
      'heart-problem',
      'tamoxifen',
      'disulfiram',
    ],
    windows: { antibiotics: weeks(2), thrombophlebitis: weeks(12), 'heart-problem': weeks(12) },
  },
  faceAlternative: 'Thermavein',
  preparation: { noShavingHours: 24, hosieryClass: 1, clinicSuppliesStockings: false, mentionParacetamol: true },
  aftercare: {
    removeDressingsDay: 0,
    stockings: weeks(1),
    stockingsDayAndNight: { amount: 3, unit: 'days' },
    exercise: { minutes: 30, timesPerDay: 2, duration: weeks(1) },
    noHotBaths: weeks(1),
    noSun: weeks(6),
    noAirTravel: weeks(4),
    sunIfDarkened: { amount: 12, unit: 'months' },
    review: { fromWeeks: 4, toWeeks: 6 },
  },
  area: { smallAtMostHands: 1, largeAtLeastHands: 2 },
});

/** The protocol of a rule function's options: `leafletProtocol` when none is given (JavaScript callers may pass anything). */
export const protocolOf = (options: ProtocolOption | null | undefined): ClinicProtocol => options?.protocol ?? leafletProtocol;
