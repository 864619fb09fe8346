/**
 * The checks the block editor and the settings page apply to what an editor types: for each attribute
 * of the elements, the parser the element itself reads it with (src/internal/attributes.ts and the
 * area guide's prices) and the form it expects, in the words of the element's console warning. So a
 * value the sidebar accepts is one the element accepts, and the other way round.
 *
 * test/wordpress/checks.node.test.ts fails for an attribute of custom-elements.json without a check here.
 */
import {
  clockTime,
  headingLevel,
  isoDate,
  ISO_DATE_FORM,
  keyword,
  phoneNumber,
  plainText,
  safeUrl,
} from '../../src/internal/attributes.js';
import { currencyCode, priceAmount } from '../../src/components/area-size-guide/price.js';
import { parseProtocol } from '../../src/core/protocol.js';

/** How an attribute is read: its parser and, when the parser refuses a value, what it expects. */
export interface Check {
  readonly parse: (value: string) => unknown;
  readonly expected: string;
}

const URL_FORM = 'an https:, http: or relative link';
const text: Check = { parse: plainText, expected: 'text' };
const date: Check = { parse: isoDate, expected: ISO_DATE_FORM };
const url: Check = { parse: safeUrl, expected: URL_FORM };
const price: Check = { parse: priceAmount, expected: 'a number such as 120 or 99.50, without a currency sign' };
const oneOf = (values: readonly string[], expected: string): Check => ({ parse: (value) => keyword(value, values), expected });

/**
 * What is wrong with a protocol as JSON text (the settings page's, or a block's own), as one line
 * per problem with its path (`protocol aftercare.review: expected …`), checked with the core's
 * `parseProtocol`, the function every element reads it with; none for a protocol the elements accept.
 */
export function protocolProblems(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`protocol: not JSON (${(error as Error).message})`];
  }
  const result = parseProtocol(value);
  return result.ok
    ? []
    : result.errors.map(
        ({ path, expected, received }) =>
          `protocol ${path || '(the whole protocol)'}: expected ${expected}; received ${received === undefined ? 'nothing' : JSON.stringify(received)}`,
      );
}

/** Every attribute an element takes as a block setting, by its HTML name (and `protocol`, below). */
export const checks: Readonly<Record<string, Check>> = {
  'clinic-name': text,
  'booking-url': url,
  'contact-url': url,
  'contact-phone': { parse: phoneNumber, expected: 'a telephone number such as 020 7946 0000' },
  'face-alternative': text,
  mode: oneOf(['stepwise', 'list'], 'stepwise or list'),
  today: date,
  'value-format': oneOf(['json', 'fhir'], 'json or fhir'),
  name: text,
  value: oneOf(['small', 'medium', 'large'], 'small, medium or large'),
  'price-small': price,
  'price-medium': price,
  'price-large': price,
  currency: { parse: currencyCode, expected: 'an ISO 4217 currency code such as GBP or EUR' },
  'treatment-date': date,
  compact: text,
  'emergency-text': text,
  'emergency-phone': { parse: phoneNumber, expected: 'a telephone number such as 999 or +44 20 7946 0000' },
  group: oneOf(['urgent', 'other'], 'urgent or other'),
  'appointment-date': date,
  'appointment-time': { parse: clockTime, expected: 'a time in the form HH:MM (24-hour clock)' },
  remember: text,
  'heading-level': { parse: headingLevel, expected: 'a number from 1 to 6' },
  'reviewed-by': text,
  'reviewed-on': date,
  'next-review': date,
};

/**
 * What is wrong with an attribute's value, as a sentence, or `undefined` when the element accepts it.
 * An empty value is always fine: the element then uses its default (or the site's setting).
 */
export function problemWith(attribute: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (attribute === 'protocol') {
    const problems = protocolProblems(value);
    return problems.length > 0 ? `Not valid: ${problems.join('; ')}.` : undefined;
  }
  const check = checks[attribute];
  if (!check || plainText(value) === undefined) return undefined;
  return check.parse(value) === undefined ? `Not valid: expected ${check.expected}.` : undefined;
}

/** Problems that come from two attributes together (as the elements check them): prices need a currency. */
export function crossProblems(values: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const problems: Record<string, string> = {};
  const anyPrice = ['price-small', 'price-medium', 'price-large'].some((name) => plainText(values[name]) !== undefined);
  if (anyPrice && plainText(values.currency) === undefined)
    problems.currency = 'Needed with a price: an ISO 4217 currency code such as GBP.';
  return problems;
}
