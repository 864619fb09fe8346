import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/suitability-checker.js';
import { headlineOrder, suitabilityQuestions, type Answer, type QuestionId, type SuitabilityResult } from '../src/core/rules.js';
import type { SuitabilityChecker } from '../src/suitability-checker.js';
import { click, fromManifest, storyElement } from './helpers.js';

const meta = {
  title: 'Elements/Suitability checker',
  component: 'suitability-checker',
  tags: ['autodocs'],
  ...fromManifest('suitability-checker', {
    mode: { control: 'select', options: ['', 'stepwise', 'list'] },
    'value-format': { control: 'select', options: ['', 'json', 'fhir'] },
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A clinic's usual settings, and a fixed "today" so the dates in the stories never change. */
const clinic = {
  'clinic-name': 'Leafy Lane Vein Clinic',
  'booking-url': '/book',
  'contact-url': '/contact',
  'contact-phone': '020 7946 0000',
  today: '2026-03-10',
};

/** Every question given its answer that raises nothing ("No", "Yes" to "Can you walk?", the legs), changed by `answers`. */
const answered = (answers: Partial<Record<QuestionId, Answer>>): Partial<Record<QuestionId, Answer>> =>
  Object.fromEntries(suitabilityQuestions.map((q) => [q.id, answers[q.id] ?? q.options.find((o) => !q.raises.includes(o))!]));

/**
 * A patient's answers in list mode, then "See what to tell the clinic": the element shows the result
 * with the headline the core gives; the story checks it is the one it is named after.
 */
const resultFor = (answers: Partial<Record<QuestionId, Answer>>, headline: SuitabilityResult['headline']): Story => ({
  args: { ...clinic, mode: 'list' },
  play: async ({ canvasElement }) => {
    const checker = await storyElement<SuitabilityChecker>(canvasElement, 'suitability-checker');
    for (const [id, answer] of Object.entries(answers)) await click(checker, `input[name="q-${id}"][value="${answer}"]`);
    await click(checker, '.actions button.primary');
    const shown = checker.shadowRoot!.querySelector<HTMLElement>('[part="result"]')?.dataset.headline;
    if (shown !== headline) throw new Error(`Expected the headline ${headline}, got ${String(shown)}.`);
  },
});

/** The first question, one at a time (the default mode). */
export const Stepwise: Story = { args: { ...clinic } };

/** Stepwise, after the last question: "Check your answers", with a Change button per answer. */
export const StepwiseCheckYourAnswers: Story = {
  args: { ...clinic },
  play: async ({ canvasElement }) => {
    const checker = await storyElement<SuitabilityChecker>(canvasElement, 'suitability-checker');
    for (const [id, answer] of Object.entries(answered({}))) {
      await click(checker, `input[name="q-${id}"][value="${answer}"]`);
      await click(checker, '.actions button.primary');
    }
  },
};

/** Every question on one page. */
export const ListMode: Story = { args: { ...clinic, mode: 'list' } };

/** Headline `no-concerns-found`: every answer is "No"; the booking link shows. */
export const NoConcernsFound: Story = resultFor(answered({}), 'no-concerns-found');

/** Headline `incomplete`: some questions are not answered yet. */
export const Incomplete: Story = resultFor(
  { location: 'legs', 'pregnant-or-breastfeeding': 'no', 'current-infection': 'no' },
  'incomplete',
);

/** Headline `wait`: pregnant or breastfeeding. */
export const Wait: Story = resultFor(answered({ 'pregnant-or-breastfeeding': 'yes' }), 'wait');

/** Headline `wait` with a date: antibiotics, with the date of the last dose and when the leaflet's time limit ends. */
export const WaitWithDate: Story = {
  args: { ...clinic, mode: 'list' },
  play: async ({ canvasElement }) => {
    const checker = await storyElement<SuitabilityChecker>(canvasElement, 'suitability-checker');
    for (const [id, answer] of Object.entries(answered({ antibiotics: 'yes' })))
      await click(checker, `input[name="q-${id}"][value="${answer}"]`);
    const date = checker.shadowRoot!.querySelector<HTMLInputElement>('#date-antibiotics')!;
    date.value = '2026-03-05';
    date.dispatchEvent(new Event('change'));
    await checker.updateComplete;
    await click(checker, '.actions button.primary');
  },
};

/** Headline `talk-to-clinic`: tamoxifen, and "Not sure" about skin changes (treated like "Yes"). */
export const TalkToClinic: Story = resultFor(answered({ tamoxifen: 'yes', 'skin-changes': 'unsure' }), 'talk-to-clinic');

/** Headline `varicose-veins-first`: varicose veins are treated first. */
export const VaricoseVeinsFirst: Story = resultFor(answered({ 'varicose-veins': 'yes' }), 'varicose-veins-first');

/** Headline `not-offered`: thread veins on the face; the clinic's alternative is named. */
export const NotOffered: Story = resultFor(answered({ location: 'face' }), 'not-offered');

/** Invalid input: a `mode` that is not `stepwise` or `list` shows a message and falls back to stepwise. */
export const InvalidMode: Story = { args: { ...clinic, mode: 'carousel' } };

/**
 * Invalid input: a `javascript:` booking link, a contact link with markup and a phone number with
 * letters are left out (one console warning each); the rest works.
 */
export const InvalidLinksAndPhone: Story = {
  ...resultFor(answered({ tamoxifen: 'yes' }), 'talk-to-clinic'),
  args: { ...clinic, mode: 'list', 'booking-url': 'javascript:alert(1)', 'contact-url': '<a href=x>', 'contact-phone': 'call us' },
};

/** Invalid input: a `today` that is not a date uses the real date; `value-format` falls back to json. */
export const InvalidTodayAndValueFormat: Story = { args: { ...clinic, today: '10/03/2026', 'value-format': 'xml' } };

/** Invalid input: a `heading-level` that is not 1 to 6 uses level 2. */
export const InvalidHeadingLevel: Story = { args: { ...clinic, 'heading-level': '9' } };

/** With the content-governance attributes: who reviewed the content and when it is next due. */
export const WithReviewDetails: Story = {
  args: { ...clinic, 'reviewed-by': 'Dr A. Patel, Clinical Lead', 'reviewed-on': '2026-01-15', 'next-review': '2027-01-15' },
};

// Every headline of the core has a story above.
const covered: readonly string[] = ['no-concerns-found', 'incomplete', 'wait', 'talk-to-clinic', 'varicose-veins-first', 'not-offered'];
if (headlineOrder.some((headline) => !covered.includes(headline))) throw new Error('A suitability headline has no story.');
