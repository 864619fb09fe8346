/**
 * No clinic protocol weakens the checker or the warning signs. For any valid protocol (generated in
 * protocols.ts and accepted by parseProtocol), any answers (to any question, asked or not), any dates
 * and any today:
 * - the safety property of suitability-safety.node.test.ts holds: moving one asked question's answer to
 *   its concerning answer or to "not sure" never removes a finding and never softens the headline, and
 *   the two give the same result;
 * - a question the protocol does not ask never produces a finding (its answer is reported as invalid),
 *   and the findings are the leaflet's findings for the questions the protocol asks;
 * - the face is always asked, and thread veins on the face always make the headline "not offered";
 * - the aftercare always has the warning signs, and the complications always start with DVT and PE
 *   and their warning signs.
 * Bounded (a few hundred protocols each, well under a second), so it runs in every browser and in
 * mutation testing too.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  addDays,
  aftercareSchedule,
  assessSuitability,
  complicationsFor,
  durationDays,
  headlineOrder,
  parseProtocol,
  phaseOn,
  suitabilityQuestions,
  suitabilityQuestionsFor,
  warningSigns,
  type AftercarePhase,
  type AftercareSchedule,
  type AssessOptions,
  type ClinicProtocol,
  type DatedQuestionId,
  type Headline,
  type SuitabilityAnswers,
  type SuitabilityResult,
} from '../../src/core/index.js';
import { isoDate } from './arbitraries.js';
import { protocolInputs } from './protocols.js';

const runs = { numRuns: 200 };

/** The protocol parseProtocol makes of a generated input, which it must accept. */
const protocolOf = (input: unknown): ClinicProtocol => {
  const result = parseProtocol(input);
  expect(result.ok ? [] : result.errors, 'errors for a valid protocol').to.deep.equal([]);
  return (result as Extract<typeof result, { ok: true }>).protocol;
};

/** Answers to any of the leaflet's questions (asked by the protocol or not), each left out or given any answer it offers. */
const answers: fc.Arbitrary<SuitabilityAnswers> = fc.record(
  Object.fromEntries(suitabilityQuestions.map((q) => [q.id, fc.constantFrom(...q.options)])),
  { requiredKeys: [] },
);

const datedIds = suitabilityQuestions.filter((q) => q.acceptsDate).map((q) => q.id as DatedQuestionId);
/** Today and the dates of some time-limited events, near each other so that windows are both open and over. */
const assessOptions: fc.Arbitrary<AssessOptions> = isoDate.chain((today) =>
  fc.record(Object.fromEntries(datedIds.map((id) => [id, fc.integer({ min: -400, max: 30 })])), { requiredKeys: [] }).map((offsets) => ({
    today,
    dates: Object.fromEntries(Object.entries(offsets).map(([id, days]) => [id, addDays(today, days!)!])),
  })),
);

const rank = (headline: Headline) => headlineOrder.indexOf(headline);
const findingsOf = (result: SuitabilityResult) => result.findings.map((f) => [f.question, f.category, f.advice, f.ref]);

