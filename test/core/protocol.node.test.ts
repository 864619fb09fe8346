/**
 * Clinic protocols (src/core/leaflet-protocol.ts, src/core/protocol.ts): the leaflet's protocol asks
 * every question and gives each of its settings the leaflet reference of the core item that reads it
 * (fidelity.node.test.ts checks each reference against a quote, and that the leaflet's values are the
 * leaflet's words); the parser checks every setting's range and the cross-checks, reports one error per
 * problem and never throws; and the JSON Schema accepts and refuses what the parser does (but for the
 * cross-checks, which only the parser makes). That the rule functions follow a protocol is
 * protocol-rules.test.ts, and that no protocol weakens the checker's safety, protocol-safety.test.ts.
 */
import Ajv from 'ajv';
import { expect } from 'chai';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  aftercareSchedule,
  areaRule,
  contentInfo,
  faceAlternative,
  leafletProtocol,
  leafletRefs,
  parseProtocol,
  preparationSteps,
  protocolSchema,
  suitabilityQuestions,
  type AftercareEntry,
  type ClinicProtocol,
  type ProtocolResult,
  type QuestionId,
} from '../../src/core/index.js';

const identity = { id: 'city-clinic', name: 'City Clinic', version: '1.0.0' };

/** A copy of `base` with `value` at the dot-separated `path` (objects on the way created). */
function withSetting(base: object, at: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = at.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
  return copy;
}

/** The errors at `at` or inside it. */
const errorsAt = (result: ProtocolResult, at: string) =>
  result.ok ? [] : result.errors.filter((error) => error.path === at || error.path.startsWith(`${at}.`));
const paths = (result: ProtocolResult) => (result.ok ? [] : result.errors.map((error) => error.path));
const parsed = (input: unknown): ClinicProtocol => {
  const result = parseProtocol(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.protocol;
};

// ---------------------------------------------------------------------------------------------------

describe('leafletProtocol', () => {
  const schedule = aftercareSchedule();
  const preparation = preparationSteps();
  if (!schedule.ok || !preparation.ok) throw new Error('the core could not build its undated aftercare or preparation');
  const entry = (id: AftercareEntry['id']) => schedule.entries.find((e) => e.id === id)!;
  const step = (id: string) => preparation.steps.find((s) => s.id === id);
  const p = leafletProtocol;

  it('names itself after the leaflet and the content version, without review fields', () => {
    expect({ id: p.id, name: p.name, version: p.version }).to.deep.equal({
      id: 'leaflet',
      name: contentInfo.leaflet.title,
      version: contentInfo.version,
    });
    expect(p).not.to.have.any.keys('reviewedBy', 'reviewedOn', 'nextReview');
  });

  it('asks every suitability question, in the core order, and has a time window for exactly the dated ones', () => {
    // Every QuestionId (the type makes the list complete), in the order the checker asks them.
    const order: Record<QuestionId, number> = {
      location: 0,
      'pregnant-or-breastfeeding': 1,
      'current-infection': 2,
      antibiotics: 3,
      'varicose-veins': 4,
      'dvt-or-pe': 5,
      'clotting-condition': 6,
      'skin-changes': 7,
      thrombophlebitis: 8,
      'able-to-walk': 9,
      'heart-problem': 10,
      tamoxifen: 11,
      disulfiram: 12,
    };
    const everyQuestion = Object.keys(order).sort((a, b) => order[a as QuestionId] - order[b as QuestionId]);
    expect(p.suitability.questions).to.deep.equal(suitabilityQuestions.map((q) => q.id));
    expect(p.suitability.questions).to.deep.equal(everyQuestion);
    expect(Object.keys(p.suitability.windows)).to.have.members(suitabilityQuestions.filter((q) => q.acceptsDate).map((q) => q.id));
  });

  it('offers the face alternative the core names', () => {
    expect(p.faceAlternative).to.equal(faceAlternative.name);
  });

  it("has a leaflet reference for every setting of the parser's field table but the identity and the questions", () => {
    // The field table's settings, read from the schema generated from it: a setting has a description,
    // a section (an object of settings) has none.
    interface Schema {
      readonly description?: string;
      readonly properties?: Readonly<Record<string, Schema>>;
    }
    const settingsOf = (properties: Readonly<Record<string, Schema>>, at: string): string[] =>
      Object.entries(properties).flatMap(([key, inner]) =>
        inner.description !== undefined || !inner.properties ? [`${at}${key}`] : settingsOf(inner.properties, `${at}${key}.`),
      );
    const settings = settingsOf((protocolSchema as Schema).properties!, '');
    const notFromTheLeaflet = ['id', 'name', 'version', 'reviewedBy', 'reviewedOn', 'nextReview', 'suitability.questions'];
    expect(settings).to.include.members([...notFromTheLeaflet, 'aftercare.exercise.duration', 'area.smallAtMostHands']);
    expect(Object.keys(leafletRefs)).to.have.members(settings.filter((setting) => !notFromTheLeaflet.includes(setting)));
  });

  it('gives each setting the leaflet reference of the core item that reads it', () => {
    const q = (id: string) => suitabilityQuestions.find((question) => question.id === id)!.ref;
    expect(leafletRefs).to.deep.equal({
      'suitability.windows.antibiotics': q('antibiotics'),
      'suitability.windows.thrombophlebitis': q('thrombophlebitis'),
      'suitability.windows.heart-problem': q('heart-problem'),
      faceAlternative: faceAlternative.ref,
      'preparation.noShavingHours': step('no-shaving')?.ref,
      'preparation.hosieryClass': step('buy-compression-hosiery')?.ref,
      'preparation.clinicSuppliesStockings': step('buy-compression-hosiery')?.ref,
      'preparation.mentionParacetamol': step('paracetamol-if-worried')?.ref,
      'aftercare.removeDressingsDay': entry('remove-dressings').ref,
      'aftercare.stockings': entry('stockings').ref,
      'aftercare.stockingsDayAndNight': entry('stockings-day-and-night').ref,
      'aftercare.exercise.minutes': entry('exercise').ref,
      'aftercare.exercise.timesPerDay': entry('exercise').ref,
      'aftercare.exercise.duration': entry('exercise').ref,
      'aftercare.noHotBaths': entry('no-hot-baths').ref,
      'aftercare.noSun': entry('no-sun').ref,
      'aftercare.noAirTravel': entry('no-air-travel').ref,
      'aftercare.sunIfDarkened': entry('sun-if-darkened').ref,
      'aftercare.review.fromWeeks': entry('review').ref,
      'aftercare.review.toWeeks': entry('review').ref,
      'area.smallAtMostHands': areaRule.ref,
      'area.largeAtLeastHands': areaRule.ref,
    });
  });

  it('is deeply frozen and valid: parsing its settings gives them back', () => {
    const frozen = (value: unknown): boolean =>
      value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(leafletProtocol)).to.equal(true);
    expect(frozen(leafletRefs)).to.equal(true);
    expect(parsed(leafletProtocol)).to.deep.equal(leafletProtocol);
  });
});

