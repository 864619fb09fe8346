/**
 * Content governance: which version of the clinical content this is and which leaflet it comes from.
 */
import type { ClinicProtocol } from './leaflet-protocol.js';

/** The content's version and source, for the governance footer and a clinic's records. */
export const contentInfo = Object.freeze({
  /** Semantic version of the clinical content; bumped whenever a clinical rule or its wording changes. */
  version: '2.0.0',
  /** The leaflet every clinical fact comes from. */
  leaflet: Object.freeze({
    title: 'Microsclerotherapy',
    file: 'microsclerotherapy-leaflet.txt',
    /** SHA-256 of the leaflet text the content was checked against (a test compares it). */
    sha256: 'a0371eb2f9af19a95dee7b1afb92a3bcf3c330c1abb0e122e15dd3c844a93919',
  }),
});

/** The shape of `contentInfo`. */
export type ContentInfo = typeof contentInfo;

/** What content is in force: the content version and leaflet, and the protocol with its review. */
export interface ProtocolContentInfo extends ContentInfo {
  readonly protocol: Pick<ClinicProtocol, 'id' | 'name' | 'version' | 'reviewedBy' | 'reviewedOn' | 'nextReview'>;
}

/**
 * `contentInfo` with the protocol in force named: its id, name, version and, where it gives them, who
 * reviewed it, when, and when it is next reviewed (for the governance footer and a clinic's records).
 */
export function contentInfoFor(protocol: ClinicProtocol): ProtocolContentInfo {
  const { id, name, version, reviewedBy, reviewedOn, nextReview } = protocol;
  const review = { reviewedBy, reviewedOn, nextReview };
  const given = Object.fromEntries(Object.entries(review).filter(([, value]) => value !== undefined));
  return Object.freeze({ ...contentInfo, protocol: Object.freeze({ id, name, version, ...given }) });
}
