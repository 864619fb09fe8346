/**
 * Each element in a set of states that between them show its words, messages and fallbacks: the
 * states the localization and accessibility suites check in every locale.
 */
export const elementStates: readonly string[] = [
  '<suitability-checker></suitability-checker>',
  '<suitability-checker mode="list" booking-url="javascript:alert(1)"></suitability-checker>',
  '<suitability-checker mode="sideways"></suitability-checker>',
  '<area-size-guide></area-size-guide>',
  '<area-size-guide value="medium" price-small="100" price-medium="150" price-large="200" currency="EUR"></area-size-guide>',
  '<area-size-guide value="huge" price-small="lots"></area-size-guide>',
  '<aftercare-timeline></aftercare-timeline>',
  '<aftercare-timeline treatment-date="2026-03-27" today="2026-03-20"></aftercare-timeline>',
  '<aftercare-timeline treatment-date="2026-03-27" today="2026-03-30" emergency-phone="112"></aftercare-timeline>',
  '<aftercare-timeline treatment-date="2026-03-27" today="2026-06-30"></aftercare-timeline>',
  '<aftercare-timeline treatment-date="tomorrow" compact></aftercare-timeline>',
  '<complications-list></complications-list>',
  '<complications-list group="urgent"></complications-list>',
  '<complications-list group="nonsense"></complications-list>',
  '<preparation-checklist></preparation-checklist>',
  '<preparation-checklist appointment-date="2026-03-27" appointment-time="09:30"></preparation-checklist>',
  '<preparation-checklist appointment-date="2026-02-30"></preparation-checklist>',
  '<aftercare-timeline reviewed-by="Dr A" reviewed-on="2026-01-15" next-review="2027-01-15"></aftercare-timeline>',
];
