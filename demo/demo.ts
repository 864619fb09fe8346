/**
 * The demo clinic page: registers every element from the sources and shows what the host page
 * gets from the checker's form association.
 */
import '../src/index.js';

const form = document.querySelector<HTMLFormElement>('#booking')!;
const status = document.querySelector<HTMLElement>('#form-status')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const answers = new FormData(form).get('suitability');
  status.textContent = `The form would send the checker's answers: ${typeof answers === 'string' ? answers : ''}`;
});
form.addEventListener(
  'invalid',
  () => {
    status.textContent = 'The form cannot be sent until every question of the checker is answered.';
  },
  true,
);
