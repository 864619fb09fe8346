import { expect } from 'chai';
import {
  assessSuitability,
  headlineOrder,
  suitabilityQuestions,
  type QuestionId,
  type SuitabilityAnswers,
} from '../../src/core/index.js';

const ids = suitabilityQuestions.map((q) => q.id);
/** Every question answered with its "nothing to report" answer. */
const allClear = (): SuitabilityAnswers =>
  Object.fromEntries(suitabilityQuestions.map((q) => [q.id, q.id === 'location' ? 'legs' : 'no']));

describe('suitabilityQuestions', () => {
  it('has unique ids, and every answer that raises a finding is one the question offers', () => {
    expect(new Set(ids).size).to.equal(ids.length);
    for (const q of suitabilityQuestions) {
      expect(q.options.length, q.id).to.be.greaterThan(1);
      for (const raised of q.raises) expect(q.options, q.id).to.include(raised);
    }
  });

  it('offers yes, no and not sure for every question but the location, and "not sure" raises a finding', () => {
    for (const q of suitabilityQuestions.filter((question) => question.id !== 'location')) {
      expect(q.options, q.id).to.deep.equal(['yes', 'no', 'unsure']);
      expect(q.raises, q.id).to.have.members(['yes', 'unsure']);
    }
  });

  it('asks where the thread veins are, with legs, face or both', () => {
    const location = suitabilityQuestions.find((q) => q.id === 'location');
    expect(location?.options).to.deep.equal(['legs', 'face', 'both']);
    expect(location?.raises).to.have.members(['face', 'both']);
  });

  it('accepts a date exactly for the time-limited reasons, with the leaflet windows', () => {
    const dated = suitabilityQuestions.filter((q) => q.acceptsDate).map((q) => [q.id, q.windowDays]);
    expect(dated).to.deep.equal([
      ['infection', 14],
      ['thrombophlebitis', 84],
      ['heart-problem', 84],
    ]);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(suitabilityQuestions)).to.equal(true);
    expect(suitabilityQuestions.every((q) => Object.isFrozen(q))).to.equal(true);
  });
});

