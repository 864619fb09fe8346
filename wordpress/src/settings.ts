/**
 * The settings page's script: before the form is sent, every field is checked as the elements check
 * it (./checks.ts) and the protocol with the core's own `parseProtocol`, the function every element
 * reads it with. Any problem stops the form, and each is listed by its path (the protocol's
 * `aftercare.review`, or the field's name), so nothing the elements would refuse is saved from here.
 * (The PHP side checks the protocol's shape again on save, for a browser without this script.)
 */
import { problemWith, protocolProblems } from './checks.js';

const form = document.querySelector<HTMLFormElement>('form#msc-widgets-settings');
const summary = document.querySelector<HTMLElement>('#msc-widgets-errors');

/** Every problem with the form's values, as `path: what is wrong` lines. */
export function problemsOf(formElement: HTMLFormElement): string[] {
  const problems: string[] = [];
  for (const field of formElement.querySelectorAll<HTMLInputElement>('input[data-msc-attribute]')) {
    const problem = problemWith(field.dataset.mscAttribute!, field.value);
    field.toggleAttribute('aria-invalid', problem !== undefined);
    if (problem) problems.push(`${field.dataset.mscLabel ?? field.name}: ${problem}`);
  }
  const protocol = formElement.querySelector<HTMLTextAreaElement>('textarea[data-msc-protocol]');
  const text = protocol?.value.trim() ?? '';
  if (protocol && text !== '') {
    const found = protocolProblems(text);
    problems.push(...found);
    protocol.toggleAttribute('aria-invalid', found.length > 0);
  }
  return problems;
}

if (form && summary) {
  form.addEventListener('submit', (event) => {
    const problems = problemsOf(form);
    summary.replaceChildren();
    if (problems.length === 0) {
      summary.hidden = true;
      return;
    }
    event.preventDefault();
    const heading = document.createElement('p');
    heading.textContent = `Not saved: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} to fix.`;
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    summary.append(heading, list);
    summary.hidden = false;
    summary.focus();
  });
}
