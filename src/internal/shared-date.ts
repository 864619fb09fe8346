/**
 * Redundant entry: a treatment (appointment) date that a patient types into one element is offered
 * to the other elements on the page, so nobody types it twice. It travels as a documented page-level
 * event on `document`, and the last one is remembered in memory (never stored) for elements that
 * appear later. A date set by attribute always wins over a shared one.
 */
import type { IsoDate } from '../core/rules.js';

/** The page-level event that carries a date the patient entered: `detail` is `{ date, source }`. */
export const TREATMENT_DATE_EVENT = 'msc-treatment-date';

/** The detail of `msc-treatment-date`. */
export interface SharedTreatmentDate {
  /** The treatment date (the appointment day), `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** The tag name of the element the patient typed it into. */
  readonly source: string;
}

let last: SharedTreatmentDate | undefined;

/** The date most recently shared on this page, if any. */
export function lastSharedTreatmentDate(): SharedTreatmentDate | undefined {
  return last;
}

/** Offers a date the patient entered in `source` to the other elements of the page. */
export function shareTreatmentDate(source: Element, date: IsoDate): void {
  last = Object.freeze({ date, source: source.localName });
  document.dispatchEvent(new CustomEvent<SharedTreatmentDate>(TREATMENT_DATE_EVENT, { detail: last }));
}

/** Calls `listener` with every date shared from now on; returns the function that stops listening. */
export function onSharedTreatmentDate(listener: (shared: SharedTreatmentDate) => void): () => void {
  const handler = (event: Event) => {
    listener((event as CustomEvent<SharedTreatmentDate>).detail);
  };
  document.addEventListener(TREATMENT_DATE_EVENT, handler);
  return () => {
    document.removeEventListener(TREATMENT_DATE_EVENT, handler);
  };
}