// ---------------------------------------------------------------------------------------------------

/**
 * A protocol within which every setting can reach both ends of its range without failing a
 * cross-check at the setting's own path.
 */
const roomy = {
  ...identity,
  aftercare: {
    stockings: { amount: 365, unit: 'days' },
    stockingsDayAndNight: { amount: 1, unit: 'days' },
    review: { fromWeeks: 1, toWeeks: 26 },
  },
};

// prettier-ignore
const ranges: readonly { path: string; min: number; max: number; whole: boolean; unit?: string }[] = [
  { path: 'suitability.windows.antibiotics', unit: 'days', min: 1, max: 365, whole: true },
  { path: 'suitability.windows.antibiotics', unit: 'weeks', min: 1, max: 52, whole: true },
  { path: 'suitability.windows.thrombophlebitis', unit: 'weeks', min: 1, max: 52, whole: true },
  { path: 'suitability.windows.heart-problem', unit: 'days', min: 1, max: 365, whole: true },
  { path: 'preparation.noShavingHours', min: 1, max: 72, whole: true },
  { path: 'preparation.hosieryClass', min: 1, max: 4, whole: true },
  { path: 'aftercare.stockings', unit: 'weeks', min: 1, max: 52, whole: true },
  { path: 'aftercare.stockingsDayAndNight', unit: 'days', min: 1, max: 365, whole: true },
  { path: 'aftercare.exercise.minutes', min: 5, max: 120, whole: true },
  { path: 'aftercare.exercise.timesPerDay', min: 1, max: 6, whole: true },
  { path: 'aftercare.exercise.duration', unit: 'days', min: 1, max: 182, whole: true },
  { path: 'aftercare.exercise.duration', unit: 'weeks', min: 1, max: 26, whole: true },
  { path: 'aftercare.noHotBaths', unit: 'days', min: 1, max: 365, whole: true },
  { path: 'aftercare.noSun', unit: 'weeks', min: 1, max: 52, whole: true },
  { path: 'aftercare.noAirTravel', unit: 'weeks', min: 1, max: 52, whole: true },
  { path: 'aftercare.sunIfDarkened', unit: 'months', min: 1, max: 24, whole: true },
  { path: 'aftercare.review.fromWeeks', min: 1, max: 26, whole: true },
  { path: 'aftercare.review.toWeeks', min: 1, max: 26, whole: true },
  { path: 'area.smallAtMostHands', min: 0.5, max: 10, whole: false },
  { path: 'area.largeAtLeastHands', min: 0.5, max: 10, whole: false },
];

