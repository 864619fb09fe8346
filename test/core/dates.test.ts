import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, daysBetween, isIsoDate, todayIsoDate } from '../../src/core/index.js';
import { isoDate } from './arbitraries.js';

describe('calendar dates', () => {
  it('accepts real calendar dates only', () => {
    for (const good of ['2026-03-27', '2024-02-29', '2000-02-29', '1900-01-01', '2999-12-31']) {
      expect(isIsoDate(good), good).to.equal(true);
    }
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '26-03-27',
      '2026-3-27',
      '2026-03-27T00:00',
      ' 2026-03-27',
      '1899-12-31',
      '3000-01-01',
      '',
      'today',
      null,
      undefined,
      20260327,
    ]) {
      expect(isIsoDate(bad), String(bad)).to.equal(false);
    }
  });

  it('adds days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays('2026-03-27', 7)).to.equal('2026-04-03'); // across the UK clock change on 29 March
    expect(addDays('2026-10-20', 14)).to.equal('2026-11-03'); // across the October changes
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2026-02-30', 1)).to.equal(undefined);
  });

  it('counts whole days between dates, whatever the clocks did', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-04-04', '2026-04-06')).to.equal(2); // New Zealand's April change
    expect(daysBetween('2026-03-30', '2026-03-28')).to.equal(-2);
    expect(daysBetween('2026-03-30', 'soon')).to.equal(undefined);
  });

  it('round-trips: adding n days and counting back gives n (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (date, n) => {
        const later = addDays(date, n);
        return later !== undefined && isIsoDate(later) && daysBetween(date, later) === n && addDays(later, -n) === date;
      }),
    );
  });

  it('always moves forward one calendar day at a time (property)', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const next = addDays(date, 1)!;
        return next > date && daysBetween(date, next) === 1;
      }),
    );
  });

  it("takes today's date from the local calendar, also just after midnight and just before it", () => {
    expect(todayIsoDate(new Date(2026, 2, 29, 0, 1))).to.equal('2026-03-29');
    expect(todayIsoDate(new Date(2026, 2, 29, 23, 59))).to.equal('2026-03-29');
    expect(todayIsoDate(new Date(2026, 9, 25, 12, 0))).to.equal('2026-10-25');
    expect(isIsoDate(todayIsoDate())).to.equal(true);
  });
});
