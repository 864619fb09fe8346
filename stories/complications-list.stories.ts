import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/complications-list.js';
import type { ComplicationsList } from '../src/complications-list.js';
import { click, fromManifest, showPrintLayout, storyElement } from './helpers.js';

const meta = {
  title: 'Elements/Complications list',
  component: 'complications-list',
  tags: ['autodocs'],
  ...fromManifest('complications-list', {
    group: { control: 'select', options: ['', 'urgent', 'other'] },
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every group; the urgent one in full, the others open on request. */
export const AllGroups: Story = {};

/** Every group with every detail open ("Show all details"). */
export const AllDetailsOpen: Story = {
  play: async ({ canvasElement }) => {
    const list = await storyElement<ComplicationsList>(canvasElement, 'complications-list');
    await click(list, '[part="toggle"]');
  },
};

/** Only the group "Get help straight away": a blood clot, with the warning signs. */
export const Urgent: Story = { args: { group: 'urgent' } };

/** Only the group "Other possible complications". */
export const Other: Story = { args: { group: 'other' } };

/** A clinic outside the UK: its own emergency service and number with the warning signs. */
export const EmergencyOutsideUk: Story = {
  args: { 'emergency-text': 'the emergency department of your nearest hospital', 'emergency-phone': '112' },
};

/** Printed: the element's own print styles on screen, every group open (as before printing). */
export const Printed: Story = {
  play: async ({ canvasElement }) => {
    await showPrintLayout(canvasElement);
  },
};

/** Invalid input: an unknown `group` shows a message and every group. */
export const InvalidGroup: Story = { args: { group: 'serious' } };

/** Invalid input: a `heading-level` that is not 1 to 6 uses level 2. */
export const InvalidHeadingLevel: Story = { args: { 'heading-level': 'seven' } };
