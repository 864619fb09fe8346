import { plainText } from '../../internal/attributes.js';
import { numberFormat } from '../../internal/format.js';

/**
 * Prices a clinic types into attributes (`price-small`, `currency`), and their formatting. Kept
 * apart from the element so the formatting can be tested in any locale; candidates for
 * src/internal if another element ever shows prices.
 */

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