describe('no clinic protocol weakens the checker or the warning signs (property)', () => {
  it('generates protocols parseProtocol accepts, asking different questions with different windows', () => {
    fc.assert(
      fc.property(protocolInputs, (input) => void protocolOf(input)),
      runs,
    );
    // The generator reaches what the properties below need: dropped questions and changed windows.
    const sample = fc.sample(protocolInputs, { numRuns: 200, seed: 1 }).map(protocolOf);
    expect(sample.some((p) => p.suitability.questions.length === 1)).to.equal(true);
    expect(sample.some((p) => p.suitability.questions.length === suitabilityQuestions.length)).to.equal(true);
    expect(sample.some((p) => durationDays(p.suitability.windows.antibiotics) !== 14)).to.equal(true);
  });

  it('never loses a finding or softens the headline when an asked question moves to a concerning answer', () => {
    fc.assert(
      fc.property(protocolInputs, answers, assessOptions, fc.nat(), fc.nat(1), (input, given, assess, pick, which) => {
        const protocol = protocolOf(input);
        const questions = suitabilityQuestionsFor(protocol);
        const question = questions[pick % questions.length]!;
        const before = assessSuitability(given, { ...assess, protocol });
        const after = assessSuitability({ ...given, [question.id]: question.raises[which] }, { ...assess, protocol });
        expect(rank(after.headline), question.id).to.be.at.least(rank(before.headline));
        expect(
          after.findings.map((f) => f.question),
          question.id,
        ).to.include.members(before.findings.map((f) => f.question));
        expect(
          after.findings.map((f) => f.question),
          question.id,
        ).to.include(question.id);
        // "Not sure" and the concerning answer agree.
        const other = assessSuitability({ ...given, [question.id]: question.raises[1 - which] }, { ...assess, protocol });
        expect(other.headline, question.id).to.equal(after.headline);
        expect(findingsOf(other), question.id).to.deep.equal(findingsOf(after));
      }),
      runs,
    );
  });

  it('never finds anything in a question the protocol does not ask, and finds what the leaflet finds in those it asks', () => {
    fc.assert(
      fc.property(protocolInputs, answers, assessOptions, (input, given, assess) => {
        const protocol = protocolOf(input);
        const asked = new Set<string>(protocol.suitability.questions);
        const result = assessSuitability(given, { ...assess, protocol });
        expect(result.findings.filter((f) => !asked.has(f.question))).to.deep.equal([]);
        expect(result.unanswered.filter((id) => !asked.has(id))).to.deep.equal([]);
        expect(result.windows.filter((w) => !asked.has(w.question))).to.deep.equal([]);
        for (const id of Object.keys(given).filter((key) => !asked.has(key))) {
          expect(result.invalid, id).to.deep.include({ question: id, field: 'answer' });
        }
        // The same findings as the leaflet's checker, for the questions asked (a finding never depends on a window).
        const leaflet = assessSuitability(given, assess);
        expect(findingsOf(result)).to.deep.equal(findingsOf(leaflet).filter(([question]) => asked.has(question!)));
        // The headline: the most restrictive finding, otherwise incomplete while an asked question is unanswered.
        const expected = result.findings.reduce<Headline>(
          (headline, f) => (rank(f.category) > rank(headline) ? f.category : headline),
          result.unanswered.length > 0 ? 'incomplete' : 'no-concerns-found',
        );
        expect(result.headline).to.equal(expected);
      }),
      runs,
    );
  });

  it("dates each reason to wait by the protocol's window, its last day still inside", () => {
    fc.assert(
      fc.property(protocolInputs, answers, assessOptions, (input, given, assess) => {
        const protocol = protocolOf(input);
        const result = assessSuitability(given, { ...assess, protocol });
        for (const window of result.windows) {
          const days = durationDays(protocol.suitability.windows[window.question])!;
          expect(window.window, window.question).to.deep.equal(protocol.suitability.windows[window.question]);
          expect(window.lastDay, window.question).to.equal(addDays(window.eventDate, days));
          expect(window.over, window.question).to.equal(assess.today! > window.lastDay);
        }
        // A window for every dated, asked question with a finding and a date.
        const expected = result.findings.filter((f) => assess.dates?.[f.question as DatedQuestionId] !== undefined).map((f) => f.question);
        expect(result.windows.map((w) => w.question)).to.deep.equal(expected);
      }),
      runs,
    );
  });

  it('always asks about the face, and thread veins on the face always make the headline "not offered"', () => {
    fc.assert(
      fc.property(protocolInputs, answers, assessOptions, fc.constantFrom('face', 'both'), (input, given, assess, location) => {
        const protocol = protocolOf(input);
        expect(suitabilityQuestionsFor(protocol)[0]?.id).to.equal('location');
        const result = assessSuitability({ ...given, location }, { ...assess, protocol });
        expect(result.headline).to.equal('not-offered');
        expect(result.findings[0]).to.deep.include({ question: 'location', answer: location, category: 'not-offered' });
      }),
      runs,
    );
  });

  it('always keeps the warning signs in the aftercare, every day from the treatment, and DVT and PE first among the complications', () => {
    fc.assert(
      // Up to 400 days on: isoDate keeps two years clear of the last year the core accepts.
      fc.property(protocolInputs, isoDate, fc.nat(400), (input, treatment, day) => {
        const protocol = protocolOf(input);
        for (const date of [null, treatment]) {
          const schedule = aftercareSchedule(date, { protocol }) as AftercareSchedule;
          const warning = schedule.entries.filter((e) => e.id === 'warning-signs');
          expect(warning, String(date)).to.have.length(1);
          expect(warning[0]).to.deep.include({ kind: 'warning-sign', startDay: 0, endDay: null, ref: warningSigns.ref });
          expect(warning[0]?.start).to.equal(date);
        }
        const schedule = aftercareSchedule(treatment, { protocol }) as AftercareSchedule;
        const phase = phaseOn(schedule, addDays(treatment, day)!) as AftercarePhase;
        expect(phase.entries.map((e) => e.id)).to.include('warning-signs');

        const list = complicationsFor(protocol);
        expect(list[0]).to.deep.include({ id: 'dvt-and-pe', group: 'urgent', action: 'warning-signs', actionRef: warningSigns.ref });
        expect(list.filter((c) => c.action === 'warning-signs').map((c) => c.id)).to.deep.equal(['dvt-and-pe']);
      }),
      runs,
    );
  });
});
