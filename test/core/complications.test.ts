import { expect } from 'chai';
import { complicationGroups, complications, warningSigns } from '../../src/core/index.js';

describe('complications and warning signs', () => {
  it('puts every complication in the urgent group or "other", and no group is empty (no group claims an outcome)', () => {
    expect(complicationGroups).to.deep.equal(['urgent', 'other']);
    for (const group of complicationGroups) {
      expect(
        complications.filter((c) => c.group === group),
        group,
      ).to.not.be.empty;
    }
    expect(complications.every((c) => complicationGroups.includes(c.group))).to.equal(true);
    expect(new Set(complications.map((c) => c.id)).size).to.equal(complications.length);
  });

  it('puts DVT and PE first, with the warning signs as their action, and no other complication', () => {
    const urgent = complications.filter((c) => c.group === 'urgent');
    expect(urgent.map((c) => c.id)).to.deep.equal(['dvt-and-pe']);
    expect(complications[0]?.id).to.equal('dvt-and-pe');
    expect(urgent.every((c) => c.action === 'warning-signs' && c.actionRef === warningSigns.ref)).to.equal(true);
    expect(complications.filter((c) => c.action === 'warning-signs')).to.deep.equal(urgent);
  });

  it('gives the three complications the leaflet names no action for a neutral "ask the clinic"', () => {
    const neutral = complications.filter((c) => c.action === 'ask-the-clinic').map((c) => c.id);
    expect(neutral).to.deep.equal(['ulceration-and-necrosis', 'allergic-reaction', 'low-blood-pressure']);
  });

  it('carries the periods the leaflet gives: pigment changes up to 1 year, sun for at least 12 months if the skin darkens', () => {
    const byId = (id: string) => complications.find((c) => c.id === id);
    expect(byId('irritation-and-pigment-changes')?.duration).to.deep.equal({ amount: 1, unit: 'years' });
    expect(byId('hyperpigmentation')?.duration).to.deep.equal({ amount: 12, unit: 'months', atLeast: true });
  });

  it('names leg swelling and shortness of breath as the warning signs', () => {
    expect(warningSigns.symptoms).to.deep.equal(['leg-swelling', 'shortness-of-breath']);
    expect(warningSigns).to.include({ action: 'go-to-a-and-e', reason: 'rule-out-blood-clot' });
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(complications) && complications.every(Object.isFrozen)).to.equal(true);
    expect(Object.isFrozen(warningSigns) && Object.isFrozen(warningSigns.symptoms)).to.equal(true);
  });
});
