import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MscElement } from './msc-element.js';

/** A class, abstract or not, whose instances are `T` (the base a mixin extends). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base class takes any arguments
export type AbstractConstructor<T = object> = abstract new (...args: any[]) => T;

/** Why an element's value must not be submitted yet. */
export interface FormProblem {
  /** The localized message the browser shows and `validationMessage` returns. */
  readonly message: string;
  /** A focusable element inside the shadow root for the browser to point at, if any. */
  readonly anchor?: HTMLElement | undefined;
}

/**
 * What `FormAssociated` adds to an element, as a type (TypeScript cannot write the protected members
 * of a class made in a function into declaration files; Lit's documentation declares them so).
 * @internal
 */
export declare abstract class FormAssociatedMembers {
  name: string | null;
  get form(): HTMLFormElement | null;
  get validity(): ValidityState;
  get validationMessage(): string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formAssociatedCallback(): void;
  protected formDisabled: boolean;
  protected abstract formValue(): string | null;
  protected abstract formReset(): void;
  protected formProblem(): FormProblem | undefined;
}

/**
 * Form association through ElementInternals, for an element of the library (like Material Web's
 * `mixinFormAssociated`): `class X extends FormAssociated(MscElement)<Config>`. It adds the `name`
 * attribute, `form`, `validity`, `validationMessage`, `checkValidity()` and `reportValidity()`, and
 * answers the browser's form callbacks.
 *
 * The element implements two hooks: `formValue()`, the string the form submits (`null`: nothing),
 * and `formReset()`, called when the form is reset (the patient's action: the element may fire its
 * change event from there); and may implement `formProblem()`, why its value must not be submitted
 * yet. After every update the mixin sets the value and the validity from them. Without a `name` the
 * element submits nothing and is always valid, so it never blocks a form it was not named into. A
 * disabled fieldset around the element sets `formDisabled`, for the element to disable its controls.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any element of the library, whatever its configuration
export function FormAssociated<T extends AbstractConstructor<MscElement<any>>>(Base: T): T & AbstractConstructor<FormAssociatedMembers> {
  abstract class FormAssociatedElement extends Base {
    /** The browser treats the element as a form control. */
    static readonly formAssociated = true;

    /** The name the element's value is submitted under when it is inside a `<form>`; without it, nothing is submitted. */
    @property({ reflect: true }) name: string | null = null;

    /** Whether a disabled fieldset around the element disables it (the browser calls `formDisabledCallback`). */
    @state() protected formDisabled = false;

    private readonly _internals = this.attachInternals();

    /** The form this element belongs to, if any. */
    get form(): HTMLFormElement | null {
      return this._internals.form;
    }

    /** The element's validity as a form control. */
    get validity(): ValidityState {
      return this._internals.validity;
    }

    /** Why the element is invalid as a form control; empty when it is valid. */
    get validationMessage(): string {
      return this._internals.validationMessage;
    }

    /** Whether the element is valid as a form control; fires `invalid` when it is not. */
    checkValidity(): boolean {
      return this._internals.checkValidity();
    }

    /** Like `checkValidity()`, and the browser shows the message. */
    reportValidity(): boolean {
      return this._internals.reportValidity();
    }

    /** Called by the browser when the form is reset. */
    formResetCallback(): void {
      this.formReset();
    }

    /** Called by the browser when a disabled fieldset around the element changes. */
    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
    }

    /** Called by the browser when the element joins or leaves a form: what the element says may change. */
    formAssociatedCallback(): void {
      this.requestUpdate();
    }

    /** The value the form submits, as a string; `null` submits nothing. */
    protected abstract formValue(): string | null;

    /** Resets the element's value, as the form was reset. */
    protected abstract formReset(): void;

    /** Why the value must not be submitted yet (the form then refuses to submit); `undefined` when it may. */
    protected formProblem(): FormProblem | undefined {
      return undefined;
    }

    /** Sets the value the form submits and its validity, from the hooks, after every update. */
    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this._internals.setFormValue(this.formValue());
      const problem = this.name === null ? undefined : this.formProblem();
      if (problem === undefined) this._internals.setValidity({});
      else if (problem.anchor?.isConnected) this._internals.setValidity({ valueMissing: true }, problem.message, problem.anchor);
      else this._internals.setValidity({ valueMissing: true }, problem.message);
    }
  }
  // The class matches FormAssociatedMembers; TypeScript cannot compare protected members of two declarations.
  return FormAssociatedElement as unknown as T & AbstractConstructor<FormAssociatedMembers>;
}