const setAt = (row: (typeof ranges)[number], value: unknown) =>
  withSetting(roomy, row.path, row.unit ? { amount: value, unit: row.unit } : value);
const valuePath = (row: (typeof ranges)[number]) => (row.unit ? `${row.path}.amount` : row.path);

const reviewDates = { ...identity, reviewedBy: 'Dr A. Smith', reviewedOn: '1900-01-01', nextReview: '2999-12-31' };

/** Inputs the parser refuses, each with the path of its error; the schema refuses each of them too. */
// prettier-ignore
const invalid: readonly { name: string; input: unknown; path: string }[] = [
  ...ranges.flatMap((row) => [
    { name: `${valuePath(row)} below ${row.min} ${row.unit ?? ''}`, input: setAt(row, row.min - (row.whole ? 1 : 0.1)), path: valuePath(row) },
    { name: `${valuePath(row)} above ${row.max} ${row.unit ?? ''}`, input: setAt(row, row.max + (row.whole ? 1 : 0.1)), path: valuePath(row) },
    { name: `${valuePath(row)} as text`, input: setAt(row, String(row.min)), path: valuePath(row) },
    ...(row.whole ? [{ name: `${valuePath(row)} not whole`, input: setAt(row, row.min + 0.5), path: valuePath(row) }] : []),
  ]),
  { name: 'not an object', input: 'leaflet', path: '' },
  { name: 'an array', input: [identity], path: '' },
  { name: 'null', input: null, path: '' },
  { name: 'without an id', input: { name: 'X', version: '1.0.0' }, path: 'id' },
  { name: 'without a name', input: { id: 'x', version: '1.0.0' }, path: 'name' },
  { name: 'without a version', input: { id: 'x', name: 'X' }, path: 'version' },
  { name: 'an id with capitals', input: { ...identity, id: 'City-Clinic' }, path: 'id' },
  { name: 'an id with a double hyphen', input: { ...identity, id: 'city--clinic' }, path: 'id' },
  { name: 'an id too long', input: { ...identity, id: 'a'.repeat(65) }, path: 'id' },
  { name: 'a blank name', input: { ...identity, name: '  ' }, path: 'name' },
  { name: 'a name too long', input: { ...identity, name: 'a'.repeat(121) }, path: 'name' },
  { name: 'a version that is not semver', input: { ...identity, version: '1.0' }, path: 'version' },
  { name: 'a version with a leading zero', input: { ...identity, version: '01.0.0' }, path: 'version' },
  { name: 'a blank reviewer', input: { ...identity, reviewedBy: '' }, path: 'reviewedBy' },
  { name: 'a date that does not exist', input: { ...identity, reviewedOn: '2026-02-30' }, path: 'reviewedOn' },
  { name: 'a date before 1900', input: { ...identity, reviewedOn: '1899-12-31' }, path: 'reviewedOn' },
  { name: 'a date after 2999', input: { ...identity, nextReview: '3000-01-01' }, path: 'nextReview' },
  { name: 'a date in another format', input: { ...identity, nextReview: '30/01/2027' }, path: 'nextReview' },
  { name: 'an unknown top-level key', input: { ...identity, reviewdBy: 'Dr X' }, path: 'reviewdBy' },
  { name: 'the leaflet refs (not a setting)', input: { ...leafletProtocol, refs: leafletRefs }, path: 'refs' },
  { name: 'an unknown section key', input: withSetting(identity, 'aftercare.noFlying', { amount: 4, unit: 'weeks' }), path: 'aftercare.noFlying' },
  { name: 'an unknown key in a period', input: withSetting(identity, 'aftercare.noSun', { amount: 4, unit: 'weeks', atLeast: true }), path: 'aftercare.noSun.atLeast' },
  { name: 'an unknown unit', input: withSetting(identity, 'aftercare.noSun', { amount: 1, unit: 'months' }), path: 'aftercare.noSun.unit' },
  { name: 'a period without a unit', input: withSetting(identity, 'aftercare.noSun', { amount: 6 }), path: 'aftercare.noSun.unit' },
  { name: 'a period without an amount', input: withSetting(identity, 'aftercare.noSun', { unit: 'weeks' }), path: 'aftercare.noSun.amount' },
  { name: 'a period as a number', input: withSetting(identity, 'aftercare.noSun', 6), path: 'aftercare.noSun' },
  { name: 'a section as a list', input: withSetting(identity, 'aftercare', []), path: 'aftercare' },
  { name: 'a yes/no setting as text', input: withSetting(identity, 'preparation.mentionParacetamol', 'no'), path: 'preparation.mentionParacetamol' },
  { name: 'an unknown question', input: withSetting(identity, 'suitability.questions', ['location', 'alcohol']), path: 'suitability.questions.1' },
  { name: 'a question twice', input: withSetting(identity, 'suitability.questions', ['location', 'tamoxifen', 'tamoxifen']), path: 'suitability.questions.2' },
  { name: 'questions without the face', input: withSetting(identity, 'suitability.questions', ['tamoxifen']), path: 'suitability.questions' },
  { name: 'no questions', input: withSetting(identity, 'suitability.questions', []), path: 'suitability.questions' },
  { name: 'questions as text', input: withSetting(identity, 'suitability.questions', 'location'), path: 'suitability.questions' },
  { name: 'a blank face alternative', input: { ...identity, faceAlternative: ' ' }, path: 'faceAlternative' },
  { name: 'a face alternative as false', input: { ...identity, faceAlternative: false }, path: 'faceAlternative' },
];

