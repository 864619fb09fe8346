import { expect } from 'chai';
import { complicationGroups, complications, warningSigns } from '../../src/core/index.js';

describe('complications and warning signs', () => {
  it('puts every complication in one of the three groups, and no group is empty', () => {
    expect(complicationGroups).to.deep.equal(['urgent', 'treatable', 'settles']);
    for (const group of complicationGroups) {
      expect(complications.filter((c) => c.group === group), group).to.not.be.empty;
    }
    expect(complications.every((c) => complicationGroups.includes(c.group))).to.equal(true);
    expect(new Set(complications.map((c) => c.id)).size).to.equal(complications.length);
  });

  it('sends every urgent complication, and only those, to A&E like the warning signs', () => {
    const urgent = complications.filter((c) => c.group === 'urgent');
    expect(urgent.map((c) => c.id)).to.deep.equal(['dvt-and-pe']);
    expect(urgent.every((c) => c.action === warningSigns.action && c.actionRef === warningSigns.ref)).to.equal(true);
    expect(complications.filter((c) => c.action === 'go-to-a-and-e')).to.deep.equal(urgent);
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
