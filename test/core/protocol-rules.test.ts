/**
 * The rule functions follow the clinic protocol they are given (`{ protocol }`, or the protocol itself
 * for the list functions): the "city clinic" of protocols.ts changes a setting of each of them. Without
 * a protocol, each gives exactly what it gives with `leafletProtocol`. (The FHIR functions with a
 * protocol are in fhir.node.test.ts, beside their validators.)
 */
import { expect } from 'chai';
import {
  aftercareSchedule,
  appointmentEvents,
  appointmentEventsFor,
  assessSuitability,
  classifyArea,
  complications,
  complicationsFor,
  contentInfo,
  contentInfoFor,
  leafletProtocol,
  phaseOn,
  preparationSteps,
  suitabilityQuestions,
  suitabilityQuestionsFor,
  type AftercarePhase,
  type AftercareSchedule,
  type ClinicProtocol,
  type PreparationPlan,
  type SuitabilityAnswers,
} from '../../src/core/index.js';
import { cityClinic, cityClinicInput, parsed } from './protocols.js';

const identity = { id: 'city-clinic', name: 'City Clinic', version: '1.0.0' };
const schedule = (date: string | null, protocol?: ClinicProtocol) => aftercareSchedule(date, { protocol }) as AftercareSchedule;
const preparation = (date: string | null, protocol?: ClinicProtocol) => preparationSteps(date, { protocol }) as PreparationPlan;
const size = (hands: number, protocol?: ClinicProtocol) => {
  const result = classifyArea(hands, { protocol });
  return result.ok ? result.size : result.error;
};

/** Every question answered without a concern (legs only, able to walk), for the leaflet's questions. */
const noConcerns: SuitabilityAnswers = Object.fromEntries(
  suitabilityQuestions.map((q) => [q.id, q.options.find((option) => !q.raises.includes(option))]),
);
/** The same, without the question the city clinic does not ask. */
const cityNoConcerns: SuitabilityAnswers = Object.fromEntries(Object.entries(noConcerns).filter(([id]) => id !== 'disulfiram'));

