import { expect } from 'chai';
import fc from 'fast-check';
import { areaRule, areaSizes, classifyArea, sessionsGuidance } from '../../src/core/index.js';

describe('classifyArea', () => {
  it('calls one hand or less small, two hands or more large, and anything between medium', () => {
    const cases: [number, string][] = [
      [0.25, 'small'],
      [1, 'small'],
      [1.01, 'medium'],
      [1.5, 'medium'],
      [1.99, 'medium'],
      [2, 'large'],
      [7, 'large'],
    ];
    for (const [hands, size] of cases) expect(classifyArea(hands), String(hands)).to.deep.equal({ ok: true, hands, size });
  });

  it('returns an error result, never throws, for anything that is not a number of hands above 0', () => {
    for (const bad of [0, -1, -0.5, Number.NaN, Infinity, -Infinity, '2', null, undefined, {}]) {
      expect(classifyArea(bad as number), JSON.stringify(bad)).to.deep.equal({ ok: false, error: 'invalid-hands', input: bad });
    }
  });

  it('never gives a smaller size for a bigger area (property)', () => {
    const hands = fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(hands, hands, (a, b) => {
        const [small, big] = a <= b ? [a, b] : [b, a];
        const rank = (h: number) => {
          const result = classifyArea(h);
          return result.ok ? areaSizes.indexOf(result.size) : -1;
        };
        return rank(small) >= 0 && rank(small) <= rank(big);
      }),
    );
  });

  it('is measured in female hands, as the leaflet says', () => {
    expect(areaRule).to.include({ unit: 'female-hand', smallAtMostHands: 1, largeAtLeastHands: 2 });
  });

  it('carries the sessions guidance: one may be enough for a small area, review at 4-6 weeks, expect a second', () => {
    expect(sessionsGuidance).to.include({
      oneSessionMayBeEnoughFor: 'small',
      onlyIfUncomplicated: true,
      reviewFromWeeks: 4,
      reviewToWeeks: 6,
      expectSecondSession: true,
    });
  });
});
