import { css } from 'lit';

/**
 * The elements' action buttons: a row of them (`.actions`), the main action (`button.primary`, filled
 * with the accent colour) and the others (`button.secondary`, outlined). Shared by every element
 * that has actions, so they look the same everywhere on a clinic's page.
 */
export const buttonStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: var(--_space);
  }
  button.primary,
  button.secondary {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.25em 1em;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.secondary {
    background: var(--_background);
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }
`;