/** Inputs that pass each setting's own check but fail a check between settings (the parser's alone). */
// prettier-ignore
const crossInvalid: readonly { name: string; input: unknown; path: string }[] = [
  { name: 'overnight stockings longer than the stockings', input: withSetting(identity, 'aftercare.stockingsDayAndNight', { amount: 8, unit: 'days' }), path: 'aftercare.stockingsDayAndNight' },
  { name: 'the stockings shorter than the overnight stockings', input: withSetting(identity, 'aftercare.stockings', { amount: 2, unit: 'days' }), path: 'aftercare.stockingsDayAndNight' },
  { name: 'the review ending before it starts', input: withSetting(identity, 'aftercare.review', { fromWeeks: 6, toWeeks: 4 }), path: 'aftercare.review' },
  { name: 'exercise beyond the review window', input: withSetting(identity, 'aftercare.exercise.duration', { amount: 7, unit: 'weeks' }), path: 'aftercare.exercise.duration' },
  { name: 'a small area as large as a large one', input: withSetting(identity, 'area', { smallAtMostHands: 2, largeAtLeastHands: 2 }), path: 'area' },
  { name: 'the next review on the review day', input: { ...identity, reviewedOn: '2026-01-01', nextReview: '2026-01-01' }, path: 'nextReview' },
  { name: 'the next review before the review', input: { ...identity, reviewedOn: '2026-01-01', nextReview: '2025-12-31' }, path: 'nextReview' },
];

