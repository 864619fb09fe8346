import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { leafletProtocol } from '../src/core/rules.js';
import { defineClinicProtocolEditor } from './clinic-protocol-editor.js';

// The page's id names its element, <clinic-protocol-editor>, as the Storybook check finds a story's element.
const meta = {
  id: 'clinic-protocol-editor',
  title: "Your clinic's protocol",
  render: (_args, { parameters }) => {
    defineClinicProtocolEditor();
    return html`<clinic-protocol-editor .start=${parameters.start}></clinic-protocol-editor>`;
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The editor, starting from the leaflet's values: the block holds the identity only. */
export const Editor: Story = {};

/**
 * A clinic that differs from the leaflet (the demo's City Vein Clinic, demo/city-clinic.html):
 * stockings and no flying for 2 weeks, review at 6 to 8 weeks, stockings from the clinic, no
 * Disulfiram question and no other treatment for the face.
 */
export const CityVeinClinic: Story = {
  name: 'City Vein Clinic',
  parameters: {
    start: {
      id: 'city-vein-clinic',
      name: 'City Vein Clinic microsclerotherapy protocol',
      version: '1.0.0',
      reviewedBy: 'Dr M. Okafor, clinical lead',
      reviewedOn: '2026-10-01',
      nextReview: '2027-10-01',
      suitability: {
        // Every question of the leaflet but disulfiram (a sclerosant without alcohol).
        questions: leafletProtocol.suitability.questions.filter((id) => id !== 'disulfiram'),
      },
      faceAlternative: null,
      preparation: { clinicSuppliesStockings: true },
      aftercare: {
        stockings: { amount: 2, unit: 'weeks' },
        noAirTravel: { amount: 2, unit: 'weeks' },
        review: { fromWeeks: 6, toWeeks: 8 },
      },
    },
  },
};

/**
 * A protocol with problems: each of parseProtocol's errors under its field and in the summary, and
 * the elements showing what a page with this block shows (no treatment settings; the warning signs stay).
 */
export const WithProblems: Story = {
  name: 'With problems',
  parameters: {
    start: {
      id: 'City Vein Clinic',
      name: 'City Vein Clinic',
      version: '1.0',
      reviewedOn: '2026-10-01',
      nextReview: '2026-09-01',
      aftercare: {
        stockings: { amount: 2, unit: 'weeks' },
        stockingsDayAndNight: { amount: 3, unit: 'weeks' },
        review: { fromWeeks: 8, toWeeks: 6 },
      },
      area: { smallAtMostHands: 2, largeAtLeastHands: 2 },
    },
  },
};
