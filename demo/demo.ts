/**
 * The demo clinic page: until the elements exist, it shows what the core gives them.
 * Everything is written with textContent, never as HTML.
 */
import {
  aftercareSchedule,
  classifyArea,
  complicationGroups,
  complications,
  contentInfo,
  phaseOn,
  preparationSteps,
  suitabilityQuestions,
  todayIsoDate,
} from '../src/core/index.js';

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const input = (selector: string) => document.querySelector<HTMLInputElement>(selector)!;

function row(cells: readonly string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const text of cells) tr.insertCell().textContent = text;
  return tr;
}

$('#questions tbody').append(
  ...suitabilityQuestions.map((q) =>
    row([q.id, q.options.join(' / '), `${q.category} (${q.advice})`, q.windowDays ? `${q.windowDays} days` : '', q.ref]),
  ),
);

const hands = input('#hands');
const showArea = () => {
  const result = classifyArea(hands.valueAsNumber);
  $('#area-result').textContent = result.ok ? `${result.size} area` : 'Enter a number of hands above 0';
};
hands.addEventListener('input', showArea);
showArea();

const treatmentDate = input('#treatment-date');
treatmentDate.value = todayIsoDate();
const showAftercare = () => {
  const schedule = aftercareSchedule(treatmentDate.value || null);
  const body = $('#aftercare tbody');
  body.replaceChildren();
  if (!schedule.ok) return;
  const phase = schedule.treatmentDate ? phaseOn(schedule, todayIsoDate()) : undefined;
  const now = phase?.ok ? new Set(phase.entries.map((e) => e.id)) : new Set();
  $('#today').textContent = phase?.ok ? `Today is day ${phase.day}: ${phase.status}.` : 'No treatment date: days are relative.';
  for (const entry of schedule.entries) {
    const tr = row([
      entry.id,
      entry.condition ? `${entry.kind} (if ${entry.condition})` : entry.kind,
      `${entry.startDay} to ${entry.endDay ?? '…'}`,
      entry.start ? `${entry.start} to ${entry.end ?? '…'}` : '',
      entry.ref,
    ]);
    tr.classList.toggle('today', now.has(entry.id));
    body.append(tr);
  }
};
treatmentDate.addEventListener('change', showAftercare);
showAftercare();

for (const group of complicationGroups) {
  const heading = document.createElement('h3');
  heading.textContent = group;
  const list = document.createElement('ul');
  for (const c of complications.filter((item) => item.group === group)) {
    list.append(Object.assign(document.createElement('li'), { textContent: `${c.id}: ${c.action} (${c.ref})` }));
  }
  $('#complications').append(heading, list);
}

const appointment = input('#appointment-date');
const showPreparation = () => {
  const plan = preparationSteps(appointment.value || null);
  if (!plan.ok) return;
  $('#preparation').replaceChildren(
    ...plan.steps.map((s) =>
      Object.assign(document.createElement('li'), {
        textContent: `${s.id}: ${s.timing.kind}${s.optional ? ' (optional)' : ''}${s.until ? `, ${s.from ?? '…'} to ${s.until}` : ''}`,
      }),
    ),
  );
};
appointment.addEventListener('change', showPreparation);
showPreparation();

$('#content-info').textContent = `Clinical content ${contentInfo.version}, from the leaflet "${contentInfo.leaflet.title}".`;
