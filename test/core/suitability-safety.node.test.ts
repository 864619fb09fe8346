/**
 * The checker's safety property, checked exhaustively over every combination of answers: every
 * question unanswered, or given each answer it offers (4^12 = 16,777,216 combinations). Moving any
 * one answer toward "yes" or "not sure" (for the location: toward "face" or "both") never removes a
 * finding and never makes the headline less restrictive; "yes" and "not sure" always agree.
 * Node only: it assesses every combination once and compares neighbours through typed arrays.
 */
import { expect } from 'chai';
import { assessSuitability, headlineOrder, suitabilityQuestions } from '../../src/core/index.js';

const questions = suitabilityQuestions;
/** For each question, its states: unanswered, then its options with the non-raising ones first. */
const states = questions.map((q) => [
  undefined,
  ...q.options.filter((o) => !q.raises.includes(o)),
  ...q.options.filter((o) => q.raises.includes(o)),
]);
const radix = 4;
const bitOf = new Map(questions.map((q, i) => [q.id, 1 << i]));

describe('assessSuitability safety property (exhaustive)', function () {
  this.timeout(1_800_000); // about 3 minutes on an idle 2-core machine (4^13 combinations); far more under load

  it('has four states per question, of which the last two raise a finding', () => {
    for (const [i, q] of questions.entries()) {
      expect(states[i], q.id).to.have.length(radix);
      expect(q.raises, q.id).to.have.members(states[i]!.slice(2) as string[]);
    }
  });

  it('never loses a finding or softens the headline when an answer moves toward "yes" or "not sure"', () => {
    const total = radix ** questions.length;
    const rank = new Uint8Array(total);
    const mask = new Uint16Array(total);
    const digits = new Array<number>(questions.length).fill(0);
    const answers: Record<string, unknown> = Object.fromEntries(questions.map((q) => [q.id, undefined]));

    for (let index = 0; index < total; index++) {
      const result = assessSuitability(answers);
      rank[index] = headlineOrder.indexOf(result.headline);
      let bits = 0;
      for (const finding of result.findings) bits |= bitOf.get(finding.question)!;
      mask[index] = bits;
      // Next combination: an odometer over the digits, question 0 turning fastest.
      for (let i = 0; i < questions.length; i++) {
        digits[i] = (digits[i]! + 1) % radix;
        answers[questions[i]!.id] = states[i]![digits[i]!]; // undefined: unanswered
        if (digits[i] !== 0) break;
      }
    }

    let comparisons = 0;
    const failures: string[] = [];
    const describeIndex = (index: number) =>
      questions.map((q, i) => `${q.id}=${String(states[i]![Math.floor(index / radix ** i) % radix])}`).join(' ');
    for (let index = 0; index < total && failures.length < 5; index++) {
      for (let i = 0, weight = 1; i < questions.length; i++, weight *= radix) {
        const digit = Math.floor(index / weight) % radix;
        if (digit >= 2) continue; // already at "yes"/"not sure": nothing further toward them
        for (const up of [2, 3]) {
          const next = index + (up - digit) * weight;
          comparisons++;
          if ((mask[next]! & mask[index]!) !== mask[index] || rank[next]! < rank[index]!) {
            failures.push(`${describeIndex(index)} -> ${questions[i]!.id}=${String(states[i]![up])}`);
          }
        }
        if (digit === 0) {
          // "yes" and "not sure" (face and both) must give the same headline and findings.
          const yes = index + 2 * weight;
          const unsure = index + 3 * weight;
          if (mask[yes] !== mask[unsure] || rank[yes] !== rank[unsure]) failures.push(`${describeIndex(yes)} differs from not sure`);
        }
      }
    }
    expect(failures).to.deep.equal([]);
    // Half of all (combination, question) pairs sit at a low state, each compared with two raising states.
    expect(comparisons).to.equal(total * questions.length);
  });
});
