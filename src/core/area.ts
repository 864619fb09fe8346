/**
 * Area size, measured in the patient's hands (the leaflet's unit is a female hand), and the
 * leaflet's guidance on how many sessions to expect.
 */
import type { LeafletRef } from './leaflet.js';
import { leafletProtocol, protocolOf, type ProtocolOption } from './leaflet-protocol.js';

/** The leaflet's three area sizes. */
export type AreaSize = 'small' | 'medium' | 'large';

/** The area sizes from smallest to largest. */
export const areaSizes: readonly AreaSize[] = Object.freeze(['small', 'medium', 'large']);

/**
 * The leaflet's rule: small is one female hand or less, large is two hands or more, medium is between.
 * A clinic's protocol sets its own thresholds (`protocol.area`).
 */
export const areaRule = Object.freeze({
  unit: 'female-hand',
  smallAtMostHands: leafletProtocol.area.smallAtMostHands,
  largeAtLeastHands: leafletProtocol.area.largeAtLeastHands,
  ref: 'area-size/1',
} as const satisfies { unit: string; smallAtMostHands: number; largeAtLeastHands: number; ref: LeafletRef });

/** The result of `classifyArea`: a size, or an error for input that is not a number of hands. */
export type AreaResult =
  | { readonly ok: true; readonly hands: number; readonly size: AreaSize }
  | { readonly ok: false; readonly error: 'invalid-hands'; readonly input: unknown };

/**
 * Classifies an area given in hands (a finite number above 0) by the thresholds of the clinic's
 * protocol (`options.protocol`, the leaflet's by default). Never throws.
 */
export function classifyArea(hands: number, options: ProtocolOption = {}): AreaResult {
  const { smallAtMostHands, largeAtLeastHands } = protocolOf(options).area;
  if (typeof hands !== 'number' || !Number.isFinite(hands) || hands <= 0) {
    return Object.freeze({ ok: false, error: 'invalid-hands', input: hands });
  }
  const size: AreaSize = hands <= smallAtMostHands ? 'small' : hands >= largeAtLeastHands ? 'large' : 'medium';
  return Object.freeze({ ok: true, hands, size });
}

/**
 * The leaflet's guidance on sessions: one session may be enough for a small, uncomplicated area;
 * everyone attends a review at 4 to 6 weeks and should expect to need a second session.
 */
export const sessionsGuidance = Object.freeze({
  oneSessionMayBeEnoughFor: 'small',
  onlyIfUncomplicated: true,
  reviewFromWeeks: leafletProtocol.aftercare.review.fromWeeks,
  reviewToWeeks: leafletProtocol.aftercare.review.toWeeks,
  expectSecondSession: true,
  ref: 'sessions/1',
} as const satisfies {
  oneSessionMayBeEnoughFor: AreaSize;
  onlyIfUncomplicated: boolean;
  reviewFromWeeks: number;
  reviewToWeeks: number;
  expectSecondSession: boolean;
  ref: LeafletRef;
});
