import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/area-size-guide.js';
import { fromManifest } from './helpers.js';

const meta = {
  title: 'Elements/Area size guide',
  component: 'area-size-guide',
  tags: ['autodocs'],
  ...fromManifest('area-size-guide', {
    value: { control: 'select', options: ['', 'small', 'medium', 'large'] },
  }),
} satisfies Meta;
export default meta;
type Story = StoryObj;

const prices = { 'price-small': '120', 'price-medium': '180', 'price-large': '240', currency: 'GBP' };

/** Nothing chosen yet. */
export const NothingChosen: Story = {};

/** A small area, without prices. */
export const Small: Story = { args: { value: 'small' } };

/** A medium area, without prices. */
export const Medium: Story = { args: { value: 'medium' } };

/** A large area, without prices. */
export const Large: Story = { args: { value: 'large' } };

/** A small area with the clinic's price. */
export const SmallWithPrice: Story = { args: { value: 'small', ...prices } };

/** A medium area with the clinic's price. */
export const MediumWithPrice: Story = { args: { value: 'medium', ...prices } };

/** A large area with the clinic's price. */
export const LargeWithPrice: Story = { args: { value: 'large', ...prices } };

/** Prices in euros, with pence (formatted in the active language). */
export const PricesInEuros: Story = {
  args: { value: 'medium', 'price-small': '99.50', 'price-medium': '149.50', 'price-large': '199', currency: 'EUR' },
};

/** Invalid input: a `value` that is not a size shows a message; the patient chooses. */
export const InvalidValue: Story = { args: { value: 'huge', ...prices } };

/** Invalid input: a price with a currency sign is left out, with a message; the others show. */
export const InvalidPrice: Story = { args: { value: 'small', ...prices, 'price-small': '£120' } };

/** Invalid input: prices without a currency are not shown, with a message. */
export const MissingCurrency: Story = { args: { value: 'large', 'price-small': '120', 'price-medium': '180', 'price-large': '240' } };

/** Invalid input: a currency that is not an ISO 4217 code. */
export const InvalidCurrency: Story = { args: { value: 'large', ...prices, currency: 'pounds' } };

/** Invalid input: a `heading-level` that is not 1 to 6 uses level 2. */
export const InvalidHeadingLevel: Story = { args: { value: 'small', 'heading-level': 'h3' } };
