import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/aftercare-timeline.js';
import { fromManifest, showPrintLayout } from './helpers.js';

const meta = {
  title: 'Elements/Aftercare timeline',
  component: 'aftercare-timeline',
  tags: ['autodocs'],
  ...fromManifest('aftercare-timeline', {
    compact: { control: 'boolean' },
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The treatment date of the dated stories; each story sets `today` to a day of its phase. */
const treatment = { 'treatment-date': '2026-03-27', 'clinic-name': 'Leafy Lane Vein Clinic' };

/** Without a date: each step in days after the treatment, and the field to enter the date. */
export const WithoutDate: Story = {};

/** Before the treatment: the countdown. */
export const BeforeTreatment: Story = { args: { ...treatment, today: '2026-03-20' } };

/** During: the treatment day (remove the dressings tonight). */
export const TreatmentDay: Story = { args: { ...treatment, today: '2026-03-27' } };

/** During: the first 3 days (stockings day and night). */
export const FirstThreeDays: Story = { args: { ...treatment, today: '2026-03-29' } };

/** During: the first week (stockings, exercise, no hot baths). */
export const FirstWeek: Story = { args: { ...treatment, today: '2026-04-02' } };

/** During: the first 4 weeks (no flying). */
export const FirstFourWeeks: Story = { args: { ...treatment, today: '2026-04-10' } };

/** During: 4 to 6 weeks after treatment (the review appointment, no sun). */
export const ReviewWeeks: Story = { args: { ...treatment, today: '2026-04-30' } };

/** After the dated steps: what still applies (the warning signs, healing, the sun if the skin darkens). */
export const AfterTheDatedSteps: Story = { args: { ...treatment, today: '2026-05-20' } };

/** Compact, for a sidebar: tighter, without the "why" lines. */
export const Compact: Story = { args: { ...treatment, today: '2026-03-29', compact: true } };

/** Compact, without a date. */
export const CompactWithoutDate: Story = { args: { compact: true } };

/** Printed: the element's own print styles applied on screen (no buttons, black on white). */
export const Printed: Story = {
  args: { ...treatment, today: '2026-03-29', 'reviewed-by': 'Dr A. Patel', 'reviewed-on': '2026-01-15', 'next-review': '2027-01-15' },
  play: async ({ canvasElement }) => {
    await showPrintLayout(canvasElement);
  },
};

/** A clinic outside the UK: its own emergency service and number with the warning signs. */
export const EmergencyOutsideUk: Story = {
  args: {
    ...treatment,
    today: '2026-03-29',
    'emergency-text': 'the emergency department of your nearest hospital',
    'emergency-phone': '112',
  },
};

/** Invalid input: a treatment date that is not a date shows a message and the date field. */
export const InvalidTreatmentDate: Story = { args: { 'treatment-date': '27/03/2026' } };

/** Invalid input: a `today` that is not a date uses the real date, with a message. */
export const InvalidToday: Story = { args: { ...treatment, today: 'tomorrow' } };

/** Invalid input: a `heading-level` that is not 1 to 6 uses level 2. */
export const InvalidHeadingLevel: Story = { args: { ...treatment, today: '2026-03-29', 'heading-level': '0' } };
