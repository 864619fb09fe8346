import { css } from 'lit';

export const preparationChecklistStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    padding-block: 0.5em;
  }
  .step + .step {
    border-block-start: 1px solid var(--_border);
  }
  .step input {
    flex: none;
    margin: 0;
    min-width: 24px;
    min-height: 24px;
    width: 24px;
    height: 24px;
    accent-color: var(--_accent);
  }
  .step label {
    font-weight: 600;
    cursor: pointer;
  }
  .step p {
    margin: 0.25em 0 0;
  }
  .when {
    font-weight: 600;
  }
  .why {
    color: var(--_muted);
  }
  .subheading {
    font-weight: 700;
    font-size: 1.1em;
    margin-block: var(--_space) 0.25em;
  }
  .information {
    padding-block: 0.5em;
  }
  .information + .information {
    border-block-start: 1px solid var(--_border);
  }
  .information p {
    margin: 0.25em 0 0;
  }
  .information .title {
    font-weight: 600;
  }
  .appointment {
    list-style: disc;
    padding-inline-start: 1.5em;
  }
  .appointment li {
    margin-block: 0.25em;
  }
  .progress {
    font-weight: 700;
    margin-block: 0.75em 0;
  }
  .message {
    border: 2px dashed var(--_border);
    padding: 0 0.5em;
    margin-block-end: var(--_space);
  }
  @media print {
    fieldset,
    .step + .step,
    .information + .information {
      border-color: #000;
    }
    .why {
      color: #000;
    }
  }
`;
