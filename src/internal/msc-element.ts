import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { headingLevel } from './attributes.js';
import { baseStyles } from './base-styles.js';
import { emit } from './events.js';
import { LOCALE_CHANGE_EVENT, currentDirection, currentLocale, localeLoading, watchPageLanguage } from './localization.js';
import { version } from './version.js';
import { clearWarning, warnOnce } from './warn.js';

/** The `detail` type of a CustomEvent declared in `GlobalEventHandlersEventMap`. */
type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What every element of the library shares: the base styles, the active locale (it waits for a
 * locale that is loading before it renders, re-renders when the locale changes, marks its content
 * with the language it speaks, `lang`, and sets `dir="rtl"` for a right-to-left locale),
 * the heading level and content-governance attributes, one warning per bad attribute, and events.
 */
export class MscElement extends LitElement {
  /** The library version that defined the element (named when two copies meet on one page). */
  static readonly libraryVersion: string = version;

  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
    nextReview: { attribute: 'next-review' },
  };

  /**
   * The level (1 to 6) of the element's main heading, to fit the page's outline. Default 2.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | null}
   */
  headingLevel: string | null = null;

  /** Who approved the clinical content, shown with the content version (on screen and in print). */
  reviewedBy: string | null = null;

  /** When the content was approved (YYYY-MM-DD). */
  reviewedOn: string | null = null;

  /** When the content is next due for review (YYYY-MM-DD). */
  nextReview: string | null = null;

  #rtlSetByUs = false;

  readonly #onLocaleChange = (): void => {
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLanguage();
    window.addEventListener(LOCALE_CHANGE_EVENT, this.#onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_CHANGE_EVENT, this.#onLocaleChange);
  }

  /** Waits for a locale that is loading, so the words never flash in another language. */
  protected override async scheduleUpdate(): Promise<void> {
    await localeLoading();
    await super.scheduleUpdate();
  }

  /**
   * The element's `lang` is the language its words are in, so that a screen reader reads them with
   * the right voice (WCAG 3.1.2): English words on a Dutch page are marked English. A right-to-left
   * locale turns the element right to left; otherwise the page's direction applies.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = currentLocale();
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
    const rtl = currentDirection() === 'rtl';
    if (rtl && this.getAttribute('dir') !== 'rtl') {
      this.setAttribute('dir', 'rtl');
      this.#rtlSetByUs = true;
    } else if (!rtl && this.#rtlSetByUs) {
      this.removeAttribute('dir');
      this.#rtlSetByUs = false;
    }
  }

  /** The heading level to render: `heading-level` when valid, otherwise 2 (with one warning). */
  protected get level(): number {
    if (this.headingLevel === null) return 2;
    const level = headingLevel(this.headingLevel);
    if (level === undefined) {
      this.warn('heading-level', 'a number from 1 to 6');
      return 2;
    }
    clearWarning(this, 'heading-level');
    return level;
  }

  /** Warns once for this element and attribute. */
  protected warn(attribute: string, expected: string): void {
    warnOnce(this, attribute, expected);
  }

  /** Marks an attribute valid again, so a later mistake warns again. */
  protected valid(attribute: string): void {
    clearWarning(this, attribute);
  }

  /**
   * Dispatches a bubbling, composed CustomEvent from the element; the detail is type-checked against
   * the event's declaration in `GlobalEventHandlersEventMap`.
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: EventDetail<K>): boolean {
    return emit(this, type, detail);
  }
}
