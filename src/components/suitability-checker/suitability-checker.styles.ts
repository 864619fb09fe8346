import { css } from 'lit';

/**
 * The questions' styles. Neutral on purpose: no traffic-light colours, nothing conveyed by colour
 * alone; the selected answer is a native radio button. The styles of what appears only after an
 * answer (the date field, the summary and the result) come with that code: ./answers-views.styles.ts.
 */
export const suitabilityCheckerStyles = css`
  .intro,
  .why,
  .hint {
    margin-block: 0.5em;
  }
  .why,
  .hint {
    color: var(--_muted);
  }
  .why-label {
    font-weight: 600;
  }
  .message {
    border: 2px dashed var(--_border);
    padding: 0.5em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space) var(--_space);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    font-size: 1.1em;
    padding-inline: 0.25em;
  }
  .progress {
    display: block;
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .answer {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .answer input {
    width: 24px;
    height: 24px;
    min-width: 24px;
    min-height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .answer:has(input:checked) {
    border-width: 2px;
    border-color: var(--_accent);
    font-weight: 600;
  }
  .start-again {
    margin-block: calc(var(--_space) * 1.5) 0;
  }
  .cleared {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
  }
  button.link {
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
    cursor: pointer;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .disclaimer {
    border-block-start: 2px solid var(--_border);
    padding-block-start: 0.5em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .answer:has(input:checked) {
      border-color: CanvasText;
    }
  }
  @media print {
    :focus,
    :focus-visible {
      outline: none;
    }
    fieldset {
      break-inside: avoid;
      border-color: #000;
    }
  }
`;
