/**
 * Where an element's clinic protocol comes from, read once per page. A page declares its protocol
 * once, as a `<script type="application/json">` block (which a CMS editor can paste and a strict
 * Content Security Policy allows, since it never runs): an element finds it by the id in its
 * `protocol` attribute, or, without one, the page's block with the id `msc-protocol`. A host can also
 * set the `protocol` property to an object. Without any of these, the leaflet's protocol applies.
 *
 * The checker of protocols (`parseProtocol`, with its field table) is loaded on demand, only on a
 * page that declares a protocol; the element waits for it before it renders, so it never shows the
 * leaflet's numbers where the clinic's apply. A protocol that cannot be read is never replaced by the
 * leaflet's (its numbers may be wrong for this clinic): the element says so, and every problem is
 * logged, with its path, in one console warning per protocol, however many elements use it.
 */
import { leafletProtocol, type ClinicProtocol } from '../core/rules.js';
import type { ProtocolError } from '../core/protocol.js';
import { onDemand } from './on-demand.js';

/** The id of the page's protocol block, for elements without a `protocol` attribute. */
export const PAGE_PROTOCOL_ID = 'msc-protocol';

/** The protocol an element follows, or why it has none. */
export type ProtocolState =
  { readonly ok: true; readonly protocol: ClinicProtocol } | { readonly ok: false; readonly errors: readonly ProtocolError[] };

const leaflet: ProtocolState = { ok: true, protocol: leafletProtocol };

const loadChecker = onDemand(() => import('../core/protocol.js'));
let parse: typeof import('../core/protocol.js').parseProtocol | undefined;

/**
 * What came of each block or object (or, for an id that names no block, each element), and what it
 * was read from (the block's text, the id), so the same source is checked and reported once.
 */
const read = new WeakMap<object, { readonly from: unknown; readonly state: ProtocolState }>();
/** `from` while the checker is not loaded. */
const unloaded = {};

/**
 * The block or object a `protocol` value points to, in the element's document or shadow root: the
 * block with that id, the object itself, or the page's `msc-protocol` block; `undefined` for none.
 */
function sourceOf(value: unknown, host: Element): object | string | undefined {
  const root = host.getRootNode() as Document | ShadowRoot;
  const find = (id: string) => root.getElementById?.(id) ?? document.getElementById(id);
  if (typeof value === 'string' && value.trim()) return find(value.trim()) ?? value.trim();
  if (value !== null && typeof value === 'object') return value;
  return find(PAGE_PROTOCOL_ID) ?? undefined;
}

/** Resolves once the protocol checker is loaded, when `value` points to a protocol to check. */
export async function protocolReady(value: unknown, host: Element): Promise<void> {
  const source = sourceOf(value, host);
  if (parse || source === undefined || source === leafletProtocol) return;
  try {
    parse = (await loadChecker()).parseProtocol;
  } catch {
    // Offline: the state below says the settings could not be read; the next update tries again.
  }
}

const refuse = (expected: string, received: unknown): ProtocolState => ({ ok: false, errors: [{ path: '', expected, received }] });

/** Checks what a source holds. */
function check(source: object | string): ProtocolState {
  if (typeof source === 'string') return refuse(`a <script type="application/json"> block with the id "${source}" on the page`, source);
  if (source instanceof Element) {
    if (!(source instanceof HTMLScriptElement) || source.type.trim().toLowerCase() !== 'application/json')
      return refuse('a <script type="application/json"> block', `<${source.localName}>`);
    try {
      return parse!(JSON.parse(source.text) as unknown);
    } catch (error) {
      return refuse('the protocol as JSON', String(error));
    }
  }
  return parse!(source);
}

const describe = (errors: readonly ProtocolError[]): string =>
  errors
    .map(
      (error) => `- ${error.path || '(the protocol)'}: expected ${error.expected}; received ${JSON.stringify(error.received) ?? 'nothing'}`,
    )
    .join('\n');

/**
 * The protocol a `protocol` value gives (see the module comment), checked once per block or object;
 * a refused one warns once, listing every problem with its path.
 */
export function protocolState(value: unknown, host: Element): ProtocolState {
  const source = sourceOf(value, host);
  if (source === undefined || source === leafletProtocol) return leaflet;
  const key = typeof source === 'string' ? host : source;
  const from = !parse ? unloaded : source instanceof HTMLScriptElement ? source.text : source;
  const known = read.get(key);
  if (known?.from === from) return known.state;
  const state = parse ? check(source) : refuse('the protocol checker, loaded with the elements (are you offline?)', undefined);
  if (!state.ok)
    console.warn(
      `microsclerotherapy-widgets: the clinic's protocol could not be read, so no treatment settings are shown:\n${describe(state.errors)}`,
    );
  read.set(key, { from, state });
  return state;
}
