// The styles of <clinic-protocol-editor> (clinic-protocol-editor.ts), on top of the elements' base
// styles: the --msc- tokens of the Theme toolbar, so the form keeps its contrast in every theme.
import { css } from 'lit';

export const editorStyles = css`
  :host {
    max-width: none;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  h2 {
    font-size: 1.5em;
    margin-block: 0 0.5em;
  }
  h3 {
    font-size: 1.2em;
    margin-block: 0 0.5em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  fieldset fieldset legend {
    font-weight: 600;
  }
  .field {
    margin-block: 0 var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  input[type='text'],
  select,
  textarea {
    border: 2px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.25em 0.5em;
    color: #1d2733;
    background: #ffffff;
    max-width: 100%;
  }
  input[type='text'] {
    width: 24em;
  }
  input.amount {
    width: 6em;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
  }
  .inline .unit {
    align-self: center;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
    min-height: 2.25em;
  }
  .choice input {
    min-width: 0;
    min-height: 0;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .choices {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_warning-border);
    border-width: 3px;
  }
  .error,
  .summary,
  .status.problem {
    border-inline-start: 5px solid var(--_warning-border);
    padding-inline-start: 0.75em;
  }
  .error p {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .summary,
  .status {
    background: var(--_warning-background);
    border: 3px solid var(--_warning-border);
    padding: 0.75em;
    margin-block: 0 var(--_space);
    border-radius: var(--_radius);
  }
  .status.ok {
    background: transparent;
    border: 2px solid var(--_border);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: inherit;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  textarea {
    display: block;
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    white-space: pre;
    overflow: auto;
  }
  button {
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    cursor: pointer;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block: 0.5em var(--_space);
  }
  .preview > :is(suitability-checker, area-size-guide, preparation-checklist, aftercare-timeline, complications-list) {
    margin-block-end: calc(var(--_space) * 2);
  }
`;
