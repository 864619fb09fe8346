import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AttributeCheck } from './attribute-check.js';
import { headingLevel, isoDate, ISO_DATE_FORM, plainText } from './attributes.js';
import { baseStyles } from './base-styles.js';
import { emit } from './events.js';
import { governanceFooter, type Review } from './governance.js';
import { heading } from './heading.js';
import { LOCALE_CHANGE_EVENT, currentDirection, currentLocale, localeLoading, msg, watchPageLanguage } from './localization.js';
import { protocolReady, protocolState, type ProtocolState } from './protocol-source.js';
import type { ClinicProtocol } from '../core/rules.js';
import { version } from './version.js';

/** The `detail` type of a CustomEvent declared in `GlobalEventHandlersEventMap`. */
type EventDetail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What every element of the library shares: the base styles, the active locale (it waits for a
 * locale that is loading before it renders, re-renders when the locale changes, marks its content
 * with the language it speaks, `lang`, and sets `dir="rtl"` for a right-to-left locale), the heading
 * level and content-governance attributes, the clinic's protocol, events, and the configuration step.
 *
 * The configuration step: before every render, `willUpdate` calls the element's `configure`, which
 * reads each attribute through a parser of ./attributes.ts into a typed `Config` (kept as
 * `this.config`); every value refused warns once, naming the attribute and the form expected. So
 * `render` reads checked values only and has no side effects.
 */
export abstract class MscElement<Config extends object = object> extends LitElement {
  /** The library version that defined the element (named when two copies meet on one page). */
  static readonly libraryVersion: string = version;

  static override styles = [baseStyles];

  /**
   * The level (1 to 6) of the element's main heading, to fit the page's outline. Default 2.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | null}
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  /** Who approved the clinical content, shown with the content version (on screen and in print). */
  @property({ attribute: 'reviewed-by' }) reviewedBy: string | null = null;

  /** When the content was approved (YYYY-MM-DD). */
  @property({ attribute: 'reviewed-on' }) reviewedOn: string | null = null;

  /** When the content is next due for review (YYYY-MM-DD). */
  @property({ attribute: 'next-review' }) nextReview: string | null = null;

  /**
   * The clinic's protocol: the id of a `<script type="application/json">` block on the page (the
   * attribute), or the protocol as an object (the property). Without it, the page's block with the id
   * `msc-protocol`, else the leaflet's own. One that cannot be read is never replaced by the leaflet's:
   * the element says that the clinic's treatment settings could not be read.
   * @type {string | object | null}
   */
  @property({ attribute: 'protocol' }) protocol: string | object | null = null;

  /** The element's attributes as checked before the last render (see `configure`). */
  protected config!: Readonly<Config>;

  /** The clinic's protocol as read before the last render, or why it could not be read. */
  protected clinic!: ProtocolState;

  /**
   * The protocol the rules follow, for the rule functions' `protocol` option. Only while it can be
   * read: an element renders `protocolProblem()` instead of its content when it cannot.
   */
  protected get protocolInForce(): ClinicProtocol | undefined {
    return this.clinic.ok ? this.clinic.protocol : undefined;
  }

  /** The level of the main heading, checked with the rest of the configuration. */
  private _level = 2;

  /** The review details, checked with the rest of the configuration. */
  private _review: Review = {};

  private _rtlSetByUs = false;

  private readonly _onLocaleChange = (): void => {
    this.requestUpdate();
  };

  /**
   * Reads the element's own attributes into its configuration, each through `check.read` with a
   * parser and the form it expects (a refused value warns once). Called before every render.
   */
  protected abstract configure(check: AttributeCheck): Config;

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLanguage();
    window.addEventListener(LOCALE_CHANGE_EVENT, this._onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_CHANGE_EVENT, this._onLocaleChange);
  }

  /**
   * Waits for a locale that is loading, so the words never flash in another language, and for the
   * protocol checker on a page that declares a protocol, so the leaflet's numbers never show instead.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await localeLoading();
    await protocolReady(this.protocol, this);
    await super.scheduleUpdate();
  }

  /**
   * The element's `lang` is the language its words are in, so that a screen reader reads them with
   * the right voice (WCAG 3.1.2): English words on a Dutch page are marked English. A right-to-left
   * locale turns the element right to left; otherwise the page's direction applies.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const check = new AttributeCheck();
    this._level = check.read('heading-level', this.headingLevel, headingLevel, 'a number from 1 to 6') ?? 2;
    this._review = {
      by: plainText(this.reviewedBy),
      on: check.read('reviewed-on', this.reviewedOn, isoDate, ISO_DATE_FORM),
      next: check.read('next-review', this.nextReview, isoDate, ISO_DATE_FORM),
    };
    this.clinic = protocolState(this.protocol, this);
    this.config = this.configure(check);
    check.report(this);
    const locale = currentLocale();
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
    const rtl = currentDirection() === 'rtl';
    if (rtl && this.getAttribute('dir') !== 'rtl') {
      this.setAttribute('dir', 'rtl');
      this._rtlSetByUs = true;
    } else if (!rtl && this._rtlSetByUs) {
      this.removeAttribute('dir');
      this._rtlSetByUs = false;
    }
  }

  /** The level of a heading `depth` levels below the element's main heading (at most 6). */
  protected subheadingLevel(depth = 1): number {
    return Math.min(this._level + depth, 6);
  }

  /** The element's main heading (part `heading`). */
  protected heading(content: unknown, id?: string): TemplateResult {
    return heading(this._level, content, id);
  }

  /** The footer with the content version, the clinic's protocol and who reviewed them (part `governance`). */
  protected governance(): TemplateResult {
    return governanceFooter(this._review, this.clinic.ok ? this.clinic.protocol : undefined);
  }

  /**
   * What the element shows instead of its content when the clinic's protocol cannot be read: its
   * `heading` and a plain message (part `protocol-problem`); elements with warning signs add them.
   */
  protected protocolProblem(heading: TemplateResult): TemplateResult {
    return html`${heading}
      <p class="protocol-problem" part="protocol-problem">${this.protocolProblemText()}</p>`;
  }

  /** Why the element shows no content while the clinic's protocol cannot be read, in the patient's words. */
  protected protocolProblemText(): string {
    return msg("This information cannot be shown, because the clinic's treatment settings could not be read. Please ask the clinic.");
  }

  /**
   * Dispatches a bubbling, composed CustomEvent from the element; the detail is type-checked against
   * the event's declaration in `GlobalEventHandlersEventMap`. Nothing is dispatched (and it returns
   * false) while the clinic's protocol cannot be read: what an event would carry comes from rules
   * whose numbers may be wrong for this clinic (a date shared by another element still arrives here).
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: EventDetail<K>): boolean {
    if (this.hasUpdated && !this.clinic.ok) return false;
    return emit(this, type, detail);
  }
}
