import { msg, str } from '../../internal/localization.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  appointmentEvents,
  isIsoDate,
  preparationSteps,
  type AppointmentEventId,
  type IsoDate,
  type PreparationId,
  type PreparationPlan,
  type PreparationStep,
} from '../../core/rules.js';
import { plainText } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { dateFormat, formatAmount, formatDate, formatNumber } from '../../internal/format.js';
import { governanceFooter, governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { lastSharedTreatmentDate, onSharedTreatmentDate, shareTreatmentDate } from '../../internal/shared-date.js';
import { preparationChecklistStyles } from './preparation-checklist.styles.js';

/**
 * The one sessionStorage key the element uses, and only when the page sets `remember`: a JSON array
 * of the ids of the ticked steps. Nothing else is stored.
 */
export const STORAGE_KEY = 'microsclerotherapy-widgets:preparation-checklist';

/** The detail of `preparation-change`: the ids of the ticked steps (in the plan's order) and the plan shown. */
export interface PreparationChange {
  readonly checked: readonly PreparationId[];
  readonly plan: PreparationPlan;
}

/** The undated plan (the core never refuses a missing date). */
const undated = preparationSteps(null) as PreparationPlan;

/** The steps to tick: what the leaflet asks the patient to do. Optional steps are information, not tasks. */
const tasks = (plan: PreparationPlan): readonly PreparationStep[] => plan.steps.filter((step) => !step.optional);

/** An appointment time as `HH:MM` on a 24-hour clock, as hours and minutes. */
const clockTime = (value: string | null): { hours: number; minutes: number } | undefined => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(plainText(value) ?? '');
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : undefined;
};

/** A clock time in the active locale, as given (no time-zone conversion). */
const formatTime = ({ hours, minutes }: { hours: number; minutes: number }): string =>
  dateFormat({ hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hours, minutes));

/**
 * A day in words without the year ("Tuesday 14 April"). Built from two parts, because engines format
 * the weekday with the day and month differently ("Tuesday, 14 April" in WebKit); translators order them.
 */
const day = (date: IsoDate): string => {
  const weekday = formatDate(date, { weekday: 'long' });
  const dayAndMonth = formatDate(date, { day: 'numeric', month: 'long' });
  return msg(str`${weekday} ${dayAndMonth}`, { desc: 'A day: the weekday, then the day and month (Tuesday 14 April).' });
};

const title = (step: PreparationStep): string => {
  switch (step.id) {
    case 'buy-compression-hosiery':
      return msg(str`Buy class ${formatNumber(step.details?.compressionClass ?? 0)} compression stockings and bring them with you`);
    case 'no-shaving':
      return msg(str`Do not shave your legs for ${formatAmount(step.timing.kind === 'hours-before' ? step.timing.hours : 0, 'hours')} before your appointment`);
    case 'no-moisturiser':
      return msg('Do not put moisturiser or lotion on your legs on the day');
    case 'shorts-or-swimming-costume':
      return msg('You can wear shorts or a swimming costume for your treatment, if you like');
    case 'paracetamol-if-worried':
      return msg('If you are worried about discomfort, you can take some paracetamol before your appointment');
  }
};

/** What happens at the appointment, in the leaflet's words (information, not steps to tick). */
const appointmentText = (id: AppointmentEventId): string =>
  ({
    'medical-history': msg('The clinic asks about your medical history.'),
    examination: msg('The clinic examines you.'),
    photographs: msg('The clinic takes photographs of the area to be treated, as a record of how it looks before treatment.'),
    'referral-if-varicose-veins': msg(
      'If the clinic thinks you may have varicose veins, it refers you to a vascular surgeon (a doctor who treats veins) to check that treatment is suitable for you.',
    ),
    'lie-on-couch': msg('For the treatment, you take off your trousers or skirt and lie on your side on a couch.'),
    cleaning: msg('The area to be treated is cleaned with an alcohol solution.'),
    injections: msg('The veins are treated with several injections through tiny needles.'),
    'dressings-and-stockings': msg('Dressings are put on, and you put on the compression stockings you brought with you.'),
  })[id];

const explanation = (id: PreparationId): string =>
  ({
    'buy-compression-hosiery': msg(
      'Compression stockings are also called compression hosiery. You can buy them over the counter in most pharmacies. You will put them on after the treatment.',
    ),
    'no-shaving': msg(
      'The alcohol-based cleaning liquid used before the injections can irritate skin that was shaved recently. Cuts from shaving can also hide some of the veins you want treated.',
    ),
    'no-moisturiser': msg('This means any cream or lotion on the skin of your legs.'),
    'shorts-or-swimming-costume': msg('You will be asked to take off your trousers or skirt for the treatment.'),
    'paracetamol-if-worried': msg('Most people find the treatment comfortable, because the needles are tiny.'),
  })[id];

