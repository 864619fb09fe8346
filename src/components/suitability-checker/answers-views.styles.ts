import { css } from 'lit';

/**
 * The styles of what `<suitability-checker>` shows only after the patient has answered (the date
 * field of a time-limited question, "Check your answers" and the result), loaded with that code
 * (./answers-views.ts) and added to the element's own styles when it arrives. Neutral on purpose, like
 * the questions': a finding's category is a text label with a border, never a colour.
 */
export const answersViewsStyles = css`
  .subheading {
    font-size: 1.2em;
    font-weight: 700;
    margin-block: var(--_space) 0.5em;
  }
  .finding-title {
    font-weight: 700;
    font-size: 1.05em;
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
  @media (forced-colors: active) {
    .finding,
    .category {
      border-color: CanvasText;
    }
  }
  @media print {
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
