/**
 * Reads the clinic protocol a page declares (./protocol-source.ts finds it): a page's block or a
 * host's protocol object, with the core's `parseProtocol`. Each block or object is read once; one
 * that cannot be read warns once for every element that uses it, listing every problem with its
 * path, and an id that names no block (or a value of the wrong type) warns once per element, as any
 * refused attribute does. Loaded on demand, with the checker, only on a page that declares a protocol.
 */
import { parseProtocol, type ProtocolError, type ProtocolResult } from '../core/protocol.js';
import { clearWarning, warnOnce } from './warn.js';

/** A refusal of the whole protocol (its path is the protocol itself). */
const refusal = (expected: string, received: unknown): ProtocolResult => ({ ok: false, errors: [{ path: '', expected, received }] });

/** What came of each block or object, and the text it was read from, so each is read and reported once. */
const read = new WeakMap<object, { readonly text: string | undefined; readonly result: ProtocolResult }>();

const ID_FORM = 'the id of a <script type="application/json"> block on the page, or a protocol object (property)';

/** A received value in a warning: as JSON where it can be (a cycle or a BigInt cannot), else as text. */
function shown(value: unknown): string {
  try {
    // JSON.stringify gives undefined (though typed string) for undefined and for a function.
    return value === undefined || typeof value === 'function' ? String(value) : JSON.stringify(value);
  } catch {
    return typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
  }
}

const describe = (errors: readonly ProtocolError[]): string =>
  errors.map((error) => `- ${error.path || '(the protocol)'}: expected ${error.expected}; received ${shown(error.received)}`).join('\n');

/** What a block (its JSON) or an object holds, checked. */
function check(source: object): ProtocolResult {
  if (!(source instanceof Element)) return parseProtocol(source);
  if (!(source instanceof HTMLScriptElement) || source.type.trim().toLowerCase() !== 'application/json')
    return refusal('a <script type="application/json"> block', `<${source.localName}>`);
  try {
    return parseProtocol(JSON.parse(source.text) as unknown);
  } catch (error) {
    return refusal('the protocol as JSON', String(error));
  }
}

/** Reads a block or an object; one that cannot be read warns, listing every problem with its path. */
function readProtocol(source: object): ProtocolResult {
  const result = check(source);
  if (!result.ok)
    console.warn(
      `microsclerotherapy-widgets: the clinic's protocol could not be read, so no treatment settings are shown:\n${describe(result.errors)}`,
    );
  return result;
}

/**
 * The protocol of the block or object an element's `protocol` value points to (`source`), read once
 * while its text stays the same; `'refused'` (an id that names no block, a value of the wrong type)
 * warns once for the element.
 */
export function protocolState(source: object | 'refused', value: unknown, host: Element): ProtocolResult {
  if (source === 'refused') {
    warnOnce(host, 'protocol', `${ID_FORM} (received ${typeof value === 'string' ? `"${value}"` : typeof value})`);
    return refusal(ID_FORM, value);
  }
  clearWarning(host, 'protocol');
  const text = source instanceof HTMLScriptElement ? source.text : undefined;
  const known = read.get(source);
  if (known && known.text === text) return known.result;
  const result = readProtocol(source);
  read.set(source, { text, result });
  return result;
}
