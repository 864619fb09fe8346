/**
 * The prices a clinic types into attributes (`price-small`, `price-medium`, `price-large` and
 * `currency`): read, checked and put in words. Only a guide with one of these attributes needs this
 * code, so area-size-guide.ts loads it on demand (and waits for it before it renders). Kept apart from
 * the element also so the formatting can be tested in any locale; candidates for src/internal if
 * another element ever shows prices.
 */
import { msg, str } from '../../internal/localization.js';
import type { AreaSize } from '../../core/rules.js';
import type { AttributeCheck } from '../../internal/attribute-check.js';
import { plainText } from '../../internal/attributes.js';
import { numberFormat } from '../../internal/format.js';

/** A clinic's valid price for one size, with its sentence ("The clinic's price for a small area: £120."). */
export interface Price {
  readonly amount: number;
  /** The ISO 4217 code, upper-cased. */
  readonly currency: string;
  readonly sentence: string;
}

/** The clinic's valid prices, by size. */
export type Prices = Partial<Record<AreaSize, Price>>;

/** The price attributes as the element has them, by size. */
export type PriceAttributes = Readonly<Record<AreaSize, readonly [attribute: string, value: string | null]>>;

const CURRENCY_FORM = 'an ISO 4217 currency code such as GBP or EUR';

/** An amount as a CMS editor types it: digits with an optional decimal point and 1 or 2 decimals (`120`, `99.50`). */
export function priceAmount(value: string | null | undefined): number | undefined {
  const text = plainText(value);
  return text !== undefined && /^\d{1,9}(\.\d{1,2})?$/.test(text) ? Number(text) : undefined;
}

/** An ISO 4217 currency code the browser knows (`GBP`, `eur`), upper-cased; `undefined` otherwise. */
export function currencyCode(value: string | null | undefined): string | undefined {
  const code = plainText(value)?.toUpperCase();
  if (code === undefined || !/^[A-Z]{3}$/.test(code)) return undefined;
  const intl = Intl as { supportedValuesOf?: (key: 'currency') => string[] };
  if (intl.supportedValuesOf) return intl.supportedValuesOf('currency').includes(code) ? code : undefined;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return code;
  } catch {
    return undefined;
  }
}

/**
 * A price in words and symbols: in the active locale (the page's), or in `locale` when given.
 * Whole amounts show no decimals (`£120`), others show the currency's usual decimals (`£99.50`).
 */
export function formatPrice(amount: number, currency: string, locale?: string): string {
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency,
    ...(Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  };
  return numberFormat(options, locale).format(amount);
}

const priceSentence = (size: AreaSize, price: string): string =>
  ({
    small: msg(str`The clinic's price for a small area: ${price}.`),
    medium: msg(str`The clinic's price for a medium area: ${price}.`),
    large: msg(str`The clinic's price for a large area: ${price}.`),
  })[size];

/**
 * The clinic's valid prices, each with the valid currency, and whether one was refused: each invalid
 * price, and a missing or invalid currency next to prices, warns once (through `check`) and is left out.
 */
export function readPrices(
  check: AttributeCheck,
  typed: PriceAttributes,
  currencyValue: string | null,
): { readonly prices: Prices; readonly refusedPrice: boolean } {
  const sizes = Object.keys(typed) as AreaSize[];
  const anyPrice = sizes.some((size) => plainText(typed[size][1]) !== undefined);
  // Prices without a currency cannot be shown: the missing currency warns like a wrong one.
  const missing = anyPrice && plainText(currencyValue) === undefined;
  if (missing) check.refuse('currency', CURRENCY_FORM);
  const currency = missing ? undefined : check.read('currency', currencyValue, currencyCode, CURRENCY_FORM);
  let refusedPrice = check.invalid('currency');
  const prices: Prices = {};
  for (const size of sizes) {
    const [attribute, value] = typed[size];
    const amount = check.read(attribute, value, priceAmount, 'a number such as 120 or 99.50, without a currency sign');
    refusedPrice ||= check.invalid(attribute);
    if (amount !== undefined && currency) prices[size] = { amount, currency, sentence: priceSentence(size, formatPrice(amount, currency)) };
  }
  return { prices, refusedPrice };
}
