import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/preparation-checklist.js';
import type { PreparationChecklist } from '../src/preparation-checklist.js';
import { click, fromManifest, showPrintLayout, storyElement } from './helpers.js';

const meta = {
  title: 'Elements/Preparation checklist',
  component: 'preparation-checklist',
  tags: ['autodocs'],
  ...fromManifest('preparation-checklist', {
    remember: { control: 'boolean' },
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Without an appointment date: the steps without dates, and the date field. */
export const WithoutAppointmentDate: Story = {};

/** With an appointment date: when each step applies. */
export const WithAppointmentDate: Story = { args: { 'appointment-date': '2026-04-14' } };

/** With an appointment date and time. */
export const WithAppointmentDateAndTime: Story = { args: { 'appointment-date': '2026-04-14', 'appointment-time': '09:30' } };

/** Two steps ticked: the count in the live region. */
export const SomeStepsDone: Story = {
  args: { 'appointment-date': '2026-04-14', 'appointment-time': '09:30' },
  play: async ({ canvasElement }) => {
    const checklist = await storyElement<PreparationChecklist>(canvasElement, 'preparation-checklist');
    await click(checklist, '#step-buy-compression-hosiery');
    await click(checklist, '#step-no-shaving');
  },
};

/** Printed: the element's own print styles on screen. */
export const Printed: Story = {
  args: { 'appointment-date': '2026-04-14', 'appointment-time': '09:30' },
  play: async ({ canvasElement }) => {
    await showPrintLayout(canvasElement);
  },
};

/** Invalid input: an appointment date that is not a date: the steps without dates, with a message. */
export const InvalidAppointmentDate: Story = { args: { 'appointment-date': '14 April' } };

/** Invalid input: an appointment time that is not HH:MM is not shown, with a message. */
export const InvalidAppointmentTime: Story = { args: { 'appointment-date': '2026-04-14', 'appointment-time': '9.30am' } };

/** Invalid input: a `heading-level` that is not 1 to 6 uses level 2. */
export const InvalidHeadingLevel: Story = { args: { 'heading-level': '-1' } };
