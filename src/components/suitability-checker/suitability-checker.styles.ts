import { css } from 'lit';

/**
 * Neutral on purpose: no traffic-light colours, nothing conveyed by colour alone. A finding's
 * category is a text label with a border; the selected answer is a native radio button.
 */
export const suitabilityCheckerStyles = css`
  .subheading {
    font-size: 1.2em;
    font-weight: 700;
    margin-block: var(--_space) 0.5em;
  }
  .finding-title {
    font-weight: 700;
    font-size: 1.05em;
  }
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
  .date {
    margin-block-start: var(--_space);
  }
  .date label {
    display: block;
    font-weight: 600;
  }
  .date input {
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .date input[aria-invalid='true'] {
    border-style: dashed;
  }
  .window-end {
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
  a {
    color: var(--_accent);
  }
  .next-step a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .next-step a.button-link {
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .answer-list {
    margin: 0;
  }
  .answer-list .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .answer-list dt {
    flex: 1 1 16em;
  }
  .answer-list dd {
    margin: 0;
    font-weight: 600;
  }
  .answer-list dd.change {
    margin-inline-start: auto;
  }
  .given-date {
    font-weight: 400;
  }
  .headline {
    font-size: 1.1em;
    font-weight: 600;
  }
  .findings,
  .unanswered ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .finding {
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block: calc(var(--_space) / 2);
  }
  .finding p {
    margin-block: 0.4em;
  }
  .category {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.5em;
    font-size: 0.9em;
    font-weight: 600;
  }
  .next-step,
  .given {
    margin-block: var(--_space);
  }
  .disclaimer {
    border-block-start: 2px solid var(--_border);
    padding-block-start: 0.5em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .answer:has(input:checked),
    .finding,
    .category {
      border-color: CanvasText;
    }
  }
  @media print {
    :focus,
    :focus-visible {
      outline: none;
    }
    fieldset,
    .finding {
      break-inside: avoid;
      border-color: #000;
    }
    .result {
      color: #000;
      background: #fff;
    }
    a {
      color: #000;
    }
  }
`;
