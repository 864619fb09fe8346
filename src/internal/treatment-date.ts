import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isIsoDate, type IsoDate } from '../core/rules.js';
import { lastSharedTreatmentDate, onSharedTreatmentDate, shareTreatmentDate } from './shared-date.js';

/**
 * The treatment (appointment) date a patient enters into an element's date field, shared with the
 * other elements of the page (./shared-date.ts): it starts from the date last shared on the page,
 * follows dates shared later, and offers the date typed here to the others. `onChange` runs after
 * the patient's action (here or in another element) changed the date, so the element can fire its
 * change event from there.
 */
export class TreatmentDateController implements ReactiveController {
  /** The date entered here or shared by another element; `undefined` before any. */
  date: IsoDate | undefined;

  /** Whether the patient's last entry here was not a real date (the date is then unchanged). */
  invalid = false;

  private _stopListening: (() => void) | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & Element & { readonly hasUpdated: boolean },
    private readonly _onChange: () => void = () => undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    const shared = lastSharedTreatmentDate();
    if (shared && isIsoDate(shared.date)) this.date = shared.date;
    this._stopListening = onSharedTreatmentDate((shared) => {
      if (!isIsoDate(shared.date) || shared.date === this.date) return;
      this._set(shared.date);
    });
  }

  hostDisconnected(): void {
    this._stopListening?.();
    this._stopListening = undefined;
  }

  /** The date field's `change` handler: a real date is kept and offered to the page; an empty field clears it. */
  readonly handleChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    if (value !== '' && !isIsoDate(value)) {
      this.invalid = true;
      this._host.requestUpdate();
      return;
    }
    this._set(value === '' ? undefined : value);
    if (this.date) shareTreatmentDate(this._host, this.date);
  };

  private _set(date: IsoDate | undefined): void {
    const changed = date !== this.date;
    this.date = date;
    this.invalid = false;
    this._host.requestUpdate();
    // Before its first render an element has shown nothing, so nothing it shows has changed.
    if (changed && this._host.hasUpdated) this._onChange();
  }
}
