import { msg, str } from '../../internal/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  areaRule,
  areaSizes,
  classifyArea,
  sessionsGuidance,
  type AreaResult,
  type AreaSize,
  type ClinicProtocol,
} from '../../core/rules.js';
import type { AttributeCheck } from '../../internal/attribute-check.js';
import { keyword, plainText } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { formatAmountRange, formatNumber, pluralCategory } from '../../internal/format.js';
import { governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { areaSizeGuideStyles } from './area-size-guide.styles.js';
import { handsPicture } from './hands-picture.js';
import { currencyCode, formatPrice, priceAmount } from './price.js';

/** The detail of `area-size-change`: the core's classification, and the clinic's price for that size if it gives one. */
export type AreaSizeChange = Extract<AreaResult, { ok: true }> & {
  /** The clinic's price for this size (`price-small` etc.), when it gives one and a valid `currency`. */
  readonly price?: number;
  /** The ISO 4217 code of `price`, upper-cased. */
  readonly currency?: string;
};

/** The clinic's valid prices, by size. */
type Prices = Partial<Record<AreaSize, { readonly amount: number; readonly currency: string }>>;

/** The attributes as the guide uses them, checked (see `MscElement.configure`). */
interface Config {
  /** The size `value` names, if it names one. */
  readonly size: AreaSize | undefined;
  /** Whether `value` names no size. */
  readonly invalidValue: boolean;
  /** The valid prices, each with a valid currency. */
  readonly prices: Prices;
  /** Whether a price or the currency was refused (or prices were given without a currency). */
  readonly refusedPrice: boolean;
}

const CURRENCY_FORM = 'an ISO 4217 currency code such as GBP or EUR';

/** The area thresholds of a protocol, in hands. */
type Area = ClinicProtocol['area'];

/** The number of hands each choice stands for: the small limit, between the limits, and the large limit. */
const handsFor = (size: AreaSize, { smallAtMostHands: small, largeAtLeastHands: large }: Area): number =>
  ({ small, medium: (small + large) / 2, large })[size];

/**
 * A number of hands in words ("1 hand", "2 hands", "1.5 hands"), in the plural form the language
 * gives that number (`pluralCategory`): one message per plural category, since Intl has no unit for
 * hands (the message ids name the category: `hands-one`, `hands-few`…).
 */
const hands = (count: number): string => {
  const n = formatNumber(count);
  switch (pluralCategory(count)) {
    case 'zero':
      return msg(str`${n} hands`, { id: 'hands-zero' });
    case 'one':
      return msg(str`${n} hand`, { id: 'hands-one' });
    case 'two':
      return msg(str`${n} hands`, { id: 'hands-two' });
    case 'few':
      return msg(str`${n} hands`, { id: 'hands-few' });
    case 'many':
      return msg(str`${n} hands`, { id: 'hands-many' });
    default:
      return msg(str`${n} hands`, { id: 'hands-other' });
  }
};

const choiceLabel = (size: AreaSize, area: Area): string => {
  const small = hands(area.smallAtMostHands);
  const large = hands(area.largeAtLeastHands);
  return {
    small: msg(str`Up to ${small}`),
    medium: msg(str`Between ${formatNumber(area.smallAtMostHands)} and ${large}`),
    large: msg(str`${large} or more`),
  }[size];
};

const sizeSentence = (size: AreaSize): string =>
  ({
    small: msg('From your answer, this is a small area.'),
    medium: msg('From your answer, this is a medium area.'),
    large: msg('From your answer, this is a large area.'),
  })[size];

const priceSentence = (size: AreaSize, price: string): string =>
  ({
    small: msg(str`The clinic's price for a small area: ${price}.`),
    medium: msg(str`The clinic's price for a medium area: ${price}.`),
    large: msg(str`The clinic's price for a large area: ${price}.`),
  })[size];

/** The hand the leaflet measures with (`areaRule.unit`). */
const unitName = (unit: typeof areaRule.unit): string => ({ 'female-hand': msg("a woman's hand") })[unit];

/**
 * Helps a patient work out whether the area of thread veins to treat is small, medium or large, in
 * the hands the clinic's leaflet measures with, and tells them how many sessions to expect and, where
 * the clinic gives prices, what that size costs.
 *
 * @summary Works out the size of the area to treat, the sessions to expect and the price.
 * @tagname area-size-guide
 *
 * @csspart heading - The element's main heading.
 * @csspart choices - The fieldset of the three sizes.
 * @csspart choice - Each choice (a label around a radio button, a picture and its text).
 * @csspart picture - The picture of hands in each choice (decorative).
 * @csspart result - The live region with the size, the rule, the sessions guidance and the price.
 * @csspart size - The sentence that names the size.
 * @csspart price - The price of the chosen size.
 * @csspart message - The message shown for an invalid attribute.
 * @csspart governance - The footer with the content version and review details.
 *
 * @cssprop --msc-color-text - Text colour.
 * @cssprop --msc-color-background - Background colour.
 * @cssprop --msc-color-accent - Colour of the chosen option's border and the pictures.
 * @cssprop --msc-color-border - Colour of borders.
 * @cssprop --msc-color-muted - Colour of secondary text.
 * @cssprop --msc-radius - Corner radius.
 * @cssprop --msc-space - Base spacing.
 * @cssprop --msc-focus-ring - Focus outline.
 * @cssprop --msc-max-width - Largest width of the element.
 *
 * @fires area-size-change - When the patient chooses a size (never on load, nor when the host sets
 * `value` or a price: read `value` instead). Detail: `AreaSizeChange` (`{ ok, hands, size, price?, currency? }`).
 */
export class AreaSizeGuide extends MscElement<Config> {
  static override styles = [...MscElement.styles, governanceStyles, areaSizeGuideStyles];

  /**
   * The chosen size: `small`, `medium` or `large`. Set it to preselect; it follows the patient's choice.
   * @type {'small' | 'medium' | 'large' | null}
   */
  @property() value: string | null = null;

  /** The clinic's price for a small area, as a number such as `120` or `99.50` (needs `currency`). */
  @property({ attribute: 'price-small' }) priceSmall: string | null = null;

  /** The clinic's price for a medium area (needs `currency`). */
  @property({ attribute: 'price-medium' }) priceMedium: string | null = null;

  /** The clinic's price for a large area (needs `currency`). */
  @property({ attribute: 'price-large' }) priceLarge: string | null = null;

  /** The currency of the prices: an ISO 4217 code such as `GBP` or `EUR`. */
  @property() currency: string | null = null;

  /** What the live region says after the patient's choice: the size and its price, not the whole result. */
  @state() private _announcement = '';

  /**
   * The chosen size, and the clinic's valid prices: each invalid price, and a missing or invalid
   * currency next to prices, warns once and is left out.
   */
  protected override configure(check: AttributeCheck): Config {
    const size = check.read('value', this.value, (text) => keyword(text, areaSizes), 'small, medium or large');
    const typed: Record<AreaSize, [string, string | null]> = {
      small: ['price-small', this.priceSmall],
      medium: ['price-medium', this.priceMedium],
      large: ['price-large', this.priceLarge],
    };
    const anyPrice = areaSizes.some((each) => plainText(typed[each][1]) !== undefined);
    // Prices without a currency cannot be shown: the missing currency warns like a wrong one.
    const missing = anyPrice && plainText(this.currency) === undefined;
    if (missing) check.refuse('currency', CURRENCY_FORM);
    const currency = missing ? undefined : check.read('currency', this.currency, currencyCode, CURRENCY_FORM);
    let refusedPrice = check.invalid('currency');
    const prices: Prices = {};
    for (const each of areaSizes) {
      const [attribute, value] = typed[each];
      const amount = check.read(attribute, value, priceAmount, 'a number such as 120 or 99.50, without a currency sign');
      refusedPrice ||= check.invalid(attribute);
      if (amount !== undefined && currency) prices[each] = { amount, currency };
    }
    return { size, invalidValue: check.invalid('value'), prices, refusedPrice };
  }

  /** The patient's choice: shows and announces the size and its price, and fires `area-size-change`. */
  private readonly _onChange = (event: Event): void => {
    const hands = Number((event.target as HTMLInputElement).value);
    const result = classifyArea(hands, { protocol: this.protocolInForce });
    if (!result.ok) return;
    this.value = result.size;
    const price = this.config.prices[result.size];
    const priceWords = price ? priceSentence(result.size, formatPrice(price.amount, price.currency)) : '';
    this._announcement = `${sizeSentence(result.size)} ${priceWords}`.trim();
    this.emit('area-size-change', price ? { ...result, price: price.amount, currency: price.currency } : result);
  };

  private _messages(invalidValue: boolean, refusedPrice: boolean): TemplateResult | typeof nothing {
    if (!invalidValue && !refusedPrice) return nothing;
    return html`<div class="message" part="message">
      ${invalidValue ? html`<p>${msg('The size chosen in advance was not recognised. Choose the one that fits.')}</p>` : nothing}
      ${refusedPrice ? html`<p>${msg('Some prices could not be read, so they are not shown. Ask the clinic about prices.')}</p>` : nothing}
    </div>`;
  }

  private _result(size: AreaSize | undefined, prices: Prices, protocol: ClinicProtocol): TemplateResult | typeof nothing {
    if (!size) return nothing;
    const price = prices[size];
    const review = formatAmountRange(protocol.aftercare.review.fromWeeks, protocol.aftercare.review.toWeeks, 'weeks');
    const small = hands(protocol.area.smallAtMostHands);
    const large = hands(protocol.area.largeAtLeastHands);
    const unit = unitName(areaRule.unit);
    return html`<p class="size" part="size">${sizeSentence(size)}</p>
      <p>
        ${msg(str`The clinic measures with the size of ${unit}. Small is up to ${small}. Large is ${large} or more. Medium is in between.`)}
      </p>
      ${price ? html`<p class="price" part="price">${priceSentence(size, formatPrice(price.amount, price.currency))}</p>` : nothing}
      <ul class="sessions">
        ${
          size === sessionsGuidance.oneSessionMayBeEnoughFor
            ? html`<li>${msg('For a small area that is not complicated, one treatment session may be enough.')}</li>`
            : nothing
        }
        <li>${msg(str`You should go to a review appointment ${review} after your treatment.`)}</li>
        <li>${msg('You should expect to need a second treatment session.')}</li>
      </ul>`;
  }

  override render(): TemplateResult {
    const heading = this.heading(msg('The size of the area to treat'));
    if (!this.clinic.ok) return this.protocolProblem(heading);
    const { protocol } = this.clinic;
    const { size, invalidValue, prices, refusedPrice } = this.config;
    return html`
      ${heading} ${this._messages(invalidValue, refusedPrice)}
      <fieldset part="choices">
        <legend>${msg('How much of your leg do the thread veins cover?')}</legend>
        <p class="hint">${msg(str`Compare the area with the size of ${unitName(areaRule.unit)}.`)}</p>
        <div class="choices">
          ${areaSizes.map((choice) => {
            const count = handsFor(choice, protocol.area);
            return html`<label class="choice" part="choice">
              <input type="radio" name="hands" .value=${String(count)} .checked=${choice === size} @change=${this._onChange} />
              ${handsPicture(count)}
              <span>${choiceLabel(choice, protocol.area)}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      <div class="result" part="result">${this._result(size, prices, protocol)}</div>
      <div role="status" class="visually-hidden">${this._announcement}</div>
      ${this.governance()}
    `;
  }
}

define('area-size-guide', AreaSizeGuide);

declare global {
  interface HTMLElementTagNameMap {
    'area-size-guide': AreaSizeGuide;
  }
  interface GlobalEventHandlersEventMap {
    'area-size-change': CustomEvent<AreaSizeChange>;
  }
}