describe('the rule functions follow a clinic protocol', () => {
  describe('suitabilityQuestionsFor', () => {
    it("asks the protocol's questions in the core order, each dated one with the protocol's window", () => {
      const questions = suitabilityQuestionsFor(cityClinic);
      expect(questions.map((q) => q.id)).to.deep.equal(suitabilityQuestions.map((q) => q.id).filter((id) => id !== 'disulfiram'));
      for (const question of questions) {
        const leaflet = suitabilityQuestions.find((q) => q.id === question.id)!;
        const window = question.id === 'antibiotics' ? { window: { amount: 4, unit: 'weeks' }, windowDays: 28 } : {};
        expect(question, question.id).to.deep.equal({ ...leaflet, ...window });
      }
    });

    it('asks only the face when that is all a protocol asks, and always the face', () => {
      const faceOnly = parsed({ ...identity, suitability: { questions: ['location'] } });
      expect(suitabilityQuestionsFor(faceOnly).map((q) => q.id)).to.deep.equal(['location']);
      expect(suitabilityQuestionsFor(faceOnly)).to.deep.equal(suitabilityQuestions.slice(0, 1));
    });

    it('counts a window given in days in days', () => {
      const protocol = parsed({ ...identity, suitability: { windows: { 'heart-problem': { amount: 100, unit: 'days' } } } });
      expect(suitabilityQuestionsFor(protocol).find((q) => q.id === 'heart-problem')).to.include({ windowDays: 100 });
    });
  });

  describe('assessSuitability', () => {
    it("finds no concerns once the protocol's questions are answered: the dropped question is not missing", () => {
      expect(assessSuitability(cityNoConcerns, { protocol: cityClinic })).to.deep.include({
        headline: 'no-concerns-found',
        unanswered: [],
        findings: [],
        invalid: [],
      });
      expect(assessSuitability(cityNoConcerns)).to.deep.include({ headline: 'incomplete', unanswered: ['disulfiram'] });
    });

    it('reports an answer to the dropped question as invalid input, never as a finding', () => {
      for (const answer of ['yes', 'unsure'] as const) {
        const result = assessSuitability({ ...cityNoConcerns, disulfiram: answer }, { protocol: cityClinic });
        expect(result, answer).to.deep.include({
          headline: 'no-concerns-found',
          findings: [],
          unanswered: [],
          invalid: [{ question: 'disulfiram', field: 'answer' }],
        });
        // The leaflet asks it: the same answer is a finding there.
        expect(
          assessSuitability({ ...noConcerns, disulfiram: answer }).findings.map((f) => f.question),
          answer,
        ).to.deep.equal(['disulfiram']);
      }
    });

    it('reports the date of a dropped dated question as invalid, and keeps the findings of the questions asked', () => {
      const protocol = parsed({ ...identity, suitability: { questions: ['location', 'tamoxifen'] } });
      const result = assessSuitability(
        { location: 'legs', tamoxifen: 'yes', antibiotics: 'yes' },
        { protocol, today: '2026-03-10', dates: { antibiotics: '2026-03-01' } },
      );
      expect(result).to.deep.include({ headline: 'talk-to-clinic', unanswered: [], windows: [] });
      expect(result.findings.map((f) => f.question)).to.deep.equal(['tamoxifen']);
      expect(result.invalid).to.deep.equal([
        { question: 'antibiotics', field: 'answer' },
        { question: 'antibiotics', field: 'date' },
      ]);
    });

    it("dates the antibiotics window by the protocol's 4 weeks (28 days), the last day still inside", () => {
      const assess = (today: string, protocol?: ClinicProtocol) =>
        assessSuitability({ ...cityNoConcerns, antibiotics: 'yes' }, { protocol, today, dates: { antibiotics: '2026-03-01' } });
      const city = { question: 'antibiotics', eventDate: '2026-03-01', window: { amount: 4, unit: 'weeks' }, lastDay: '2026-03-29' };
      expect(assess('2026-03-29', cityClinic).windows).to.deep.equal([{ ...city, over: false }]);
      expect(assess('2026-03-30', cityClinic).windows).to.deep.equal([{ ...city, over: true }]);
      // The finding stands either way: the clinic decides, not the window.
      expect(assess('2026-03-30', cityClinic)).to.deep.include({ headline: 'wait' });
      expect(assess('2026-03-30', cityClinic).findings.map((f) => f.question)).to.deep.equal(['antibiotics']);
      // Fifteen days on: over for the leaflet's fortnight, not for the clinic's 4 weeks.
      expect(assess('2026-03-16').windows).to.deep.equal([
        { question: 'antibiotics', eventDate: '2026-03-01', window: { amount: 2, unit: 'weeks' }, lastDay: '2026-03-15', over: true },
      ]);
      expect(assess('2026-03-16', cityClinic).windows[0]).to.include({ over: false });
    });
  });

  describe('aftercareSchedule', () => {
    it("gives each entry the protocol's period, figures and review window, in relative days", () => {
      const relative = schedule(null, cityClinic);
      expect(relative.entries.map((e) => [e.id, e.startDay, e.endDay, e.duration])).to.deep.equal([
        ['remove-dressings', 0, 0, undefined],
        ['stockings-day-and-night', 0, 3, { amount: 3, unit: 'days' }],
        ['no-hot-baths', 0, 7, { amount: 1, unit: 'weeks' }],
        ['exercise', 0, 10, { amount: 10, unit: 'days' }],
        ['stockings', 0, 14, { amount: 2, unit: 'weeks' }],
        ['no-air-travel', 0, 14, { amount: 2, unit: 'weeks' }],
        ['no-sun', 0, 42, { amount: 6, unit: 'weeks' }],
        ['healing', 0, null, undefined],
        ['sun-if-darkened', 0, null, { amount: 6, unit: 'months', atLeast: true }],
        ['warning-signs', 0, null, undefined],
        ['review', 42, 56, undefined],
      ]);
      expect(relative.entries.find((e) => e.id === 'exercise')?.details).to.deep.equal({ minutes: 45, timesPerDay: 3 });
      expect(relative.lastDay).to.equal(56);
    });

    it('takes off the dressings on the day the protocol says (the leaflet: the treatment day, at bedtime)', () => {
      const later = parsed({ ...cityClinicInput, aftercare: { ...cityClinicInput.aftercare, removeDressingsDay: 2 } });
      const dressings = (protocol: ClinicProtocol) => schedule('2026-03-27', protocol).entries.find((e) => e.id === 'remove-dressings')!;
      expect(dressings(later)).to.include({ startDay: 2, endDay: 2, start: '2026-03-29', end: '2026-03-29' });
      expect(dressings(cityClinic)).to.include({ startDay: 0, endDay: 0, start: '2026-03-27' });
      expect(dressings(leafletProtocol)).to.include({ startDay: 0, endDay: 0 });
    });

    it('dates them from the treatment day', () => {
      const dated = schedule('2026-03-27', cityClinic);
      expect(dated.entries.map((e) => [e.id, e.start, e.end])).to.deep.equal([
        ['remove-dressings', '2026-03-27', '2026-03-27'],
        ['stockings-day-and-night', '2026-03-27', '2026-03-30'],
        ['no-hot-baths', '2026-03-27', '2026-04-03'],
        ['exercise', '2026-03-27', '2026-04-06'],
        ['stockings', '2026-03-27', '2026-04-10'],
        ['no-air-travel', '2026-03-27', '2026-04-10'],
        ['no-sun', '2026-03-27', '2026-05-08'],
        ['healing', '2026-03-27', null],
        ['sun-if-darkened', null, null],
        ['warning-signs', '2026-03-27', null],
        ['review', '2026-05-08', '2026-05-22'],
      ]);
    });

    it("applies each window on the protocol's days (phaseOn): to the last day inclusive, not the day after", () => {
      const dated = schedule('2026-03-27', cityClinic);
      const on = (date: string) => phaseOn(dated, date) as AftercarePhase;
      const ids = (date: string) => on(date).entries.map((e) => e.id);
      expect(ids('2026-04-06')).to.include('exercise');
      expect(ids('2026-04-07')).to.not.include('exercise');
      expect(ids('2026-04-10')).to.include.members(['stockings', 'no-air-travel']);
      expect(ids('2026-04-11')).to.not.include('stockings');
      expect(ids('2026-04-11')).to.not.include('no-air-travel');
      expect(ids('2026-05-07')).to.not.include('review');
      expect(ids('2026-05-08')).to.include('review');
      expect(ids('2026-05-22')).to.include('review');
      expect([on('2026-05-22').status, on('2026-05-23').status]).to.deep.equal(['during', 'after']);
      expect(ids('2026-05-23')).to.deep.equal(['healing', 'sun-if-darkened', 'warning-signs']);
    });
  });

  describe('preparationSteps', () => {
    it('has the clinic give the class 2 stockings, 48 hours without shaving and no paracetamol step', () => {
      expect(preparation(null, cityClinic).steps.map((s) => [s.id, s.timing, s.optional, s.details])).to.deep.equal([
        ['stockings-from-clinic', { kind: 'on-the-day' }, true, { compressionClass: 2 }],
        ['no-shaving', { kind: 'hours-before', hours: 48 }, false, undefined],
        ['no-moisturiser', { kind: 'on-the-day' }, false, undefined],
        ['shorts-or-swimming-costume', { kind: 'on-the-day' }, true, undefined],
      ]);
    });

    it('dates the 48 hours without shaving from two days before the appointment', () => {
      const steps = preparation('2026-03-27', cityClinic).steps;
      expect(steps.find((s) => s.id === 'no-shaving')).to.include({ from: '2026-03-25', until: '2026-03-27' });
      expect(steps.find((s) => s.id === 'stockings-from-clinic')).to.include({ from: '2026-03-27', until: '2026-03-27' });
      expect(preparation('2026-03-01', cityClinic).steps.find((s) => s.id === 'no-shaving')?.from).to.equal('2026-02-27');
    });

    it('starts the shaving step on the day that contains the first of the hours (any part of a day counts)', () => {
      const from = (hours: number) =>
        preparation('2026-03-27', parsed({ ...identity, preparation: { noShavingHours: hours } })).steps.find((s) => s.id === 'no-shaving')
          ?.from;
      expect([1, 24, 25, 48, 49, 72].map(from)).to.deep.equal([
        '2026-03-26',
        '2026-03-26',
        '2026-03-25',
        '2026-03-25',
        '2026-03-24',
        '2026-03-24',
      ]);
    });

    it('changes only what each setting says: stockings from the clinic, no paracetamol, the compression class', () => {
      const leaflet = preparation(null).steps;
      const steps = (preparationSettings: object) => preparation(null, parsed({ ...identity, preparation: preparationSettings })).steps;
      expect(steps({ clinicSuppliesStockings: true })).to.deep.equal([
        {
          id: 'stockings-from-clinic',
          timing: { kind: 'on-the-day' },
          optional: true,
          details: { compressionClass: 1 },
          ref: 'suitability/14',
          from: null,
          until: null,
        },
        ...leaflet.slice(1),
      ]);
      expect(steps({ mentionParacetamol: false })).to.deep.equal(leaflet.filter((s) => s.id !== 'paracetamol-if-worried'));
      expect(steps({ hosieryClass: 3 })[0]).to.deep.equal({ ...leaflet[0], details: { compressionClass: 3 } });
    });
  });

  describe('appointmentEventsFor', () => {
    it('has the patient put on the stockings the clinic gives, when it supplies them', () => {
      expect(appointmentEventsFor(cityClinic)).to.deep.equal([
        ...appointmentEvents.slice(0, -1),
        { id: 'dressings-and-clinic-stockings', ref: 'appointment/2' },
      ]);
      expect(appointmentEvents[appointmentEvents.length - 1]?.id).to.equal('dressings-and-stockings');
    });

    it('keeps the stockings the patient brings when the clinic does not supply them, whatever else it changes', () => {
      const protocol = parsed({ ...cityClinicInput, preparation: { ...cityClinicInput.preparation, clinicSuppliesStockings: false } });
      expect(appointmentEventsFor(protocol)).to.deep.equal(appointmentEvents);
    });
  });

  describe('classifyArea', () => {
    it("sizes an area by the protocol's thresholds: up to 2 hands small, from 3 hands large", () => {
      expect([1, 2, 2.01, 2.5, 2.99, 3, 7].map((hands) => size(hands, cityClinic))).to.deep.equal([
        'small',
        'small',
        'medium',
        'medium',
        'medium',
        'large',
        'large',
      ]);
      // The leaflet's: 2 hands is already large.
      expect([1, 1.5, 2, 2.5].map((hands) => size(hands))).to.deep.equal(['small', 'medium', 'large', 'large']);
    });

    it('still refuses what is not a number of hands', () => {
      for (const bad of [0, -1, Number.NaN]) expect(size(bad, cityClinic), String(bad)).to.equal('invalid-hands');
    });
  });

  describe('complicationsFor', () => {
    it('gives the protocol\'s "at least 6 months" without sun if the skin darkens, and nothing else changes', () => {
      const list = complicationsFor(cityClinic);
      expect(list.find((c) => c.id === 'hyperpigmentation')?.duration).to.deep.equal({ amount: 6, unit: 'months', atLeast: true });
      expect(list.map((c) => c.id)).to.deep.equal(complications.map((c) => c.id));
      expect(list.filter((c) => c.id !== 'hyperpigmentation')).to.deep.equal(complications.filter((c) => c.id !== 'hyperpigmentation'));
      expect(Object.isFrozen(list) && list.every(Object.isFrozen)).to.equal(true);
    });
  });

  describe('contentInfoFor', () => {
    it('names the protocol in force, its version and its review, beside the content version and the leaflet', () => {
      expect(contentInfoFor(cityClinic)).to.deep.equal({
        ...contentInfo,
        protocol: {
          id: 'city-clinic',
          name: 'City Clinic vein protocol',
          version: '1.2.0',
          reviewedBy: 'Dr A. Smith',
          reviewedOn: '2026-03-01',
          nextReview: '2027-03-01',
        },
      });
      expect(Object.isFrozen(contentInfoFor(cityClinic).protocol)).to.equal(true);
    });

    it('gives no review a protocol does not state, and names the leaflet for the leaflet', () => {
      expect(contentInfoFor(parsed({ ...identity, reviewedBy: 'Dr B. Jones' })).protocol).to.deep.equal({
        ...identity,
        reviewedBy: 'Dr B. Jones',
      });
      expect(contentInfoFor(leafletProtocol)).to.deep.equal({
        ...contentInfo,
        protocol: { id: 'leaflet', name: contentInfo.leaflet.title, version: contentInfo.version },
      });
    });
  });
});

