import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, aftercareSchedule, phaseOn, type AftercarePhase, type AftercareSchedule } from '../../src/core/index.js';
import { isoDate } from './arbitraries.js';

const schedule = (date?: string) => aftercareSchedule(date) as AftercareSchedule;
const phase = (s: AftercareSchedule, date: string) => phaseOn(s, date) as AftercarePhase;
const dated = schedule('2026-03-27');
const entry = (id: string, s = dated) => s.entries.find((e) => e.id === id)!;

describe('aftercareSchedule', () => {
  it('dates every entry from the treatment day, across the UK clock change', () => {
    const rows = dated.entries.map((e) => [e.id, e.kind, e.start, e.end]);
    expect(rows).to.deep.equal([
      ['remove-dressings', 'instruction', '2026-03-27', '2026-03-27'],
      ['stockings-day-and-night', 'window', '2026-03-27', '2026-03-30'],
      ['stockings', 'window', '2026-03-27', '2026-04-03'],
      ['exercise', 'window', '2026-03-27', '2026-04-03'],
      ['no-hot-baths', 'window', '2026-03-27', '2026-04-03'],
      ['no-air-travel', 'window', '2026-03-27', '2026-04-24'],
      ['no-sun', 'window', '2026-03-27', '2026-05-08'],
      ['healing', 'healing', '2026-03-27', null],
      ['sun-if-darkened', 'window', null, null],
      ['warning-signs', 'warning-sign', '2026-03-27', null],
      ['review', 'review', '2026-04-24', '2026-05-08'],
    ]);
    expect(dated.treatmentDate).to.equal('2026-03-27');
    expect(dated.lastDay).to.equal(42);
  });

  it('gives the same timeline in relative days when there is no date', () => {
    for (const none of [undefined, null]) {
      const relative = aftercareSchedule(none) as AftercareSchedule;
      expect(relative.ok).to.equal(true);
      expect(relative.treatmentDate).to.equal(null);
      expect(relative.entries.map((e) => [e.id, e.startDay, e.endDay])).to.deep.equal(
        dated.entries.map((e) => [e.id, e.startDay, e.endDay]),
      );
      expect(relative.entries.every((e) => e.start === null && e.end === null)).to.equal(true);
    }
  });

  it('keeps the leaflet figures: a 30-minute walk twice a day, sun for at least 12 months if the skin darkens', () => {
    expect(entry('exercise').details).to.deep.equal({ minutes: 30, timesPerDay: 2 });
    expect(entry('sun-if-darkened')).to.include({ condition: 'skin-darkening' });
    expect(entry('sun-if-darkened').duration).to.deep.equal({ amount: 12, unit: 'months', atLeast: true });
  });

  it('returns an invalid-date result, never throws, for a date it cannot use', () => {
    for (const bad of ['2026-02-29', '27/03/2026', '', 'tomorrow', 20260327]) {
      expect(aftercareSchedule(bad as string)).to.deep.equal({ ok: false, error: 'invalid-date', input: bad });
    }
  });

  it('is immutable, down to each entry', () => {
    expect(Object.isFrozen(dated) && Object.isFrozen(dated.entries)).to.equal(true);
    expect(dated.entries.every((e) => Object.isFrozen(e))).to.equal(true);
    expect(Object.isFrozen(entry('exercise').details)).to.equal(true);
  });

  it('puts every window on the right dates for any treatment date (property)', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const s = schedule(date);
        return s.entries.every((e) =>
          e.condition
            ? e.start === null && e.end === null
            : e.start === addDays(date, e.startDay) && (e.endDay === null ? e.end === null : e.end === addDays(date, e.endDay)),
        );
      }),
    );
  });
});

describe('phaseOn', () => {
  const ids = (date: string) => phase(dated, date).entries.map((e) => e.id);

  it('counts down before the treatment and applies nothing yet', () => {
    expect(phase(dated, '2026-03-20')).to.deep.include({ day: -7, status: 'before', entries: [] });
  });

  it('applies the treatment-day entries on the day itself', () => {
    expect(phase(dated, '2026-03-27')).to.include({ day: 0, status: 'during' });
    expect(ids('2026-03-27')).to.include.members(['remove-dressings', 'stockings-day-and-night', 'warning-signs']);
  });

  it('keeps stockings on at night until day 3, then by day until day 7', () => {
    expect(ids('2026-03-30')).to.include.members(['stockings-day-and-night', 'stockings']);
    expect(ids('2026-03-31')).to.include('stockings').and.not.include('stockings-day-and-night');
    expect(ids('2026-03-31')).to.not.include('remove-dressings');
    expect(ids('2026-04-04')).to.not.include.members(['stockings', 'exercise', 'no-hot-baths']);
  });

  it('covers the review window from 4 to 6 weeks after the treatment day (days 28 to 42)', () => {
    expect(ids('2026-04-23')).to.not.include('review');
    expect(ids('2026-04-24')).to.include('review');
    expect(ids('2026-05-08')).to.include.members(['review', 'no-sun']);
  });

  it('never dates the conditional sun rule: it runs from when the skin darkens, not from the treatment day', () => {
    const sun = entry('sun-if-darkened');
    expect(sun).to.include({ condition: 'skin-darkening', start: null, end: null });
    expect(dated.entries.filter((e) => e.condition).every((e) => e.start === null && e.end === null)).to.equal(true);
  });

  it('is "after" (never "complete") past the last dated day, leaving what has no end', () => {
    const after = phase(dated, '2026-05-09');
    expect(after).to.include({ day: 43, status: 'after' });
    expect(after.entries.map((e) => e.id)).to.deep.equal(['healing', 'sun-if-darkened', 'warning-signs']);
  });

  it('returns an invalid-date result for a bad day or an undated schedule', () => {
    expect(phaseOn(dated, '2026-13-01')).to.deep.equal({ ok: false, error: 'invalid-date', input: '2026-13-01' });
    expect(phaseOn(schedule(), '2026-03-27')).to.deep.equal({ ok: false, error: 'invalid-date', input: null });
  });

  it('agrees with each entry window on every day around any treatment date (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -30, max: 400 }), (date, day) => {
        const s = schedule(date);
        const p = phase(s, addDays(date, day)!);
        const expected = s.entries.filter((e) => day >= e.startDay && (e.endDay === null || day <= e.endDay));
        const status = day < 0 ? 'before' : day > 42 ? 'after' : 'during';
        return p.day === day && p.status === status && p.entries.length === expected.length && p.entries.every((e, i) => e === expected[i]);
      }),
    );
  });
});
