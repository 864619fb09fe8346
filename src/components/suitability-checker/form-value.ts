/**
 * Form association through ElementInternals, kept apart from the element so that it can be tested on
 * its own. The host class declares `static formAssociated = true`, keeps the ElementInternals from
 * `attachInternals()`, and calls `setFormValue` whenever what it would submit changes.
 *
 * What the form submits is a string under the host's `name` attribute (the browser reads the name
 * itself; without a name nothing is submitted).
 */

/** Why the host's value must not be submitted yet. */
export interface FormProblem {
  /** The localized message the browser shows and `validationMessage` returns. */
  readonly message: string;
  /** A focusable element inside the host's shadow root for the browser to point at, if any. */
  readonly anchor?: HTMLElement | undefined;
}

/**
 * Sets the value the form submits (`null` submits nothing) and its validity: a problem makes the
 * host invalid (`valueMissing`), so the form refuses to submit; no problem makes it valid.
 */
export function setFormValue(internals: ElementInternals, value: string | null, problem?: FormProblem): void {
  internals.setFormValue(value);
  if (problem === undefined) internals.setValidity({});
  else if (problem.anchor?.isConnected) internals.setValidity({ valueMissing: true }, problem.message, problem.anchor);
  else internals.setValidity({ valueMissing: true }, problem.message);
}

/** A form value as JSON text: the keys in the order given, nothing else. */
export function jsonFormValue(data: unknown): string {
  return JSON.stringify(data);
}
