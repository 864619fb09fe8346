/**
 * Content governance: which version of the clinical content this is and which leaflet it comes from.
 */

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
