import { msg, str } from '../../internal/localization.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  appointmentEventsFor,
  preparationSteps,
  type IsoDate,
  type PreparationId,
  type PreparationPlan,
  type PreparationStep,
} from '../../core/rules.js';
import type { AttributeCheck } from '../../internal/attribute-check.js';
import { clockTime, isoDate, ISO_DATE_FORM, type ClockTime } from '../../internal/attributes.js';
import { dateField, dateFieldStyles } from '../../internal/date-field.js';
import { define } from '../../internal/define.js';
import { formatNumber } from '../../internal/format.js';
import { governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { TreatmentDateController } from '../../internal/treatment-date.js';
import { preparationChecklistStyles } from './preparation-checklist.styles.js';
import { appointmentText, explanation, title, when } from './preparation-checklist.text.js';

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

/** The attributes as the checklist uses them, checked (see `MscElement.configure`). */
interface Config {
  /**
   * Whether the page sets `appointment-date`: its date then always wins (an invalid or empty one
   * leaves the steps undated), and the patient's date field is not shown.
   */
  readonly pageDate: boolean;
  /** `appointment-date` when it is a real date. */
  readonly appointmentDate: IsoDate | undefined;
  readonly invalidDate: boolean;
  /** `appointment-time` when it is a valid time. */
  readonly time: ClockTime | undefined;
  readonly invalidTime: boolean;
}

/** The leaflet's undated plan (the core never refuses a missing date): its steps are the ticks a page may keep. */
const undated = preparationSteps(null) as PreparationPlan;

/** The steps to tick: what the leaflet asks the patient to do. Optional steps are information, not tasks. */
const tasks = (plan: PreparationPlan): readonly PreparationStep[] => plan.steps.filter((step) => !step.optional);

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
 * @csspart date-input - The appointment date input.
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
 * @fires preparation-change - When the patient ticks or unticks a step, or enters an appointment date
 * (here or in another element of the page) that dates the steps anew; never on load, not for ticks
 * restored with `remember`, nor when the host sets an attribute. Detail: `PreparationChange`
 * (`{ checked, plan }`).
 */
export class PreparationChecklist extends MscElement<Config> {
  static override styles = [...MscElement.styles, dateFieldStyles, governanceStyles, preparationChecklistStyles];

  /** The appointment date, `YYYY-MM-DD`. Without it the steps are shown without dates. */
  @property({ attribute: 'appointment-date' }) appointmentDate: string | null = null;

  /** The appointment time, `HH:MM` on a 24-hour clock (for example 09:30), shown as given. */
  @property({ attribute: 'appointment-time' }) appointmentTime: string | null = null;

  /** Keep the ticks in sessionStorage (under `STORAGE_KEY`) until the browser tab is closed. Off by default. */
  @property({ type: Boolean }) remember = false;

  /** The ticked steps. */
  @state() private _checked: ReadonlySet<PreparationId> = new Set();

  /** A date the patient entered, here or in another element of the page (used without `appointment-date`). */
  private readonly _enteredDate = new TreatmentDateController(this, () => {
    if (!this.config.pageDate) this._changed(this._checked); // the steps are dated anew
  });

  protected override configure(check: AttributeCheck): Config {
    const appointmentDate = check.read('appointment-date', this.appointmentDate, isoDate, ISO_DATE_FORM);
    const time = check.read(
      'appointment-time',
      this.appointmentTime,
      clockTime,
      'a time in the form HH:MM on a 24-hour clock, such as 09:30',
    );
    return {
      // The page set the date (a refused one too: the steps are then shown undated, with a message).
      pageDate: appointmentDate !== undefined || check.invalid('appointment-date'),
      appointmentDate,
      invalidDate: check.invalid('appointment-date'),
      time,
      invalidTime: check.invalid('appointment-time'),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('remember') && this.remember) this._checked = this._load();
  }

  /** The patient ticked or unticked a step: fires `preparation-change` (and keeps the ticks with `remember`). */
  private readonly _onTick = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const id = box.value as PreparationId;
    const checked = new Set(this._checked);
    if (box.checked) checked.add(id);
    else checked.delete(id);
    this._checked = checked;
    this._changed(checked);
  };

  /** Fires `preparation-change` with the ticks and the plan now (and keeps the ticks with `remember`). */
  private _changed(checked: ReadonlySet<PreparationId>): void {
    const plan = this._plan();
    const ids = tasks(plan)
      .map((step) => step.id)
      .filter((stepId) => checked.has(stepId));
    if (this.remember) this._save(ids);
    this.emit('preparation-change', { checked: ids, plan });
  }

  /** The ticks kept in sessionStorage (only called with `remember`); none if storage is unavailable or unreadable. */
  private _load(): ReadonlySet<PreparationId> {
    const known = new Set<string>(tasks(undated).map((step) => step.id));
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
      return new Set(Array.isArray(stored) ? stored.filter((id): id is PreparationId => typeof id === 'string' && known.has(id)) : []);
    } catch {
      return new Set();
    }
  }

  private _save(ids: readonly PreparationId[]): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
    } catch {
      // Storage full or blocked: the ticks stay in memory.
    }
  }

  /** The plan for the appointment date in use: the page's, else the one the patient entered, else undated. */
  private _plan(): PreparationPlan {
    const { pageDate, appointmentDate } = this.config;
    const protocol = this.protocolInForce;
    const result = preparationSteps((pageDate ? appointmentDate : this._enteredDate.date) ?? null, { protocol });
    return result.ok ? result : (preparationSteps(null, { protocol }) as PreparationPlan);
  }

  private _step(step: PreparationStep, time: ClockTime | undefined): TemplateResult {
    const id = `step-${step.id}`;
    const dated = when(step, time);
    return html`<li part="step" class="step">
      <input
        type="checkbox"
        id=${id}
        .value=${step.id}
        .checked=${this._checked.has(step.id)}
        aria-describedby=${dated ? `${id}-when ${id}-why` : `${id}-why`}
        @change=${this._onTick}
      />
      <div>
        <label for=${id}>${title(step)}</label>
        ${dated ? html`<p class="when" part="when" id=${`${id}-when`}>${dated}</p>` : nothing}
        <p class="why" id=${`${id}-why`}>${explanation(step.id)}</p>
      </div>
    </li>`;
  }

  /** An optional step: information, with no box to tick. */
  private _information(step: PreparationStep, time: ClockTime | undefined): TemplateResult {
    const dated = when(step, time);
    return html`<li part="information" class="information" data-step=${step.id}>
      <p class="title">${title(step)}</p>
      ${dated ? html`<p class="when" part="when">${dated}</p>` : nothing}
      <p class="why">${explanation(step.id)}</p>
    </li>`;
  }

  override render(): TemplateResult {
    const heading = this.heading(msg('Getting ready for your appointment'));
    if (!this.clinic.ok) return this.protocolProblem(heading);
    const { pageDate, invalidDate, time, invalidTime } = this.config;
    const plan = this._plan();
    const required = tasks(plan);
    const done = required.filter((step) => this._checked.has(step.id)).length;
    const total = required.length;
    const dated = plan.appointmentDate ? time : undefined;
    return html`
      ${heading}
      ${
        invalidDate || invalidTime
          ? html`<div class="message" part="message">
              ${invalidDate ? html`<p>${msg('The appointment date could not be read, so the steps are shown without dates.')}</p>` : nothing}
              ${invalidTime ? html`<p>${msg('The appointment time could not be read, so it is not shown.')}</p>` : nothing}
            </div>`
          : nothing
      }
      ${pageDate ? nothing : dateField('appointment-date', this._enteredDate, { label: msg('Your appointment date (to show when to do each step)') })}
      <fieldset part="checklist">
        <legend>${msg('Tick each step when you have done it')}</legend>
        <ul>
          ${required.map((step) => this._step(step, dated))}
        </ul>
      </fieldset>
      <p class="progress" part="progress" role="status">${msg(str`${formatNumber(done)} of ${formatNumber(total)} done`)}</p>
      <section part="good-to-know" aria-labelledby="good-to-know">
        <div role="heading" aria-level=${this.subheadingLevel()} id="good-to-know" class="subheading">${msg('Good to know')}</div>
        <ul>
          ${plan.steps.filter((step) => step.optional).map((step) => this._information(step, dated))}
        </ul>
      </section>
      <section part="appointment" aria-labelledby="appointment">
        <div role="heading" aria-level=${this.subheadingLevel()} id="appointment" class="subheading">
          ${msg('What happens at your appointment')}
        </div>
        <ul class="appointment">
          ${appointmentEventsFor(this.protocolInForce).map((event) => html`<li data-event=${event.id}>${appointmentText(event.id)}</li>`)}
        </ul>
      </section>
      ${this.governance()}
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
