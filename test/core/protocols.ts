/**
 * Clinic protocols shared by the core tests: a worked example (the "city clinic", every kind of
 * setting changed) and a generator of valid protocol inputs for property tests.
 */
import fc from 'fast-check';
import { parseProtocol, suitabilityQuestions, type ClinicProtocol, type QuestionId } from '../../src/core/index.js';
import { isoDate } from './arbitraries.js';

/** The protocol `parseProtocol` makes of `input`; throws with every error when it refuses it. */
export function parsed(input: unknown): ClinicProtocol {
  const result = parseProtocol(input);
  if (!result.ok) throw new Error(`parseProtocol refused a protocol the test expects to be valid: ${JSON.stringify(result.errors)}`);
  return result.protocol;
}

/** Every question of the core but disulfiram, listed out of order (the parser puts them in the core's order). */
const cityQuestions: readonly QuestionId[] = [
  'tamoxifen',
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
];

/**
 * A clinic's protocol that changes a setting of every rule function: it drops the disulfiram question
 * (a sclerosant without alcohol), waits 4 weeks after antibiotics, supplies class 2 stockings itself,
 * does not mention paracetamol, asks for 48 hours without shaving, keeps the stockings on for 2 weeks,
 * no flying for 2 weeks, 45 minutes of exercise 3 times a day for 10 days, a review at 6 to 8 weeks,
 * areas of up to 2 hands small and from 3 hands large, and 6 months without sun if the skin darkens.
 */
export const cityClinicInput = {
  id: 'city-clinic',
  name: 'City Clinic vein protocol',
  version: '1.2.0',
  reviewedBy: 'Dr A. Smith',
  reviewedOn: '2026-03-01',
  nextReview: '2027-03-01',
  suitability: { questions: cityQuestions, windows: { antibiotics: { amount: 4, unit: 'weeks' } } },
  faceAlternative: 'Laser',
  preparation: { noShavingHours: 48, hosieryClass: 2, clinicSuppliesStockings: true, mentionParacetamol: false },
  aftercare: {
    stockings: { amount: 2, unit: 'weeks' },
    noAirTravel: { amount: 2, unit: 'weeks' },
    exercise: { minutes: 45, timesPerDay: 3, duration: { amount: 10, unit: 'days' } },
    sunIfDarkened: { amount: 6, unit: 'months' },
    review: { fromWeeks: 6, toWeeks: 8 },
  },
  area: { smallAtMostHands: 2, largeAtLeastHands: 3 },
} as const;

export const cityClinic: ClinicProtocol = parsed(cityClinicInput);

// ---------------------------------------------------------------------------------------------------
// A generator of valid protocol inputs: every setting in its range, the cross-checks kept, sections
// and settings left out at random (the leaflet's values then apply).
// ---------------------------------------------------------------------------------------------------

interface Period {
  readonly amount: number;
  readonly unit: 'days' | 'weeks';
}
const inDays = (period: Period) => (period.unit === 'weeks' ? period.amount * 7 : period.amount);

/** A period of days or weeks up to `limitDays` (and the field's own maxima). */
const periodUpTo = (limitDays: number, maxDays = 365, maxWeeks = 52): fc.Arbitrary<Period> =>
  fc.oneof(
    fc.integer({ min: 1, max: Math.min(maxDays, limitDays) }).map((amount) => ({ amount, unit: 'days' as const })),
    ...(limitDays >= 7
      ? [fc.integer({ min: 1, max: Math.min(maxWeeks, Math.floor(limitDays / 7)) }).map((amount) => ({ amount, unit: 'weeks' as const }))]
      : []),
  );
const period = periodUpTo(365);

/** The questions a clinic may ask: any of them, in any order, always with the face ('location'). */
const questions: fc.Arbitrary<QuestionId[]> = fc
  .shuffledSubarray(suitabilityQuestions.map((q) => q.id).filter((id) => id !== 'location'))
  .chain((ids) => fc.nat(ids.length).map((at) => [...ids.slice(0, at), 'location' as const, ...ids.slice(at)]));

const suitability = fc.record(
  {
    questions,
    windows: fc.record({ antibiotics: period, thrombophlebitis: period, 'heart-problem': period }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const preparation = fc.record(
  {
    noShavingHours: fc.integer({ min: 1, max: 72 }),
    hosieryClass: fc.integer({ min: 1, max: 4 }),
    clinicSuppliesStockings: fc.boolean(),
    mentionParacetamol: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** The aftercare: the settings the cross-checks tie together are given together, the others at random. */
const aftercare = fc
  .tuple(
    period.chain((stockings) => periodUpTo(inDays(stockings)).map((stockingsDayAndNight) => ({ stockings, stockingsDayAndNight }))),
    fc.integer({ min: 1, max: 26 }).chain((toWeeks) =>
      fc.tuple(fc.integer({ min: 1, max: toWeeks }), periodUpTo(toWeeks * 7, 182, 26)).map(([fromWeeks, duration]) => ({
        review: { fromWeeks, toWeeks },
        duration,
      })),
    ),
    fc.record({ minutes: fc.integer({ min: 5, max: 120 }), timesPerDay: fc.integer({ min: 1, max: 6 }) }, { requiredKeys: [] }),
    fc.record(
      {
        noHotBaths: period,
        noSun: period,
        noAirTravel: period,
        sunIfDarkened: fc.integer({ min: 1, max: 24 }).map((amount) => ({ amount, unit: 'months' })),
        removeDressingsDay: fc.integer({ min: 0, max: 14 }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([stockings, { review, duration }, exercise, others]) => ({ ...stockings, review, exercise: { ...exercise, duration }, ...others }));

/** Area thresholds in quarter hands, small strictly below large. */
const area = fc
  .integer({ min: 2, max: 39 })
  .chain((small) =>
    fc.integer({ min: small + 1, max: 40 }).map((large) => ({ smallAtMostHands: small / 4, largeAtLeastHands: large / 4 })),
  );

/** A review date and the next review, strictly after it. */
const review = isoDate.chain((reviewedOn) =>
  fc.integer({ min: 1, max: 700 }).map((days) => ({
    reviewedBy: 'Dr A. Smith',
    reviewedOn,
    nextReview: new Date(Date.parse(reviewedOn) + days * 86_400_000).toISOString().slice(0, 10),
  })),
);

/** Any valid protocol input (what a clinic would write as JSON), for `parseProtocol`. */
export const protocolInputs: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        id: fc.constantFrom('city-clinic', 'north', 'clinic-2'),
        name: fc.constantFrom('City Clinic', 'North vein service'),
        version: fc.constantFrom('1.0.0', '2.3.4-rc.1', '1.0.0+build.7'),
        suitability,
        faceAlternative: fc.constantFrom(null, 'Laser', 'Thermavein'),
        preparation,
        aftercare,
        area,
      },
      { requiredKeys: ['id', 'name', 'version'] },
    ),
    fc.option(review, { nil: undefined }),
  )
  .map(([protocol, dates]) => ({ ...protocol, ...dates }));
