/**
 * What to do before the appointment, with timings relative to the appointment day, dated when an
 * appointment date is given. The leaflet prints most of these under its suitability list.
 */
import { addDays, dayNumber, invalidDate, type InvalidDate, type IsoDate } from './dates.js';
import type { LeafletRef } from './leaflet.js';
import { protocolOf, type ClinicProtocol, type ProtocolOption } from './leaflet-protocol.js';

/** The id of a preparation step. */
export type PreparationId =
  | 'buy-compression-hosiery'
  | 'stockings-from-clinic'
  | 'no-shaving'
  | 'no-moisturiser'
  | 'shorts-or-swimming-costume'
  | 'paracetamol-if-worried';

/**
 * When a step applies, relative to the appointment:
 * - `before`: any time before the appointment (and bring what you bought on the day);
 * - `hours-before`: from `hours` hours before the appointment until it;
 * - `on-the-day`: on the day of the appointment.
 */
export type PreparationTiming =
  { readonly kind: 'before' } | { readonly kind: 'hours-before'; readonly hours: number } | { readonly kind: 'on-the-day' };

/** One preparation step of the leaflet. */
export interface PreparationStep {
  readonly id: PreparationId;
  readonly timing: PreparationTiming;
  /** The patient may choose to do it (it is not an instruction). */
  readonly optional: boolean;
  /** Figures of the protocol (the hosiery's compression class). */
  readonly details?: Readonly<Record<string, number>>;
  /** First date it applies, when an appointment date is given and the timing has a start. */
  readonly from: IsoDate | null;
  /** The last date it applies (the appointment day), when an appointment date is given. */
  readonly until: IsoDate | null;
  readonly ref: LeafletRef;
  /** Where the leaflet says more about it, elsewhere (bring the stockings on the day). */
  readonly actionRef?: LeafletRef;
}

type Item = Omit<PreparationStep, 'from' | 'until'>;

/**
 * The preparation of a protocol: the leaflet's steps with the protocol's numbers. A clinic that
 * supplies the stockings has no step to buy them; the patient learns instead that the clinic gives
 * them (information, not a step to tick). A clinic that does not mention paracetamol has no
 * paracetamol step.
 */
const itemsOf = ({ preparation }: ClinicProtocol): readonly Item[] => [
  preparation.clinicSuppliesStockings
    ? {
        id: 'stockings-from-clinic',
        timing: { kind: 'on-the-day' },
        optional: true,
        details: { compressionClass: preparation.hosieryClass },
        ref: 'suitability/14',
      }
    : {
        id: 'buy-compression-hosiery',
        timing: { kind: 'before' },
        optional: false,
        details: { compressionClass: preparation.hosieryClass },
        ref: 'suitability/14',
        actionRef: 'appointment/2',
      },
  { id: 'no-shaving', timing: { kind: 'hours-before', hours: preparation.noShavingHours }, optional: false, ref: 'suitability/12' },
  { id: 'no-moisturiser', timing: { kind: 'on-the-day' }, optional: false, ref: 'suitability/13' },
  { id: 'shorts-or-swimming-costume', timing: { kind: 'on-the-day' }, optional: true, ref: 'suitability/15' },
  ...(preparation.mentionParacetamol
    ? [{ id: 'paracetamol-if-worried', timing: { kind: 'on-the-day' }, optional: true, ref: 'pain/1' } as const]
    : []),
];

/** The first day a timing applies, in days from the appointment day (whole days: 24 hours is the day before). */
const startOffset = (timing: PreparationTiming): number | null =>
  timing.kind === 'before' ? null : timing.kind === 'hours-before' ? -Math.ceil(timing.hours / 24) : 0;

/** The preparation steps, dated when an appointment date was given. */
export interface PreparationPlan {
  readonly ok: true;
  readonly appointmentDate: IsoDate | null;
  /** The steps in the order to act on them. */
  readonly steps: readonly PreparationStep[];
}

/**
 * The preparation steps, dated from an appointment date (`YYYY-MM-DD`) when one is given, with the
 * numbers of the clinic's protocol (`options.protocol`, the leaflet's by default). Never throws.
 */
export function preparationSteps(appointmentDate?: IsoDate | null, options: ProtocolOption = {}): PreparationPlan | InvalidDate {
  const items = itemsOf(protocolOf(options));
  const dated = appointmentDate !== undefined && appointmentDate !== null;
  if (dated && dayNumber(appointmentDate) === undefined) return invalidDate(appointmentDate);
  const steps = items.map((item) => {
    const offset = startOffset(item.timing);
    return Object.freeze({
      ...item,
      from: dated && offset !== null ? (addDays(appointmentDate, offset) ?? null) : null,
      until: dated ? appointmentDate : null,
    });
  });
  return Object.freeze({ ok: true, appointmentDate: dated ? appointmentDate : null, steps: Object.freeze(steps) });
}
