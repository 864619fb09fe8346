/**
 * Where a rule comes from in the clinic's leaflet (`leaflet/microsclerotherapy-leaflet.txt`).
 *
 * A reference is `section/item`: the section is named after the leaflet's heading and the item is
 * the 1-based number of the bullet in that section, or of the paragraph where it has no bullets.
 * The leaflet prints its preparation advice as the last four bullets of the suitability list
 * (`suitability/12` to `suitability/15`); the core files them under preparation, where they belong.
 */

/** The leaflet's sections, in the order the leaflet prints them. */
export const leafletSections = [
  'what-is', // What is microsclerotherapy?
  'causes', // Why have I developed thread veins?
  'suitability', // Am I a suitable candidate for microsclerotherapy?
  'preparation', // Is there anything I need to do to prepare …? (printed empty)
  'appointment', // What will my microsclerotherapy appointment involve?
  'complications', // What are the complications of microsclerotherapy?
  'pain', // Will my microsclerotherapy treatment hurt?
  'sessions', // Will one microsclerotherapy treatment be enough?
  'area-size', // How do you decide what a small, medium and large area are?
  'aftercare', // What should I do after my microsclerotherapy treatment?
  'face', // Can you use microsclerotherapy for thread veins on the face?
] as const;

/** One of the leaflet's sections. */
export type LeafletSection = (typeof leafletSections)[number];

/** A bullet or paragraph of the leaflet, as `section/item` (for example `aftercare/3`). */
export type LeafletRef = `${LeafletSection}/${number}`;
