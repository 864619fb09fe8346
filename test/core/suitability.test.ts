import { expect } from 'chai';
import { assessSuitability, headlineOrder, suitabilityQuestions, type QuestionId, type SuitabilityAnswers } from '../../src/core/index.js';

const ids = suitabilityQuestions.map((q) => q.id);
/** Every question answered with its "nothing to report" answer ("No", "Yes" to "Can you walk?", the legs). */
const allClear = (): SuitabilityAnswers =>
  Object.fromEntries(suitabilityQuestions.map((q) => [q.id, q.id === 'location' ? 'legs' : q.id === 'able-to-walk' ? 'yes' : 'no']));

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
      expect(q.raises, q.id).to.have.members([q.id === 'able-to-walk' ? 'no' : 'yes', 'unsure']);
    }
  });

  it('asks every question positively: only "Can you walk?" raises a finding on "No"', () => {
    const raisedByNo = suitabilityQuestions.filter((q) => (q.raises as readonly string[]).includes('no')).map((q) => q.id);
    expect(raisedByNo).to.deep.equal(['able-to-walk']);
    expect(ids).to.not.include('unable-to-walk');
  });

  it('asks about a current infection (no date) apart from antibiotics in the last 2 weeks (date of the last dose)', () => {
    const infection = suitabilityQuestions.find((q) => q.id === 'current-infection')!;
    const antibiotics = suitabilityQuestions.find((q) => q.id === 'antibiotics')!;
    expect(infection).to.include({ category: 'wait', acceptsDate: false, ref: 'suitability/2' });
    expect(infection.window).to.equal(undefined);
    expect(antibiotics).to.include({ category: 'wait', acceptsDate: true, windowDays: 14, ref: 'suitability/2' });
    expect(antibiotics.window).to.deep.equal({ amount: 2, unit: 'weeks' });
  });

  it('asks where the thread veins are, with legs, face or both', () => {
    const location = suitabilityQuestions.find((q) => q.id === 'location');
    expect(location?.options).to.deep.equal(['legs', 'face', 'both']);
    expect(location?.raises).to.have.members(['face', 'both']);
  });

  it('accepts a date exactly for the time-limited reasons, with the leaflet windows', () => {
    const dated = suitabilityQuestions.filter((q) => q.acceptsDate).map((q) => [q.id, q.windowDays]);
    expect(dated).to.deep.equal([
      ['antibiotics', 14],
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
    for (const question of suitabilityQuestions.filter((q) => q.id !== 'location')) {
      const id = question.id;
      const yes = assessSuitability({ ...allClear(), [id]: question.raises[0] });
      const unsure = assessSuitability({ ...allClear(), [id]: 'unsure' });
      expect(unsure.headline, id).to.equal(yes.headline);
      expect(
        unsure.findings.map((f) => [f.question, f.category, f.advice]),
        id,
      ).to.deep.equal(yes.findings.map((f) => [f.question, f.category, f.advice]));
    }
  });

  it('shows the most restrictive finding as the headline and keeps every finding in question order', () => {
    const result = assessSuitability({ ...allClear(), tamoxifen: 'yes', antibiotics: 'yes', 'varicose-veins': 'unsure' });
    expect(result.headline).to.equal('varicose-veins-first');
    expect(result.findings.map((f) => f.question)).to.deep.equal(['antibiotics', 'varicose-veins', 'tamoxifen']);
    expect(assessSuitability({ ...allClear(), location: 'both', 'current-infection': 'yes' }).headline).to.equal('not-offered');
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
    it('gives the last day of each window from the date the patient gave: the event date plus the window', () => {
      const result = assessSuitability(
        { ...allClear(), antibiotics: 'yes', thrombophlebitis: 'unsure', 'heart-problem': 'yes' },
        { today: '2026-03-10', dates: { antibiotics: '2026-03-01', thrombophlebitis: '2026-01-01', 'heart-problem': '2025-12-20' } },
      );
      const twelveWeeks = { amount: 12, unit: 'weeks' };
      expect(result.windows).to.deep.equal([
        { question: 'antibiotics', eventDate: '2026-03-01', window: { amount: 2, unit: 'weeks' }, lastDay: '2026-03-15', over: false },
        { question: 'thrombophlebitis', eventDate: '2026-01-01', window: twelveWeeks, lastDay: '2026-03-26', over: false },
        { question: 'heart-problem', eventDate: '2025-12-20', window: twelveWeeks, lastDay: '2026-03-14', over: false },
      ]);
    });

    it('counts the boundary day as inside the window: over only from the day after, and the finding stays', () => {
      const dates = { antibiotics: '2026-03-01' };
      expect(assessSuitability({ antibiotics: 'yes' }, { today: '2026-03-14', dates }).windows[0]?.over).to.equal(false);
      // Day 14 after the last dose: "in the last fortnight" is still true.
      const boundary = assessSuitability({ antibiotics: 'yes' }, { today: '2026-03-15', dates });
      expect(boundary.windows[0]).to.include({ lastDay: '2026-03-15', over: false });
      const after = assessSuitability({ antibiotics: 'yes' }, { today: '2026-03-16', dates });
      expect(after.windows[0]?.over).to.equal(true);
      expect(after.findings.map((f) => f.question)).to.deep.equal(['antibiotics']);
    });

    it('never dates a current infection: its finding stands whatever date is given', () => {
      const result = assessSuitability(
        { 'current-infection': 'yes' },
        { today: '2026-03-16', dates: { 'current-infection': '2025-01-01' } as Record<string, string> },
      );
      expect(result.windows).to.deep.equal([]);
      expect(result.findings.map((f) => f.question)).to.deep.equal(['current-infection']);
      expect(result.invalid).to.deep.equal([{ question: 'current-infection', field: 'date' }]);
    });

    it('gives no window when the answer raises no finding, and ignores a date with no answer', () => {
      const dates = { antibiotics: '2026-03-01' };
      expect(assessSuitability({ antibiotics: 'no' }, { dates }).windows).to.deep.equal([]);
      expect(assessSuitability({}, { dates }).windows).to.deep.equal([]);
    });

    it('uses the local date as today when none is given', () => {
      const result = assessSuitability({ antibiotics: 'yes' }, { dates: { antibiotics: '1999-01-01' } });
      expect(result.windows[0]?.over).to.equal(true);
      const future = assessSuitability({ antibiotics: 'yes' }, { dates: { antibiotics: '2999-01-01' } });
      expect(future.windows[0]?.over).to.equal(false);
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
      const result = assessSuitability({ ...allClear(), antibiotics: 'yes', shoeSize: 'yes' } as unknown as SuitabilityAnswers, {
        today: 'not a date',
        dates: { antibiotics: '2026-02-30', tamoxifen: '2026-01-01', nonsense: '2026-01-01' } as Record<string, string>,
      });
      expect(result.invalid).to.deep.equal([
        { question: 'shoeSize', field: 'answer' },
        { question: 'antibiotics', field: 'date' },
        { question: 'tamoxifen', field: 'date' },
        { question: 'nonsense', field: 'date' },
      ]);
      expect(result.findings.map((f) => f.question)).to.deep.equal(['antibiotics']);
      expect(result.windows).to.deep.equal([]);
    });

    it('survives answers and options that are not objects', () => {
      for (const junk of [null, undefined, 42, 'yes']) {
        const result = assessSuitability(junk as unknown as SuitabilityAnswers, { dates: junk as never });
        expect(result.headline).to.equal('incomplete');
      }
    });
  });

  it('returns an immutable result', () => {
    const result = assessSuitability({ antibiotics: 'yes' }, { dates: { antibiotics: '2026-01-01' } });
    expect(Object.isFrozen(result)).to.equal(true);
    for (const list of [result.findings, result.unanswered, result.windows, result.invalid]) {
      expect(Object.isFrozen(list)).to.equal(true);
    }
    expect(Object.isFrozen(result.findings[0])).to.equal(true);
    expect(Object.isFrozen(result.windows[0])).to.equal(true);
    expect(() => (result.unanswered as QuestionId[]).push('tamoxifen')).to.throw(TypeError);
  });
});
