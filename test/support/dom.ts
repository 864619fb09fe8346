/**
 * Reading an element's shadow root the way a patient reads the page, and acting on its native
 * fields the way a patient does: the helpers every element test shares.
 */

/** The element's (open) shadow root. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/**
 * Text with its white space folded to one plain space and trimmed. `\s` also matches the no-break
 * spaces (U+00A0, U+202F) that Intl puts in prices and dates, so those compare with plain spaces.
 */
export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every word the element offers a reader: its text and its attribute values (aria-label and the like). */
export const allText = (el: Element): string =>
  [
    clean(shadow(el).textContent),
    ...[...shadow(el).querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value)),
  ].join(' ');

/** What a patient does in a native date field: picks a date (or clears it), which fires a bubbling `change`. */
export function pickDate(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Text as `clean` gives it, without the commas some engines' en-GB data puts after a date's weekday ("Friday, 27 March 2026"). */
export const words = (text: string | null | undefined): string => clean(text).replace(/,/g, '');