describe('assessSuitability', () => {
  it('with no answers is incomplete, lists every question as unanswered and finds nothing', () => {
    const result = assessSuitability({});
    expect(result.headline).to.equal('incomplete');
    expect(result.unanswered).to.deep.equal(ids);
    expect(result.findings).to.deep.equal([]);
  });

  it('with every answer "no" (legs only) finds no concerns', () => {
    const result = assessSuitability(allClear());
    expect(result.headline).to.equal('no-concerns-found');
    expect(result.findings).to.deep.equal([]);
    expect(result.unanswered).to.deep.equal([]);
    expect(result.invalid).to.deep.equal([]);
  });

  for (const question of suitabilityQuestions) {
    const raised = question.raises[0];
    it(`turns "${raised}" to ${question.id} into one ${question.category} finding with its advice and reference`, () => {
      const result = assessSuitability({ ...allClear(), [question.id]: raised });
      expect(result.headline).to.equal(question.category);
      expect(result.findings).to.deep.equal([
        { question: question.id, answer: raised, category: question.category, advice: question.advice, ref: question.ref },
      ]);
    });
  }

  it('treats "not sure" exactly as cautiously as "yes"', () => {
    for (const id of ids.filter((questionId) => questionId !== 'location')) {
      const yes = assessSuitability({ ...allClear(), [id]: 'yes' });
      const unsure = assessSuitability({ ...allClear(), [id]: 'unsure' });
      expect(unsure.headline, id).to.equal(yes.headline);
      expect(unsure.findings.map((f) => [f.question, f.category, f.advice]), id).to.deep.equal(
        yes.findings.map((f) => [f.question, f.category, f.advice]),
      );
    }
  });

  it('shows the most restrictive finding as the headline and keeps every finding in question order', () => {
    const result = assessSuitability({ ...allClear(), tamoxifen: 'yes', infection: 'yes', 'varicose-veins': 'unsure' });
    expect(result.headline).to.equal('varicose-veins-first');
    expect(result.findings.map((f) => f.question)).to.deep.equal(['infection', 'varicose-veins', 'tamoxifen']);
    expect(assessSuitability({ ...allClear(), location: 'both', infection: 'yes' }).headline).to.equal('not-offered');
  });

  it('reports findings even while some questions are unanswered', () => {
    const result = assessSuitability({ 'heart-problem': 'yes' });
    expect(result.headline).to.equal('wait');
    expect(result.unanswered).to.have.length(ids.length - 1);
  });

  it('orders the headlines from least to most restrictive', () => {
    expect(headlineOrder).to.deep.equal([
      'no-concerns-found',
      'incomplete',
      'wait',
      'talk-to-clinic',
      'varicose-veins-first',
      'not-offered',
    ]);
  });

  describe('time windows', () => {
    it('gives the earliest date each window allows from the date the patient gave', () => {
      const result = assessSuitability(
        { ...allClear(), infection: 'yes', thrombophlebitis: 'unsure', 'heart-problem': 'yes' },
        { today: '2026-03-10', dates: { infection: '2026-03-01', thrombophlebitis: '2026-01-01', 'heart-problem': '2025-12-20' } },
      );
      expect(result.earliestDates).to.deep.equal([
        { question: 'infection', eventDate: '2026-03-01', earliest: '2026-03-15', passed: false },
        { question: 'thrombophlebitis', eventDate: '2026-01-01', earliest: '2026-03-26', passed: false },
        { question: 'heart-problem', eventDate: '2025-12-20', earliest: '2026-03-14', passed: false },
      ]);
    });

    it('says a window has passed from its last day on, and keeps the finding for the clinic to see', () => {
      const dates = { infection: '2026-03-01' };
      expect(assessSuitability({ infection: 'yes' }, { today: '2026-03-14', dates }).earliestDates[0]?.passed).to.equal(false);
      const onTheDay = assessSuitability({ infection: 'yes' }, { today: '2026-03-15', dates });
      expect(onTheDay.earliestDates[0]?.passed).to.equal(true);
      expect(onTheDay.findings.map((f) => f.question)).to.deep.equal(['infection']);
    });

    it('gives no date when the answer raises no finding, and ignores a date with no answer', () => {
      const dates = { infection: '2026-03-01' };
      expect(assessSuitability({ infection: 'no' }, { dates }).earliestDates).to.deep.equal([]);
      expect(assessSuitability({}, { dates }).earliestDates).to.deep.equal([]);
    });

    it('uses the local date as today when none is given', () => {
      const result = assessSuitability({ infection: 'yes' }, { dates: { infection: '1999-01-01' } });
      expect(result.earliestDates[0]?.passed).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('reports an answer a question does not offer and treats the question as unanswered', () => {
      const result = assessSuitability({ ...allClear(), tamoxifen: 'maybe' } as unknown as SuitabilityAnswers);
      expect(result.invalid).to.deep.equal([{ question: 'tamoxifen', field: 'answer' }]);
      expect(result.unanswered).to.deep.equal(['tamoxifen']);
      expect(result.headline).to.equal('incomplete');
    });

    it('reports unknown questions and invalid dates without throwing', () => {
      const result = assessSuitability({ ...allClear(), infection: 'yes', shoeSize: 'yes' } as unknown as SuitabilityAnswers, {
        today: 'not a date',
        dates: { infection: '2026-02-30', tamoxifen: '2026-01-01', nonsense: '2026-01-01' } as Record<string, string>,
      });
      expect(result.invalid).to.deep.equal([
        { question: 'shoeSize', field: 'answer' },
        { question: 'infection', field: 'date' },
        { question: 'tamoxifen', field: 'date' },
        { question: 'nonsense', field: 'date' },
      ]);
      expect(result.findings.map((f) => f.question)).to.deep.equal(['infection']);
      expect(result.earliestDates).to.deep.equal([]);
    });

    it('survives answers and options that are not objects', () => {
      for (const junk of [null, undefined, 42, 'yes']) {
        const result = assessSuitability(junk as unknown as SuitabilityAnswers, { dates: junk as never });
        expect(result.headline).to.equal('incomplete');
      }
    });
  });

  it('returns an immutable result', () => {
    const result = assessSuitability({ infection: 'yes' }, { dates: { infection: '2026-01-01' } });
    expect(Object.isFrozen(result)).to.equal(true);
    for (const list of [result.findings, result.unanswered, result.earliestDates, result.invalid]) {
      expect(Object.isFrozen(list)).to.equal(true);
    }
    expect(Object.isFrozen(result.findings[0])).to.equal(true);
    expect(Object.isFrozen(result.earliestDates[0])).to.equal(true);
    expect(() => (result.unanswered as QuestionId[]).push('tamoxifen')).to.throw(TypeError);
  });
});
