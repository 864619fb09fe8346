/**
 * The checker's safety property as a bounded property test, fast enough to run once per mutant in
 * mutation testing (the exhaustive sweep over every combination is suitability-safety.node.test.ts).
 * Moving one answer to the question's concerning answer or to "not sure" (for the location: "face"
 * or "both") never removes a finding and never makes the headline less restrictive, with or without
 * the dates of time-limited events and whatever today is.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  assessSuitability,
  headlineOrder,
  suitabilityQuestions,
  type Answer,
  type AssessOptions,
  type SuitabilityAnswers,
} from '../../src/core/index.js';
import { isoDate } from './arbitraries.js';

/** Any answers: each question unanswered or given any answer it offers. */
const answers: fc.Arbitrary<SuitabilityAnswers> = fc.record(
  Object.fromEntries(suitabilityQuestions.map((q) => [q.id, fc.constantFrom<Answer | undefined>(undefined, ...q.options)])),
) as fc.Arbitrary<SuitabilityAnswers>;

const dated = suitabilityQuestions.filter((q) => q.acceptsDate).map((q) => q.id);
const options: fc.Arbitrary<AssessOptions> = fc.record({
  today: isoDate,
  dates: fc.record(Object.fromEntries(dated.map((id) => [id, isoDate])), { requiredKeys: [] }),
});

const rank = (answersGiven: SuitabilityAnswers, assess: AssessOptions) => {
  const result = assessSuitability(answersGiven, assess);
  return { rank: headlineOrder.indexOf(result.headline), findings: result.findings.map((f) => f.question) };
};

describe('assessSuitability safety property (bounded, with dates)', () => {
  it('never loses a finding or softens the headline when one answer moves to a concerning answer', () => {
    fc.assert(
      fc.property(answers, options, fc.nat(suitabilityQuestions.length - 1), fc.nat(1), (given, assess, index, which) => {
        const question = suitabilityQuestions[index]!;
        const before = rank(given, assess);
        const after = rank({ ...given, [question.id]: question.raises[which] }, assess);
        expect(after.rank, question.id).to.be.at.least(before.rank);
        expect(after.findings, question.id).to.include.members(before.findings);
        expect(after.findings, question.id).to.include(question.id);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats "not sure" exactly like the concerning answer', () => {
    fc.assert(
      fc.property(answers, options, fc.nat(suitabilityQuestions.length - 1), (given, assess, index) => {
        const question = suitabilityQuestions[index]!;
        const [concerning, unsure] = question.raises;
        const a = assessSuitability({ ...given, [question.id]: concerning }, assess);
        const b = assessSuitability({ ...given, [question.id]: unsure }, assess);
        expect(b.headline).to.equal(a.headline);
        expect(b.findings.map((f) => [f.question, f.category, f.advice])).to.deep.equal(
          a.findings.map((f) => [f.question, f.category, f.advice]),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
