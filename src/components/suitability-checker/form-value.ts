/**
 * Form association through ElementInternals, kept apart from any one element so that it can be
 * tested on its own and later move to src/internal. The host class declares
 * `static formAssociated = true` and creates one `FormValue` in its constructor (field initialiser).
 *
 * What the form submits is a string under the host's `name` attribute (the browser reads the name
 * itself; without a name nothing is submitted). Validity is set only when the host asks for it.
 */

/** Why the host's value must not be submitted yet. */
export interface FormProblem {
  /** The localized message the browser shows and `validationMessage` returns. */
  readonly message: string;
  /** A focusable element inside the host's shadow root for the browser to point at, if any. */
  readonly anchor?: HTMLElement | undefined;
}

/** The form-related state of one form-associated custom element. */
export class FormValue {
  /** The host's ElementInternals. */
  readonly internals: ElementInternals;

  constructor(host: HTMLElement) {
    this.internals = host.attachInternals();
  }

  /**
   * Sets the value the form submits (`null` submits nothing) and its validity: a problem makes the
   * host invalid (`valueMissing`), so the form refuses to submit; no problem makes it valid.
   */
  update(value: string | null, problem?: FormProblem): void {
    this.internals.setFormValue(value);
    if (problem === undefined) {
      this.internals.setValidity({});
    } else if (problem.anchor?.isConnected) {
      this.internals.setValidity({ valueMissing: true }, problem.message, problem.anchor);
    } else {
      this.internals.setValidity({ valueMissing: true }, problem.message);
    }
  }

  /** The form the host belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The host's validity state. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message the browser shows when the host is invalid; empty when it is valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the host takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the host is valid; fires `invalid` on the host when it is not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and the browser also shows the message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}

/** A form value as JSON text: the keys in the order given, nothing else. */
export function jsonFormValue(data: unknown): string {
  return JSON.stringify(data);
}
