/**
 * Runs in Chromium with the page's time zone emulated (the tz-* groups of web-test-runner.config.js),
 * next to every other core test. It checks that the emulation took effect, then the calendar
 * arithmetic around each zone's own daylight-saving changes and midnights.
 */
import { expect } from 'chai';
import {
  aftercareSchedule,
  assessSuitability,
  phaseOn,
  preparationSteps,
  todayIsoDate,
  type AftercarePhase,
  type AftercareSchedule,
  type PreparationPlan,
} from '../../src/core/index.js';

declare global {
  var __MSC_TEST_TIME_ZONE__: string | undefined;
}

/** Each zone's clock changes in 2026 (or a date far from one for Kolkata, which has none). */
const clockChanges: Record<string, string[]> = {
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Pacific/Auckland': ['2026-04-05', '2026-09-27'],
  'Asia/Kolkata': ['2026-03-29', '2026-12-31'],
};

describe('calendar arithmetic in the emulated time zone', () => {
  const zone = globalThis.__MSC_TEST_TIME_ZONE__ ?? '';

  it('runs in the time zone the group asked for', () => {
    expect(Object.keys(clockChanges)).to.include(zone);
    // Compared in the engine's own spelling of the zone (Chromium says Asia/Calcutta for Asia/Kolkata).
    const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(canonical);
  });

  it('keeps every schedule entry on whole calendar days across the clock changes', () => {
    for (const change of clockChanges[zone] ?? []) {
      for (let offset = -8; offset <= 1; offset++) {
        const start = new Date(`${change}T12:00:00Z`);
        start.setUTCDate(start.getUTCDate() + offset);
        const treatment = start.toISOString().slice(0, 10);
        const schedule = aftercareSchedule(treatment) as AftercareSchedule;
        const stockings = schedule.entries.find((e) => e.id === 'stockings')!;
        const seven = new Date(`${treatment}T12:00:00Z`);
        seven.setUTCDate(seven.getUTCDate() + 7);
        expect(stockings.end, treatment).to.equal(seven.toISOString().slice(0, 10));
        expect((phaseOn(schedule, stockings.end!) as AftercarePhase).day, treatment).to.equal(7);
      }
    }
  });

  it("reads today's date from the local clock at both ends of the day of a clock change", () => {
    for (const change of clockChanges[zone] ?? []) {
      const [y, m, d] = change.split('-').map(Number) as [number, number, number];
      expect(todayIsoDate(new Date(y, m - 1, d, 0, 30)), change).to.equal(change);
      expect(todayIsoDate(new Date(y, m - 1, d, 23, 30)), change).to.equal(change);
    }
  });

  it('dates preparation and suitability windows the same in every zone', () => {
    const plan = preparationSteps('2026-03-29') as PreparationPlan;
    expect(plan.steps.find((s) => s.id === 'no-shaving')?.from).to.equal('2026-03-28');
    const result = assessSuitability({ antibiotics: 'yes' }, { today: '2026-03-29', dates: { antibiotics: '2026-03-15' } });
    expect(result.windows[0]).to.include({ lastDay: '2026-03-29', over: false });
  });
});
