/**
 * The demo clinic page: registers every element from the sources and shows what the host page
 * gets from the checker's form association.
 */
import '../src/index.js';

// The page's language drives the elements: changing <html lang> is all a clinic's site has to do.
const language = document.querySelector<HTMLSelectElement>('#language')!;
language.value = document.documentElement.lang;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  document.documentElement.dir = language.value === 'ar' ? 'rtl' : 'ltr';
});

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
