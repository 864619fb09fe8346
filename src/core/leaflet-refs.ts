/**
 * Where the leaflet gives each setting of its protocol (`leafletProtocol`), by the setting's path:
 * `aftercare.noAirTravel` is `aftercare/9`. For a reviewer checking the protocol against the leaflet
 * (test/core/fidelity.node.test.ts checks each against a quote) and for documentation such as the
 * protocol editor's hints. No rule reads it, so it is exported from the core's entry only, not from
 * rules.ts, and the elements' bundles never carry it.
 */
import type { LeafletRef } from './leaflet.js';

/** The leaflet reference of each setting of `leafletProtocol` the leaflet gives (all but the identity and the questions). */
export const leafletRefs: Readonly<Record<string, LeafletRef>> = Object.freeze({
  'suitability.windows.antibiotics': 'suitability/2',
  'suitability.windows.thrombophlebitis': 'suitability/7',
  'suitability.windows.heart-problem': 'suitability/9',
  faceAlternative: 'face/1',
  'preparation.noShavingHours': 'suitability/12',
  'preparation.hosieryClass': 'suitability/14',
  'preparation.clinicSuppliesStockings': 'suitability/14',
  'preparation.mentionParacetamol': 'pain/1',
  'aftercare.removeDressingsDay': 'aftercare/1',
  'aftercare.stockings': 'aftercare/3',
  'aftercare.stockingsDayAndNight': 'aftercare/3',
  'aftercare.exercise.minutes': 'aftercare/2',
  'aftercare.exercise.timesPerDay': 'aftercare/2',
  'aftercare.exercise.duration': 'aftercare/2',
  'aftercare.noHotBaths': 'aftercare/4',
  'aftercare.noSun': 'aftercare/5',
  'aftercare.noAirTravel': 'aftercare/9',
  'aftercare.sunIfDarkened': 'aftercare/6',
  'aftercare.review.fromWeeks': 'sessions/1',
  'aftercare.review.toWeeks': 'sessions/1',
  'area.smallAtMostHands': 'area-size/1',
  'area.largeAtLeastHands': 'area-size/1',
});