/** When a step applies, in words, for a dated plan. */
const when = (step: PreparationStep, time: { hours: number; minutes: number } | undefined): string | undefined => {
  if (step.until === null) return undefined;
  const on = day(step.until);
  const at = time ? formatTime(time) : undefined;
  switch (step.timing.kind) {
    case 'before':
      return at ? msg(str`Before your appointment at ${at} on ${on}.`) : msg(str`Before your appointment on ${on}.`);
    case 'hours-before': {
      if (step.from === null) return undefined;
      const from = day(step.from);
      return at && step.timing.hours % 24 === 0
        ? msg(str`From ${at} on ${from}.`)
        : msg(str`From ${from}, ${formatAmount(step.timing.hours, 'hours')} before your appointment.`);
    }
    case 'on-the-day':
      return at ? msg(str`On ${on}, before your appointment at ${at}.`) : msg(str`On ${on}, the day of your appointment.`);
  }
};

/**
 * What to do before a microsclerotherapy appointment, from the clinic's leaflet, as a checklist the
 * patient can tick; then what the patient may choose to do (information, never a task to tick) and
 * what happens at the appointment. With an appointment date (and time) each step shows when it applies. Ticks stay
 * in memory, or, when the page sets `remember`, in sessionStorage under the one key
 * `microsclerotherapy-widgets:preparation-checklist` (a JSON array of step ids); nothing else is stored.
 *
 * The appointment date can come from the `appointment-date` attribute, which always wins; otherwise
 * from a date the patient entered in another element of the page, or in this element's date field
 * (which then offers it to the other elements).
 *
 * @summary A checklist of what to do before the appointment, dated from the appointment date.
 * @tagname preparation-checklist
 *
 * @csspart heading - The element's main heading.
 * @csspart date-field - The appointment date field (shown when the page gives no `appointment-date`).
 * @csspart checklist - The fieldset of steps.
 * @csspart step - Each step to tick (its checkbox, its text and when it applies).
 * @csspart good-to-know - The optional steps, as information without a checkbox.
 * @csspart information - Each optional step.
 * @csspart appointment - What happens at the appointment (information).
 * @csspart when - When a step applies (with an appointment date).
 * @csspart progress - The live region that counts the ticked steps.
 * @csspart message - The message shown for an invalid attribute.
 * @csspart governance - The footer with the content version and review details.
 *
 * @cssprop --msc-color-text - Text colour.
 * @cssprop --msc-color-background - Background colour.
 * @cssprop --msc-color-accent - Colour of the checkboxes.
 * @cssprop --msc-color-border - Colour of borders.
 * @cssprop --msc-color-muted - Colour of secondary text.
 * @cssprop --msc-radius - Corner radius.
 * @cssprop --msc-space - Base spacing.
 * @cssprop --msc-focus-ring - Focus outline.
 * @cssprop --msc-max-width - Largest width of the element.
 *
 * @fires preparation-change - When the patient ticks or unticks a step. Detail: `PreparationChange` (`{ checked, plan }`).
 */
export class PreparationChecklist extends MscElement {
  static override styles = [...MscElement.styles, governanceStyles, preparationChecklistStyles];

  static override properties: PropertyDeclarations = {
    _checked: { state: true },
    _enteredDate: { state: true },
    appointmentDate: { attribute: 'appointment-date' },
    appointmentTime: { attribute: 'appointment-time' },
    remember: { type: Boolean },
  };

  /** The ticked steps. */
  private _checked: ReadonlySet<PreparationId> = new Set();

  /** A date the patient entered, here or in another element of the page (used without `appointment-date`). */
  private _enteredDate: IsoDate | undefined = undefined;

  /** The appointment date, `YYYY-MM-DD`. Without it the steps are shown without dates. */
  appointmentDate: string | null = null;

  /** The appointment time, `HH:MM` on a 24-hour clock (for example 09:30), shown as given. */
  appointmentTime: string | null = null;

  /** Keep the ticks in sessionStorage (under `STORAGE_KEY`) until the browser tab is closed. Off by default. */
  remember = false;

