/**
 * Reads a page's protocol block or a host's protocol object with the core's `parseProtocol`, and
 * warns once, listing every problem with its path, when it cannot be read. Loaded on demand, with
 * the checker, only on a page that declares a protocol (see ./protocol-source.ts).
 */
import { parseProtocol, type ProtocolError, type ProtocolResult } from '../core/protocol.js';

/** A refusal of the whole protocol (its path is the protocol itself). */
export const refusal = (expected: string, received: unknown): ProtocolResult => ({ ok: false, errors: [{ path: '', expected, received }] });

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
export function readProtocol(source: object): ProtocolResult {
  const result = check(source);
  if (!result.ok)
    console.warn(
      `microsclerotherapy-widgets: the clinic's protocol could not be read, so no treatment settings are shown:\n${describe(result.errors)}`,
    );
  return result;
}
