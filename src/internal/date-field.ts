import { css, html, nothing, type TemplateResult } from 'lit';
import { MAX_YEAR, MIN_YEAR } from '../core/rules.js';
import type { TreatmentDateController } from './treatment-date.js';

/** What a date field for the treatment (appointment) date says. */
export interface DateFieldText {
  /** The field's label. */
  readonly label: string;
  /** A hint below the label (for example an example date). */
  readonly hint?: string | undefined;
  /** What to say when the patient's entry was not a real date. */
  readonly error?: string | undefined;
}

/**
 * The field where a patient enters their treatment (appointment) date, bound to the element's
 * `TreatmentDateController` (part `date-field`, its input part `date-input`; hidden in print).
 */
export function dateField(id: string, date: TreatmentDateController, text: DateFieldText): TemplateResult {
  const error = date.invalid && text.error;
  const describedBy = [text.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return html`<div class="date-field no-print" part="date-field">
    <label for=${id}>${text.label}</label>
    ${text.hint ? html`<span class="hint" id="${id}-hint">${text.hint}</span>` : nothing}
    <input
      id=${id}
      part="date-input"
      type="date"
      min=${`${MIN_YEAR}-01-01`}
      max=${`${MAX_YEAR}-12-31`}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${date.invalid ? 'true' : 'false'}
      .value=${date.date ?? ''}
      @change=${date.handleChange}
    />
    ${error ? html`<p class="message" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** Styles of the date field. */
export const dateFieldStyles = css`
  .date-field {
    margin-block: var(--_space);
  }
  .date-field label {
    display: block;
    font-weight: 700;
  }
  .date-field .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    margin-block-end: 0.25em;
  }
  .date-field input {
    border: 2px solid var(--_text);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.5em;
    max-width: 100%;
    color: inherit;
    background: var(--_background);
  }
`;
