import { expect } from 'chai';
import ICAL from 'ical.js';
import { aftercareICalendar, aftercareSchedule, type AftercareSchedule } from '../../src/core/index.js';

const schedule = aftercareSchedule('2026-03-27') as AftercareSchedule;
const now = new Date(Date.UTC(2026, 2, 20, 9, 30, 0));
const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const events = (text: string) => parse(text).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('aftercareICalendar', () => {
  const ics = aftercareICalendar(schedule, { now, name: 'Leafy Lane Clinic' });

  it('is a calendar that ical.js parses, with one all-day event per dated entry', () => {
    const calendar = parse(ics);
    expect(calendar.name).to.equal('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Leafy Lane Clinic');
    const dated = schedule.entries.filter((e) => e.end !== null);
    const parsed = events(ics);
    expect(parsed.map((e) => e.summary)).to.deep.equal(dated.map((e) => e.id));
    for (const [i, event] of parsed.entries()) {
      expect(event.startDate.isDate, event.summary).to.equal(true);
      expect(event.startDate.toString()).to.equal(dated[i]!.start);
    }
  });

  it('ends each event the day after its last day, as RFC 5545 all-day events do', () => {
    const byId = new Map(events(ics).map((e) => [e.summary, e]));
    expect(byId.get('remove-dressings')?.endDate.toString()).to.equal('2026-03-28');
    expect(byId.get('no-sun')?.endDate.toString()).to.equal('2026-05-09');
    expect(byId.get('review')?.startDate.toString()).to.equal('2026-04-24');
    expect(byId.get('review')?.endDate.toString()).to.equal('2026-05-09');
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
  });

  it('keeps UIDs stable for the same treatment date and different for another', () => {
    const uids = (text: string) => events(text).map((e) => e.uid);
    const again = aftercareICalendar(schedule, { now: new Date() });
    expect(uids(again)).to.deep.equal(uids(ics));
    expect(new Set(uids(ics)).size).to.equal(uids(ics).length);
    const other = aftercareSchedule('2026-03-28') as AftercareSchedule;
    expect(uids(aftercareICalendar(other, { now }))).to.not.include.members(uids(ics).slice(0, 1));
  });

  it('stamps every event with the time it was made', () => {
    expect(ics).to.include('DTSTAMP:20260320T093000Z');
  });

  it('folds long and non-Latin text without breaking a character, and escapes special characters', () => {
    const summary = 'Zakładaj pończochy uciskowe, w dzień; i w nocy\\ — '.repeat(4);
    const warning = 'إذا تورمت ساقك أو ضاق نفسك، اذهب إلى قسم الطوارئ.\nLeg swelling or shortness of breath: go to A&E.';
    const text = aftercareICalendar(schedule, { now, warning, text: (e) => ({ summary, description: `Entry ${e.id}` }) });
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const [first] = events(text);
    expect(first?.summary).to.equal(summary);
    expect(first?.description).to.equal(`Entry remove-dressings\n\n${warning}`);
  });

  it('has no events for a schedule without a treatment date', () => {
    const relative = aftercareSchedule() as AftercareSchedule;
    expect(events(aftercareICalendar(relative, { now }))).to.deep.equal([]);
  });
});
