import { css } from 'lit';

export const aftercareTimelineStyles = css`
  .summary {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin-block: var(--_space);
  }
  .summary p,
  .summary ul {
    margin: 0.25em 0;
  }
  .summary-lead {
    font-weight: 700;
  }
  .message {
    border: 2px dashed var(--_border);
    padding: 0.5em;
  }
  .timeline {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
    padding-inline-start: 0.75rem;
  }
  .step {
    position: relative;
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 1.25);
    padding-block-end: var(--_space);
    break-inside: avoid;
  }
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.6rem;
    inset-block-start: 0.3rem;
    width: 1rem;
    height: 1rem;
    border: 3px solid var(--_border);
    border-radius: 50%;
    background: var(--_background);
  }
  .step.today {
    border-inline-start-color: var(--_accent);
    border-inline-start-width: 6px;
  }
  .step.today::before {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .step-heading {
    font-size: 1.1em;
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 2px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.85em;
    font-weight: 700;
  }
  .dates {
    margin: 0.1em 0 0.4em;
    color: var(--_muted);
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    margin-block: 0.5em;
  }
  .entry p {
    margin: 0.1em 0;
  }
  .title {
    font-weight: 600;
  }
  .why {
    font-style: italic;
  }
  :host([compact]) {
    --_space: var(--msc-space, 0.6rem);
    font-size: 0.95em;
  }
  :host([compact]) .step {
    padding-block-end: calc(var(--_space) / 2);
  }
  @media (forced-colors: active) {
    .step,
    .step::before,
    .summary {
      border-color: CanvasText;
    }
    .step.today,
    .step.today::before {
      border-color: Highlight;
      background: Canvas;
    }
  }
  @media print {
    /* One A4 page: smaller type, the timeline in two columns, no step split across columns. */
    :host {
      font-size: 10pt;
      --_line-height: 1.3;
      --_space: 0.4rem;
    }
    .timeline {
      columns: 2;
      column-gap: 1.5rem;
    }
    .summary ul {
      columns: 2;
    }
    .actions {
      display: none !important;
    }
    .summary,
    .step,
    .step::before,
    .step.today,
    .step.today::before,
    input {
      border-color: #000;
      background: #fff;
      color: #000;
    }
    .dates {
      color: #000;
    }
    .step.today {
      border-inline-start-style: double;
    }
  }
`;