  #stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this._enteredDate = lastSharedTreatmentDate()?.date;
    this.#stopListening = onSharedTreatmentDate((shared) => {
      this._enteredDate = shared.date;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('remember') && this.remember) this._checked = this.#load();
  }

  readonly #onTick = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const id = box.value as PreparationId;
    const checked = new Set(this._checked);
    if (box.checked) checked.add(id);
    else checked.delete(id);
    this._checked = checked;
    const plan = this.#plan().plan;
    const ids = tasks(plan).map((step) => step.id).filter((stepId) => checked.has(stepId));
    if (this.remember) this.#save(ids);
    this.emit('preparation-change', { checked: ids, plan });
  };

  readonly #onDate = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (isIsoDate(value)) {
      this._enteredDate = value;
      shareTreatmentDate(this, value);
    } else if (value === '') {
      this._enteredDate = undefined;
    }
  };

  /** The ticks kept in sessionStorage (only called with `remember`); none if storage is unavailable or unreadable. */
  #load(): ReadonlySet<PreparationId> {
    const known = new Set<string>(tasks(undated).map((step) => step.id));
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
      return new Set(Array.isArray(stored) ? stored.filter((id): id is PreparationId => typeof id === 'string' && known.has(id)) : []);
    } catch {
      return new Set();
    }
  }

  #save(ids: readonly PreparationId[]): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
    } catch {
      // Storage full or blocked: the ticks stay in memory.
    }
  }

  /** The plan for the appointment date in use, and whether `appointment-date` was refused. */
  #plan(): { plan: PreparationPlan; invalidDate: boolean } {
    const fromAttribute = plainText(this.appointmentDate);
    const date = this.appointmentDate !== null ? fromAttribute : this._enteredDate;
    const result = preparationSteps(date ?? null);
    if (result.ok) return { plan: result, invalidDate: false };
    return { plan: undated, invalidDate: this.appointmentDate !== null };
  }

  #step(step: PreparationStep, time: { hours: number; minutes: number } | undefined): TemplateResult {
    const id = `step-${step.id}`;
    const dated = when(step, time);
    return html`<li part="step" class="step">
      <input
        type="checkbox"
        id=${id}
        .value=${step.id}
        .checked=${this._checked.has(step.id)}
        aria-describedby=${dated ? `${id}-when ${id}-why` : `${id}-why`}
        @change=${this.#onTick}
      />
      <div>
        <label for=${id}>${title(step)}</label>
        ${dated ? html`<p class="when" part="when" id=${`${id}-when`}>${dated}</p>` : nothing}
        <p class="why" id=${`${id}-why`}>${explanation(step.id)}</p>
      </div>
    </li>`;
  }

  /** An optional step: information, with no box to tick. */
  #information(step: PreparationStep, time: { hours: number; minutes: number } | undefined): TemplateResult {
    const dated = when(step, time);
    return html`<li part="information" class="information" data-step=${step.id}>
      <p class="title">${title(step)}</p>
      ${dated ? html`<p class="when" part="when">${dated}</p>` : nothing}
      <p class="why">${explanation(step.id)}</p>
    </li>`;
  }

  override render(): TemplateResult {
    const { plan, invalidDate } = this.#plan();
    if (invalidDate) this.warn('appointment-date', 'a date in the form YYYY-MM-DD');
    else this.valid('appointment-date');
    const time = clockTime(this.appointmentTime);
    const invalidTime = this.appointmentTime !== null && time === undefined;
    if (invalidTime) this.warn('appointment-time', 'a time in the form HH:MM on a 24-hour clock, such as 09:30');
    else this.valid('appointment-time');
    const required = tasks(plan);
    const done = required.filter((step) => this._checked.has(step.id)).length;
    const total = required.length;
    const dated = plan.appointmentDate ? time : undefined;
    const sub = Math.min(this.level + 1, 6);
    return html`
      <div role="heading" aria-level=${this.level} part="heading" class="heading">${msg('Getting ready for your appointment')}</div>
      ${invalidDate || invalidTime
        ? html`<div class="message" part="message">
            ${invalidDate ? html`<p>${msg('The appointment date could not be read, so the steps are shown without dates.')}</p>` : nothing}
            ${invalidTime ? html`<p>${msg('The appointment time could not be read, so it is not shown.')}</p>` : nothing}
          </div>`
        : nothing}
      ${this.appointmentDate === null
        ? html`<p class="date-field no-print" part="date-field">
            <label for="appointment-date">${msg('Your appointment date (to show when to do each step)')}</label>
            <input id="appointment-date" type="date" .value=${this._enteredDate ?? ''} @change=${this.#onDate} />
          </p>`
        : nothing}
      <fieldset part="checklist">
        <legend>${msg('Tick each step when you have done it')}</legend>
        <ul>
          ${required.map((step) => this.#step(step, dated))}
        </ul>
      </fieldset>
      <p class="progress" part="progress" role="status">${msg(str`${formatNumber(done)} of ${formatNumber(total)} done`)}</p>
      <section part="good-to-know" aria-labelledby="good-to-know">
        <div role="heading" aria-level=${sub} id="good-to-know" class="subheading">${msg('Good to know')}</div>
        <ul>
          ${plan.steps.filter((step) => step.optional).map((step) => this.#information(step, dated))}
        </ul>
      </section>
      <section part="appointment" aria-labelledby="appointment">
        <div role="heading" aria-level=${sub} id="appointment" class="subheading">${msg('What happens at your appointment')}</div>
        <ul class="appointment">
          ${appointmentEvents.map((event) => html`<li data-event=${event.id}>${appointmentText(event.id)}</li>`)}
        </ul>
      </section>
      ${governanceFooter(this, this)}
    `;
  }
}

define('preparation-checklist', PreparationChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'preparation-checklist': PreparationChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'preparation-change': CustomEvent<PreparationChange>;
  }
}