describe('the rule functions without a protocol', () => {
  const answers: SuitabilityAnswers = { ...noConcerns, antibiotics: 'yes', tamoxifen: 'unsure', location: 'both' };
  const assess = { today: '2026-03-10', dates: { antibiotics: '2026-03-01' } };
  /** Each function with its option: undefined means the option (or argument) left out. */
  const withOption = {
    assessSuitability: (option?: object) => assessSuitability(answers, { ...assess, ...option }),
    aftercareSchedule: (option?: object) => [aftercareSchedule(null, option), aftercareSchedule('2026-03-27', option)],
    preparationSteps: (option?: object) => [preparationSteps(null, option), preparationSteps('2026-03-27', option)],
    classifyArea: (option?: object) => [0.5, 1, 1.5, 2, 3, 0].map((hands) => classifyArea(hands, option)),
  };
  const withProtocol = {
    suitabilityQuestionsFor: (protocol?: ClinicProtocol) => suitabilityQuestionsFor(protocol),
    complicationsFor: (protocol?: ClinicProtocol) => complicationsFor(protocol),
    appointmentEventsFor: (protocol?: ClinicProtocol) => appointmentEventsFor(protocol),
  };

  it('give exactly what they give with leafletProtocol, the option left out, {} or { protocol: undefined }', () => {
    for (const [name, call] of Object.entries(withOption)) {
      const leaflet = call({ protocol: leafletProtocol });
      for (const option of [undefined, {}, { protocol: undefined }])
        expect(call(option), `${name} ${JSON.stringify(option)}`).to.deep.equal(leaflet);
      // And the clinic's protocol makes a difference to each of them (the comparison can fail).
      expect(call({ protocol: cityClinic }), name).to.not.deep.equal(leaflet);
    }
    for (const [name, call] of Object.entries(withProtocol)) {
      expect(call(), name).to.deep.equal(call(leafletProtocol));
      expect(call(cityClinic), name).to.not.deep.equal(call(leafletProtocol));
    }
  });

  it("are the leaflet's exported lists", () => {
    expect(suitabilityQuestionsFor()).to.equal(suitabilityQuestions);
    expect(complicationsFor()).to.equal(complications);
    expect(appointmentEventsFor()).to.equal(appointmentEvents);
  });

  it("give the same with a parsed protocol that states the leaflet's settings (no rule depends on which object it is)", () => {
    const copy = parsed(structuredClone(leafletProtocol));
    expect(copy).to.not.equal(leafletProtocol);
    for (const [name, call] of Object.entries(withOption))
      expect(call({ protocol: copy }), name).to.deep.equal(call({ protocol: leafletProtocol }));
    for (const [name, call] of Object.entries(withProtocol)) expect(call(copy), name).to.deep.equal(call(leafletProtocol));
  });
});
