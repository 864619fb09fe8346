import { css } from 'lit';

export const areaSizeGuideStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .hint {
    margin-block: 0 0.75em;
    color: var(--_muted);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .choice {
    flex: 1 1 9rem;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25em;
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    text-align: center;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    border-width: 4px;
    padding: calc(0.5em - 2px);
    font-weight: 700;
  }
  .choice input {
    margin: 0;
    min-height: 24px;
    min-width: 24px;
    accent-color: var(--_accent);
  }
  .hands {
    color: var(--_accent);
    fill: currentColor;
    width: auto;
    max-width: 100%;
    height: 3rem;
  }
  .result {
    margin-block-start: var(--_space);
  }
  .size {
    font-weight: 700;
    font-size: 1.15em;
  }
  .result p,
  .sessions {
    margin-block: 0.5em;
  }
  .sessions {
    padding-inline-start: 1.25em;
  }
  .price {
    font-weight: 600;
  }
  .message {
    border: 2px dashed var(--_border);
    padding: 0 0.5em;
    margin-block-end: var(--_space);
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
    .hands {
      color: CanvasText;
    }
  }
  @media print {
    .choice {
      border-color: #000;
    }
    .hands {
      color: #000;
    }
  }
`;
