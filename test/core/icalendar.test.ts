import { expect } from 'chai';
import ICAL from 'ical.js';
import { aftercareICalendar, aftercareSchedule, contentInfo, type AftercareSchedule } from '../../src/core/index.js';

const schedule = aftercareSchedule('2026-03-27') as AftercareSchedule;
const now = new Date(Date.UTC(2026, 2, 20, 9, 30, 0));
const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const events = (text: string) =>
  parse(text)
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
/** The physical lines of the first content line that begins with `name`: itself and its continuation lines. */
const physicalLines = (text: string, name: string) => {
  const lines = text.split('\r\n');
  const first = lines.findIndex((line) => line.startsWith(name));
  const next = lines.findIndex((line, i) => i > first && !line.startsWith(' '));
  return lines.slice(first, next === -1 ? undefined : next);
};

describe('aftercareICalendar', () => {
  // Made in each test rather than once here, so that mutation testing (npm run test:mutation) sees
  // the tests run the calendar code and reruns just those tests for a change in it.
  const clinicCalendar = () => aftercareICalendar(schedule, { now, name: 'Leafy Lane Clinic' });

  it('is a calendar that ical.js parses, with one all-day event per dated entry', () => {
    const ics = clinicCalendar();
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
    const ics = clinicCalendar();
    const byId = new Map(events(ics).map((e) => [e.summary, e]));
    expect(byId.get('remove-dressings')?.endDate.toString()).to.equal('2026-03-28');
    expect(byId.get('no-sun')?.endDate.toString()).to.equal('2026-05-09');
    expect(byId.get('review')?.startDate.toString()).to.equal('2026-04-24');
    expect(byId.get('review')?.endDate.toString()).to.equal('2026-05-09');
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    const ics = clinicCalendar();
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
  });

  it('keeps UIDs stable for the same treatment date and different for another', () => {
    const ics = clinicCalendar();
    const uids = (text: string) => events(text).map((e) => e.uid);
    const again = aftercareICalendar(schedule, { now: new Date() });
    expect(uids(again)).to.deep.equal(uids(ics));
    expect(new Set(uids(ics)).size).to.equal(uids(ics).length);
    const other = aftercareSchedule('2026-03-28') as AftercareSchedule;
    expect(uids(aftercareICalendar(other, { now }))).to.not.include.members(uids(ics).slice(0, 1));
  });

  it('stamps every event with the time it was made', () => {
    expect(clinicCalendar()).to.include('DTSTAMP:20260320T093000Z');
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

  it('names what made it, with the content version, and is a published calendar to import, not an invitation', () => {
    const calendar = parse(clinicCalendar());
    const prodid = String(calendar.getFirstPropertyValue('prodid'));
    expect(prodid).to.include('microsclerotherapy-widgets').and.include(contentInfo.version);
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
  });

  it('has no empty lines, which RFC 5545 does not allow', () => {
    const lines = clinicCalendar().split('\r\n');
    expect(lines.pop()).to.equal(''); // what follows the last CRLF
    expect(lines.filter((line) => line.trim() === '')).to.deep.equal([]);
  });

  it('shows every event as free time, so weeks of reminders never mark the patient busy', () => {
    const vevents = parse(clinicCalendar()).getAllSubcomponents('vevent');
    expect(vevents).to.not.be.empty;
    for (const vevent of vevents) expect(vevent.getFirstPropertyValue('transp')).to.equal('TRANSPARENT');
  });

  it('describes an event with the words it has only: its own, the warning alone, or no description', () => {
    const warning = 'Leg swelling or shortness of breath: go to A&E.';
    const own = (e: { id: string }) => ({ summary: e.id, description: `Entry ${e.id}` });
    expect(events(aftercareICalendar(schedule, { now, text: own }))[0]?.description).to.equal('Entry remove-dressings');
    expect(events(aftercareICalendar(schedule, { now, warning }))[0]?.description).to.equal(warning);
    const plain = aftercareICalendar(schedule, { now });
    expect(events(plain)[0]?.description).to.equal(null);
    expect(plain).to.not.include('DESCRIPTION');
  });

  it('folds a line only where it passes 75 octets: a 75-octet line stays whole, longer ones fill each line', () => {
    const summaryOf = (summary: string) => physicalLines(aftercareICalendar(schedule, { now, text: () => ({ summary }) }), 'SUMMARY:');
    const whole = 'x'.repeat(75 - 'SUMMARY:'.length);
    expect(summaryOf(whole)).to.deep.equal([`SUMMARY:${whole}`]);
    const long = 'y'.repeat(200); // 208 octets with its name: 75, then 74 after each continuation's space, then 59
    const folded = summaryOf(long);
    expect(folded.map((line) => line.length)).to.deep.equal([75, 75, 60]);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).to.equal(`SUMMARY:${long}`);
  });

  it('has no events for a schedule without a treatment date', () => {
    const relative = aftercareSchedule() as AftercareSchedule;
    expect(events(aftercareICalendar(relative, { now }))).to.deep.equal([]);
  });
});
