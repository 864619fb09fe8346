import { msg, str } from '../../internal/localization.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { areaRule, areaSizes, classifyArea, sessionsGuidance, type AreaResult, type AreaSize } from '../../core/rules.js';
import { keyword, plainText } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { formatAmountRange, formatNumber } from '../../internal/format.js';
import { governanceFooter, governanceStyles } from '../../internal/governance.js';
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

/** The three choices, in hands: up to the small limit, between the limits, and the large limit or more. */
const choices: readonly number[] = [
  areaRule.smallAtMostHands,
  (areaRule.smallAtMostHands + areaRule.largeAtLeastHands) / 2,
  areaRule.largeAtLeastHands,
];

/** The size the core gives for a number of hands (every choice is a valid number of hands). */
const sizeOf = (hands: number): AreaSize => {
  const result = classifyArea(hands);
  return result.ok ? result.size : 'small';
};

const choiceLabel = (size: AreaSize): string => {
  const small = formatNumber(areaRule.smallAtMostHands);
  const large = formatNumber(areaRule.largeAtLeastHands);
  return {
    small: msg(str`Up to ${small} hand`),
    medium: msg(str`Between ${small} and ${large} hands`),
    large: msg(str`${large} hands or more`),
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
 * @fires area-size-change - When the patient chooses a size. Detail: `AreaSizeChange`
 * (`{ ok, hands, size, price?, currency? }`).
 */
export class AreaSizeGuide extends MscElement {
  static override styles = [...MscElement.styles, governanceStyles, areaSizeGuideStyles];

  static override properties: PropertyDeclarations = {
    _announcement: { state: true },
    value: {},
    priceSmall: { attribute: 'price-small' },
    priceMedium: { attribute: 'price-medium' },
    priceLarge: { attribute: 'price-large' },
    currency: {},
  };

  /**
   * The chosen size: `small`, `medium` or `large`. Set it to preselect; it follows the patient's choice.
   * @type {'small' | 'medium' | 'large' | null}
   */
  value: string | null = null;

  /** The clinic's price for a small area, as a number such as `120` or `99.50` (needs `currency`). */
  priceSmall: string | null = null;

  /** The clinic's price for a medium area (needs `currency`). */
  priceMedium: string | null = null;

  /** The clinic's price for a large area (needs `currency`). */
  priceLarge: string | null = null;

  /** The currency of the prices: an ISO 4217 code such as `GBP` or `EUR`. */
  currency: string | null = null;

  /** What the live region says after the patient's choice: the size and its price, not the whole result. */
  private _announcement = '';

  readonly #onChange = (event: Event): void => {
    const hands = Number((event.target as HTMLInputElement).value);
    const result = classifyArea(hands);
    if (!result.ok) return;
    this.value = result.size;
    const price = this.#prices().prices[result.size];
    const priceWords = price ? priceSentence(result.size, formatPrice(price.amount, price.currency)) : '';
    this._announcement = `${sizeSentence(result.size)} ${priceWords}`.trim();
    this.emit('area-size-change', price ? { ...result, price: price.amount, currency: price.currency } : result);
  };

  /** The chosen size from `value`, warning once for one that is not a size. */
  #chosen(): AreaSize | undefined {
    if (plainText(this.value) === undefined) {
      this.valid('value');
      return undefined;
    }
    const size = keyword(this.value, areaSizes);
    if (size) this.valid('value');
    else this.warn('value', 'small, medium or large');
    return size;
  }

  /**
   * The clinic's valid prices by size, and whether any price was refused: each invalid price, and a
   * missing or invalid currency next to prices, warns once and is left out.
   */
  #prices(): { prices: Prices; refused: boolean } {
    const typed: Record<AreaSize, [string, string | null]> = {
      small: ['price-small', this.priceSmall],
      medium: ['price-medium', this.priceMedium],
      large: ['price-large', this.priceLarge],
    };
    const anyPrice = areaSizes.some((size) => typed[size][1] !== null);
    const currency = currencyCode(this.currency);
    let refused = currency === undefined && (anyPrice || this.currency !== null);
    if (refused) this.warn('currency', 'an ISO 4217 currency code such as GBP or EUR');
    else this.valid('currency');
    const prices: Prices = {};
    for (const size of areaSizes) {
      const [attribute, value] = typed[size];
      if (value === null) continue;
      const amount = priceAmount(value);
      if (amount === undefined) {
        this.warn(attribute, 'a number such as 120 or 99.50, without a currency sign');
        refused = true;
        continue;
      }
      this.valid(attribute);
      if (currency) prices[size] = { amount, currency };
    }
    return { prices, refused };
  }

  #messages(invalidValue: boolean, refusedPrice: boolean): TemplateResult | typeof nothing {
    if (!invalidValue && !refusedPrice) return nothing;
    return html`<div class="message" part="message">
      ${invalidValue ? html`<p>${msg('The size chosen in advance was not recognised. Choose the one that fits.')}</p>` : nothing}
      ${refusedPrice ? html`<p>${msg('Some prices could not be read, so they are not shown. Ask the clinic about prices.')}</p>` : nothing}
    </div>`;
  }

  #result(size: AreaSize | undefined, prices: Prices): TemplateResult | typeof nothing {
    if (!size) return nothing;
    const price = prices[size];
    const review = formatAmountRange(sessionsGuidance.reviewFromWeeks, sessionsGuidance.reviewToWeeks, 'weeks');
    const small = formatNumber(areaRule.smallAtMostHands);
    const large = formatNumber(areaRule.largeAtLeastHands);
    const unit = unitName(areaRule.unit);
    return html`<p class="size" part="size">${sizeSentence(size)}</p>
      <p>
        ${msg(str`The clinic measures with the size of ${unit}. Small is up to ${small} hand. Large is ${large} hands or more. Medium is in between.`)}
      </p>
      ${price ? html`<p class="price" part="price">${priceSentence(size, formatPrice(price.amount, price.currency))}</p>` : nothing}
      <ul class="sessions">
        ${size === sessionsGuidance.oneSessionMayBeEnoughFor
          ? html`<li>${msg('For a small area that is not complicated, one treatment session may be enough.')}</li>`
          : nothing}
        <li>${msg(str`You should go to a review appointment ${review} after your treatment.`)}</li>
        <li>${msg('You should expect to need a second treatment session.')}</li>
      </ul>`;
  }

  override render(): TemplateResult {
    const size = this.#chosen();
    const { prices, refused } = this.#prices();
    const invalidValue = plainText(this.value) !== undefined && size === undefined;
    return html`
      <div role="heading" aria-level=${this.level} part="heading" class="heading">${msg('The size of the area to treat')}</div>
      ${this.#messages(invalidValue, refused)}
      <fieldset part="choices">
        <legend>${msg('How much of your leg do the thread veins cover?')}</legend>
        <p class="hint">${msg(str`Compare the area with the size of ${unitName(areaRule.unit)}.`)}</p>
        <div class="choices">
          ${choices.map((hands) => {
            const choice = sizeOf(hands);
            return html`<label class="choice" part="choice">
              <input type="radio" name="hands" .value=${String(hands)} .checked=${choice === size} @change=${this.#onChange} />
              ${handsPicture(hands)}
              <span>${choiceLabel(choice)}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      <div class="result" part="result">${this.#result(size, prices)}</div>
      <div role="status" class="visually-hidden">${this._announcement}</div>
      ${governanceFooter(this, this)}
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