describe('parseProtocol', () => {
  describe('ranges', () => {
    for (const row of ranges) {
      it(`${valuePath(row)}${row.unit ? ` in ${row.unit}` : ''}: ${row.min} and ${row.max} accepted`, () => {
        for (const value of [row.min, row.max]) expect(errorsAt(parseProtocol(setAt(row, value)), row.path), `${value}`).to.deep.equal([]);
      });
    }
  });

  it('dates: 1900-01-01 to 2999-12-31 accepted', () => {
    expect(paths(parseProtocol(reviewDates))).to.deep.equal([]);
  });

  describe('refuses, with one error at the path of the problem', () => {
    for (const { name, input, path: at } of invalid) {
      it(name, () => {
        const result = parseProtocol(input);
        expect(paths(result)).to.deep.equal([at]);
        if (!result.ok) expect(result.errors[0]!.expected).to.be.a('string').and.not.equal('');
      });
    }
  });

  describe('cross-checks', () => {
    for (const { name, input, path: at } of crossInvalid) {
      it(`refuses ${name}`, () => expect(paths(parseProtocol(input))).to.deep.equal([at]));
    }

    it('accepts the boundaries: overnight stockings as long as the stockings, a one-week review window, exercise to the end of the review', () => {
      const protocol = withSetting(
        withSetting(withSetting(identity, 'aftercare.stockingsDayAndNight', { amount: 1, unit: 'weeks' }), 'aftercare.review', {
          fromWeeks: 5,
          toWeeks: 5,
        }),
        'aftercare.exercise.duration',
        { amount: 35, unit: 'days' },
      );
      expect(paths(parseProtocol({ ...protocol, reviewedOn: '2026-01-01', nextReview: '2026-01-02' }))).to.deep.equal([]);
    });

    it('are not made on a setting that is itself invalid (one error per problem)', () => {
      expect(paths(parseProtocol(withSetting(identity, 'aftercare.stockings', { amount: 0, unit: 'days' })))).to.deep.equal([
        'aftercare.stockings.amount',
      ]);
    });
  });

  it('reports every problem, not only the first', () => {
    const input = withSetting(withSetting({ name: 'X', version: 'one' }, 'aftercare.noSun.amount', 0), 'area.typo', 1);
    expect(paths(parseProtocol(input))).to.have.members(['id', 'version', 'aftercare.noSun.unit', 'area.typo']);
  });

  it('describes each error: the path, what is expected in plain English, and what was received', () => {
    const result = parseProtocol(withSetting(identity, 'aftercare.noAirTravel', { amount: 0, unit: 'weeks' }));
    expect(result).to.deep.equal({
      ok: false,
      errors: [{ path: 'aftercare.noAirTravel.amount', expected: 'a whole number of weeks from 1 to 52', received: 0 }],
    });
  });

  describe('settings left out', () => {
    it("take the leaflet's values; the identity is the protocol's own", () => {
      expect(parsed(identity)).to.deep.equal({ ...leafletProtocol, ...identity });
    });

    it('are filled in one by one: a section with one setting keeps the leaflet for the others', () => {
      const protocol = parsed({ ...withSetting(identity, 'aftercare.exercise.minutes', 20), reviewedBy: 'Dr A. Smith' });
      expect(protocol.aftercare.exercise).to.deep.equal({ ...leafletProtocol.aftercare.exercise, minutes: 20 });
      expect(protocol.aftercare.noSun).to.equal(leafletProtocol.aftercare.noSun);
      expect(protocol.reviewedBy).to.equal('Dr A. Smith');
      expect(protocol).not.to.have.any.keys('reviewedOn', 'nextReview');
    });
  });

  it('keeps what a clinic states: its questions in the core order, no face alternative, its own numbers', () => {
    const protocol = parsed({
      ...identity,
      reviewedOn: '2026-03-01',
      nextReview: '2027-03-01',
      suitability: { questions: ['tamoxifen', 'location', 'antibiotics'], windows: { antibiotics: { amount: 10, unit: 'days' } } },
      faceAlternative: null,
      preparation: { clinicSuppliesStockings: true, hosieryClass: 2 },
      aftercare: { noAirTravel: { amount: 6, unit: 'weeks' } },
    });
    expect(protocol.suitability.questions).to.deep.equal(['location', 'antibiotics', 'tamoxifen']);
    expect(protocol.suitability.windows).to.deep.equal({
      ...leafletProtocol.suitability.windows,
      antibiotics: { amount: 10, unit: 'days' },
    });
    expect(protocol.faceAlternative).to.equal(null);
    expect(protocol.preparation).to.deep.equal({ ...leafletProtocol.preparation, clinicSuppliesStockings: true, hosieryClass: 2 });
    expect(protocol.aftercare.noAirTravel).to.deep.equal({ amount: 6, unit: 'weeks' });
    expect(Object.isFrozen(protocol.aftercare.noAirTravel) && Object.isFrozen(protocol.suitability.questions)).to.equal(true);
  });

  it('never freezes or changes its input', () => {
    const input = withSetting(identity, 'aftercare.noSun', { amount: 8, unit: 'weeks' });
    const copy = structuredClone(input);
    parseProtocol(input);
    expect(input).to.deep.equal(copy);
    expect(Object.isFrozen(input.aftercare)).to.equal(false);
  });

  describe('never throws', () => {
    it('on any JSON value', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => typeof parseProtocol(value).ok === 'boolean'),
        { numRuns: 500 },
      );
    });

    it('on any value at any setting of a valid protocol, and keeps a value it accepts', () => {
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(leafletRefs), 'reviewedOn', 'suitability.questions'), fc.jsonValue(), (at, value) => {
          const result = parseProtocol(withSetting(identity, at, value));
          if (result.ok)
            expect(at.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], result.protocol)).to.deep.equal(
              at === 'suitability.questions'
                ? suitabilityQuestions.map((q) => q.id).filter((id) => (value as unknown[]).includes(id))
                : value,
            );
        }),
        { numRuns: 500 },
      );
    });

    it('on a hostile object (a throwing getter)', () => {
      const hostile = Object.defineProperty({ ...identity }, 'area', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      });
      expect(parseProtocol(hostile).ok).to.equal(false);
    });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('protocolSchema', () => {
  // Ajv 6 (already installed, through @asymmetrik/fhir-json-schema-validator) implements draft-07. The
  // schema uses only keywords that mean the same in draft-07 and draft 2020-12 (checked below), so
  // draft-07 validation is 2020-12 validation here; Ajv does not know the 2020-12 meta-schema URI.
  const ajv = new Ajv({ allErrors: true, format: 'full', validateSchema: false });
  const validate = ajv.compile(protocolSchema);
  const sameInBothDrafts = new Set([
    ...['$schema', 'title', 'description', 'default', 'type', 'properties', 'required', 'additionalProperties'],
    ...['minimum', 'maximum', 'pattern', 'maxLength', 'format', 'enum', 'const', 'anyOf', 'items', 'uniqueItems', 'minItems', 'contains'],
  ]);
  /** The keywords a schema uses, at every depth (property names and default values are not keywords). */
  const keywords = (schema: unknown): string[] => {
    if (schema === null || typeof schema !== 'object') return [];
    if (Array.isArray(schema)) return schema.flatMap(keywords);
    return Object.entries(schema as Record<string, unknown>).flatMap(([key, value]) => [
      key,
      ...(key === 'default' || key === 'enum' || key === 'required' || key === 'const'
        ? []
        : key === 'properties'
          ? Object.values(value as object).flatMap(keywords)
          : keywords(value)),
    ]);
  };

  it('declares draft 2020-12 and is a valid schema using only keywords that draft-07 means the same way', () => {
    expect(protocolSchema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema({ ...protocolSchema, $schema: 'http://json-schema.org/draft-07/schema#' }), ajv.errorsText()).to.equal(true);
    expect(keywords(protocolSchema).filter((key) => !sameInBothDrafts.has(key))).to.deep.equal([]);
    expect(JSON.stringify(protocolSchema)).not.to.match(/"items":\[/);
  });

  it("accepts the leaflet's settings, a protocol that names itself only, and every range boundary", () => {
    expect(validate(leafletProtocol), ajv.errorsText(validate.errors)).to.equal(true);
    expect(validate(identity), ajv.errorsText(validate.errors)).to.equal(true);
    expect(validate(reviewDates), ajv.errorsText(validate.errors)).to.equal(true);
    for (const row of ranges)
      for (const value of [row.min, row.max]) expect(validate(setAt(row, value)), `${row.path} ${value}`).to.equal(true);
  });

  it("gives each setting the leaflet's value as its default", () => {
    const schema = protocolSchema as { properties: Record<string, { properties?: Record<string, { default?: unknown }> }> };
    expect(schema.properties.aftercare?.properties?.noAirTravel?.default).to.deep.equal(leafletProtocol.aftercare.noAirTravel);
    expect(schema.properties.suitability?.properties?.questions?.default).to.deep.equal(leafletProtocol.suitability.questions);
  });

  describe('refuses what the parser refuses', () => {
    for (const { name, input } of invalid) it(name, () => expect(validate(input)).to.equal(false));
  });

  it('leaves the cross-checks to parseProtocol (the schema cannot compare settings)', () => {
    for (const { name, input } of crossInvalid) expect(validate(input), name).to.equal(true);
  });

  it('agrees with the parser on any value at any setting, but for the cross-checks', () => {
    const crossExpected = new Set(
      crossInvalid.flatMap(({ input }) => {
        const result = parseProtocol(input);
        return result.ok ? [] : result.errors.map((error) => error.expected);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(leafletRefs), 'id', 'name', 'version', 'reviewedBy', 'suitability.questions'),
        fc.jsonValue(),
        (at, value) => {
          const input = withSetting(identity, at, value);
          const result = parseProtocol(input);
          const onlyCrossChecks = !result.ok && result.errors.every((error) => crossExpected.has(error.expected));
          expect(validate(input), JSON.stringify(input)).to.equal(result.ok || onlyCrossChecks);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is what the build writes to dist/protocol.schema.json', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'protocol-schema-')), 'protocol.schema.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/protocol-schema.js', file]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).to.deep.equal(protocolSchema);
  });
});
