/**
 * Where an element's clinic protocol comes from, read once per page. A page declares its protocol
 * once, as a `<script type="application/json">` block (which a CMS editor can paste and a strict
 * Content Security Policy allows, since it never runs): an element finds it by the id in its
 * `protocol` attribute, or, without one, the page's block with the id `msc-protocol`. A host can also
 * set the `protocol` property to an object. Without any of these, the leaflet's protocol applies.
 *
 * The code that reads and checks a protocol (./protocol-reader.ts, with the core's `parseProtocol`)
 * is loaded on demand, only on a page that declares a protocol; the element waits for it before it renders, so it never shows the
 * leaflet's numbers where the clinic's apply. A protocol that cannot be read is never replaced by the
 * leaflet's (its numbers may be wrong for this clinic): the element says so, and every problem is
 * logged, with its path, in one console warning per protocol, however many elements use it.
 */
import { leafletProtocol, type ClinicProtocol } from '../core/rules.js';
import type { ProtocolError } from '../core/protocol.js';
import { onDemand } from './on-demand.js';
import { clearWarning, warnOnce } from './warn.js';

/** The id of the page's protocol block, for elements without a `protocol` attribute. */
export const PAGE_PROTOCOL_ID = 'msc-protocol';

/** The protocol an element follows, or why it has none. */
export type ProtocolState =
  { readonly ok: true; readonly protocol: ClinicProtocol } | { readonly ok: false; readonly errors: readonly ProtocolError[] };

const leaflet: ProtocolState = { ok: true, protocol: leafletProtocol };

const loadReader = onDemand(() => import('./protocol-reader.js'));
let reader: Awaited<ReturnType<typeof loadReader>> | undefined;

/** What came of each block or object, and the text it was read from, so each is read and reported once. */
const read = new WeakMap<object, { readonly text: string | undefined; readonly state: ProtocolState }>();

const ID_FORM = 'the id of a <script type="application/json"> block on the page, or a protocol object (property)';

/**
 * What a `protocol` value points to, in the element's document or shadow root: the block with that
 * id, the object itself, or the page's `msc-protocol` block; `undefined` for none, and `'refused'`
 * for an id that names no block or a value that is neither an id nor an object.
 */
function sourceOf(value: unknown, host: Element): object | 'refused' | undefined {
  const root = host.getRootNode();
  const find = (id: string) =>
    (root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id) ?? undefined;
  if (typeof value === 'string' && value.trim()) return find(value.trim()) ?? 'refused';
  if (value !== null && typeof value === 'object') return value;
  if (value === null || value === undefined || typeof value === 'string') return find(PAGE_PROTOCOL_ID);
  return 'refused';
}

/** Resolves once the protocol reader is loaded, when `value` points to a protocol to read. */
export async function protocolReady(value: unknown, host: Element): Promise<void> {
  const source = sourceOf(value, host);
  if (reader || typeof source !== 'object' || source === leafletProtocol) return;
  try {
    reader = await loadReader();
  } catch {
    // Offline: the state below says the settings could not be read; the next update tries again.
  }
}

/**
 * The protocol a `protocol` value gives (see the module comment). A block or object is read once,
 * and a refused one warns once for every element that uses it, listing every problem with its path;
 * an id that names no block (or a value of the wrong type) warns once per element, as any refused
 * attribute does.
 */
export function protocolState(value: unknown, host: Element): ProtocolState {
  const source = sourceOf(value, host);
  if (source === 'refused') {
    warnOnce(host, 'protocol', `${ID_FORM} (received ${typeof value === 'string' ? `"${value}"` : typeof value})`);
    return { ok: false, errors: [{ path: '', expected: ID_FORM, received: value }] };
  }
  clearWarning(host, 'protocol');
  if (source === undefined || source === leafletProtocol) return leaflet;
  if (!reader)
    return {
      ok: false,
      errors: [{ path: '', expected: 'the protocol reader, which could not be loaded (are you offline?)', received: undefined }],
    };
  const text = source instanceof HTMLScriptElement ? source.text : undefined;
  const known = read.get(source);
  if (known && known.text === text) return known.state;
  const state = reader.readProtocol(source);
  read.set(source, { text, state });
  return state;
}
