import { css } from 'lit';

export const complicationsListStyles = css`
  .group-heading {
    font-size: 1.15em;
    font-weight: 700;
    margin-block: var(--_space) 0.25em;
  }
  .group {
    border-block-start: 1px solid var(--_border);
    padding-block: calc(var(--_space) / 2);
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li {
    margin-block: 0.5em;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) / 2);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.6em;
    min-height: 44px;
  }
  details[open] summary {
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5em;
  }
  .name {
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
  }
  .toolbar button {
    background: var(--_background);
    color: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  .message {
    border: 2px dashed var(--_border);
    padding: 0.5em;
  }
  @media print {
    details {
      border: none;
      padding: 0;
    }
    summary {
      list-style: none;
    }
  }
`;
