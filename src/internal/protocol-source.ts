/**
 * Where an element's clinic protocol comes from. A page declares its protocol once, as a
 * `<script type="application/json">` block (which a CMS editor can paste and a strict Content
 * Security Policy allows, since it never runs): an element finds it by the id in its `protocol`
 * attribute, or, without one, the page's block with the id `msc-protocol`. A host can also set the
 * `protocol` property to an object. Without any of these, the leaflet's protocol applies.
 *
 * Only finding the source is here, for every page. Reading it, checking it (the core's
 * `parseProtocol`) and reporting what is wrong with it are in ./protocol-reader.ts, loaded on demand
 * only on a page that declares a protocol; the element waits for it before it renders, so it never
 * shows the leaflet's numbers where the clinic's apply. A protocol that cannot be read is never
 * replaced by the leaflet's (its numbers may be wrong for this clinic): the element says so.
 */
import { leafletProtocol } from '../core/rules.js';
import type { ProtocolResult } from '../core/protocol.js';
import { onDemand } from './on-demand.js';
import { clearWarning } from './warn.js';

/** The id of the page's protocol block, for elements without a `protocol` attribute. */
export const PAGE_PROTOCOL_ID = 'msc-protocol';

/** The protocol an element follows, or why it has none: what `parseProtocol` returns. */
export type ProtocolState = ProtocolResult;

/**
 * What a `protocol` value points to: the object itself, the block with that id (in the element's
 * document or shadow root, else the page), or the page's `msc-protocol` block; `undefined` for none,
 * and `'refused'` for an id that names nothing or a value that is neither an id nor an object.
 */
export type ProtocolSource = object | 'refused' | undefined;

const leaflet: ProtocolState = { ok: true, protocol: leafletProtocol };

const loadReader = onDemand(() => import('./protocol-reader.js'));
let reader: Awaited<ReturnType<typeof loadReader>> | undefined;

/** What a `protocol` value points to (see `ProtocolSource`). */
function sourceOf(value: unknown, host: Element): ProtocolSource {
  const root = host.getRootNode();
  const find = (id: string) =>
    (root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null) ?? document.getElementById(id) ?? undefined;
  if (typeof value === 'string' && value.trim()) return find(value.trim()) ?? 'refused';
  if (value !== null && typeof value === 'object') return value;
  if (value === null || value === undefined || typeof value === 'string') return find(PAGE_PROTOCOL_ID);
  return 'refused';
}

/** Resolves once the protocol reader is loaded, when `value` points to a protocol to read (or refuses one). */
export async function protocolReady(value: unknown, host: Element): Promise<void> {
  const source = sourceOf(value, host);
  if (reader || source === undefined || source === leafletProtocol) return;
  try {
    reader = await loadReader();
  } catch {
    // Offline: the state below says the settings could not be read; the next update tries again.
  }
}

/** The protocol a `protocol` value gives: the leaflet's, or what the reader makes of the clinic's. */
export function protocolState(value: unknown, host: Element): ProtocolState {
  const source = sourceOf(value, host);
  if (source === undefined || source === leafletProtocol) {
    clearWarning(host, 'protocol');
    return leaflet;
  }
  if (!reader)
    return {
      ok: false,
      errors: [{ path: '', expected: 'the protocol reader, which could not be loaded (are you offline?)', received: undefined }],
    };
  return reader.protocolState(source, value, host);
}
