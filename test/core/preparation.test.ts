import { expect } from 'chai';
import { preparationSteps, type PreparationPlan } from '../../src/core/index.js';

const plan = (date?: string) => preparationSteps(date) as PreparationPlan;
const step = (date: string | undefined, id: string) => plan(date).steps.find((s) => s.id === id);

describe('preparationSteps', () => {
  it('lists the leaflet preparation items with their timings, undated without an appointment', () => {
    const result = plan();
    expect(result.ok).to.equal(true);
    expect(result.appointmentDate).to.equal(null);
    expect(result.steps.map((s) => [s.id, s.timing.kind, s.optional])).to.deep.equal([
      ['buy-compression-hosiery', 'before', false],
      ['no-shaving', 'hours-before', false],
      ['no-moisturiser', 'on-the-day', false],
      ['shorts-or-swimming-costume', 'on-the-day', true],
      ['paracetamol-if-worried', 'on-the-day', true],
    ]);
    expect(result.steps.every((s) => s.from === null && s.until === null)).to.equal(true);
  });

  it('dates each step from an appointment date', () => {
    expect(step('2026-03-27', 'no-shaving')).to.include({ from: '2026-03-26', until: '2026-03-27' });
    expect(step('2026-03-27', 'no-moisturiser')).to.include({ from: '2026-03-27', until: '2026-03-27' });
    expect(step('2026-03-27', 'buy-compression-hosiery')).to.include({ from: null, until: '2026-03-27' });
    expect(step('2026-03-01', 'no-shaving')?.from).to.equal('2026-02-28');
  });

  it('returns an invalid-date result for a date it cannot use', () => {
    for (const bad of ['2026-02-30', '27/03/2026', '']) {
      expect(preparationSteps(bad)).to.deep.equal({ ok: false, error: 'invalid-date', input: bad });
    }
  });

  it('is immutable', () => {
    const result = plan('2026-03-27');
    expect(Object.isFrozen(result) && Object.isFrozen(result.steps) && result.steps.every(Object.isFrozen)).to.equal(true);
  });
});
