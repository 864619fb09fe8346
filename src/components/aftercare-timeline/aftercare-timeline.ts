import { msg, str } from '../../internal/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { aftercareSchedule, phaseOn, todayIsoDate, type AftercarePhase, type AftercareSchedule, type IsoDate } from '../../core/rules.js';
import type { AttributeCheck } from '../../internal/attribute-check.js';
import { isoDate, ISO_DATE_FORM, plainText } from '../../internal/attributes.js';
import { dateField, dateFieldStyles } from '../../internal/date-field.js';
import { define } from '../../internal/define.js';
import { dateFieldExample, formatAmount, formatDate, formatDaysFromToday } from '../../internal/format.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { governanceStyles } from '../../internal/governance.js';
import { onDemand } from '../../internal/on-demand.js';
import { TreatmentDateController } from '../../internal/treatment-date.js';
import { warnNotLoaded } from '../../internal/warn.js';
import { warningSignsStyles, warningSignsText, type EmergencyService } from '../../internal/warning-signs.js';
import { WarningSignsElement } from '../../internal/warning-signs-element.js';
import { aftercareTimelineStyles } from './aftercare-timeline.styles.js';
import { calendarText, periodName, stepsOf, words, type Step } from './aftercare-timeline.text.js';

/** The detail of `aftercare-change`: the schedule shown and what applies today (`null` without a date). */
export interface AftercareChangeDetail {
  readonly schedule: AftercareSchedule;
  readonly phase: AftercarePhase | null;
}

/** The detail of `aftercare-export`: the calendar file's name and how many events it holds (never its content). */
export interface AftercareExportDetail {
  readonly fileName: string;
  readonly events: number;
}

/** The attributes as the timeline uses them, checked (see `MscElement.configure`). */
interface Config {
  /** `treatment-date` when it is a real date: it wins over a date the patient enters. */
  readonly treatmentDate: IsoDate | undefined;
  readonly invalidTreatmentDate: boolean;
  readonly today: IsoDate;
  readonly invalidToday: boolean;
  readonly clinicName: string | undefined;
  readonly service: EmergencyService;
}

/** The calendar file's code, loaded when the patient first asks for it (./calendar-file.ts). */
const loadCalendar = onDemand(() => import('./calendar-file.js'));
/**
 * The aftercare from the clinic's leaflet as a vertical timeline, dated from the treatment date:
 * what to do tonight, in the first days and weeks, the review window and what is normal while healing.
 * It says what applies today, always shows the warning signs, and lets the patient add the reminders
 * to a calendar (an .ics download) or print them. Without a treatment date it shows the timeline in
 * days after treatment and a date field; a date the patient types is offered to the other elements on
 * the page (the `msc-treatment-date` event), and a date shared by another element is picked up here.
 *
 * @summary The aftercare timeline, with today's advice, the warning signs, a calendar file and printing.
 * @tagname aftercare-timeline
 *
 * @csspart heading - The element's main heading.
 * @csspart summary - The live summary of what applies today (or the countdown, or what still applies after the dated steps).
 * @csspart message - The message shown for an invalid attribute or date.
 * @csspart date-field - The fieldset where the patient enters the treatment date.
 * @csspart date-input - The treatment date input.
 * @csspart warning - The warning-signs callout (never hidden, also in print).
 * @csspart timeline - The list of steps.
 * @csspart step - Each step (a period such as the first week).
 * @csspart step-today - Added to the steps that apply today.
 * @csspart entry - Each instruction in a step.
 * @csspart actions - The "Add to calendar" and "Print" buttons (hidden in print).
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart print-button - The "Print" button.
 * @csspart governance - The footer with the content version and review details.
 *
 * @cssprop --msc-color-text - Text colour.
 * @cssprop --msc-color-background - Background colour.
 * @cssprop --msc-color-accent - Colour of buttons and of the steps that apply today.
 * @cssprop --msc-color-accent-text - Text colour on accent-coloured buttons.
 * @cssprop --msc-color-border - Colour of borders and of the timeline line.
 * @cssprop --msc-color-muted - Colour of secondary text (dates, hints).
 * @cssprop --msc-color-warning-background - Background of the warning signs.
 * @cssprop --msc-color-warning-border - Border of the warning signs.
 * @cssprop --msc-radius - Corner radius.
 * @cssprop --msc-space - Base spacing.
 * @cssprop --msc-focus-ring - Focus outline.
 * @cssprop --msc-max-width - Largest width of the element.
 *
 * @fires aftercare-change - When the patient enters a treatment date, here or in another element of
 * the page, and the timeline shows another schedule (never on load, nor when the host sets an
 * attribute: read the element instead). Detail: `{ schedule, phase }` (`AftercareChangeDetail`), the
 * core's schedule and today's phase (`null` without a treatment date).
 * @fires aftercare-export - When the calendar file is made. Detail: `{ fileName, events }`
 * (`AftercareExportDetail`); never the file's content.
 */
export class AftercareTimeline extends WarningSignsElement<Config> {
  static override styles = [
    ...WarningSignsElement.styles,
    buttonStyles,
    dateFieldStyles,
    warningSignsStyles,
    governanceStyles,
    aftercareTimelineStyles,
  ];

  /** The treatment date, `YYYY-MM-DD`. Always wins over a date the patient types or another element shares. */
  @property({ attribute: 'treatment-date' }) treatmentDate: string | null = null;

  /** The date to treat as today, `YYYY-MM-DD`, for previews and tests. Default: the real date. */
  @property() today: string | null = null;

  /** The clinic's name: names the calendar and its file. */
  @property({ attribute: 'clinic-name' }) clinicName: string | null = null;

  /** A shorter layout for sidebars: tighter spacing and no "why" lines. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Whether the calendar code could not be loaded (for example offline) the last time it was asked for. */
  @state() private _calendarFailed = false;

  /** A date the patient typed here or in another element of the page (a valid attribute wins). */
  private readonly _enteredDate = new TreatmentDateController(this, () => {
    this._onDateEntered();
  });

  protected override configure(check: AttributeCheck): Config {
    const today = check.read('today', this.today, isoDate, ISO_DATE_FORM);
    const treatmentDate = check.read('treatment-date', this.treatmentDate, isoDate, ISO_DATE_FORM);
    return {
      treatmentDate,
      invalidTreatmentDate: check.invalid('treatment-date'),
      today: today ?? todayIsoDate(),
      invalidToday: check.invalid('today'),
      clinicName: plainText(this.clinicName),
      service: this.readEmergencyService(check),
    };
  }

  /** A date entered here or shared: fires `aftercare-change` when the timeline now shows another schedule. */
  private _onDateEntered(): void {
    // The attribute's date wins (nothing changed).
    if (this.config.treatmentDate) return;
    const schedule = this._schedule();
    const detail: AftercareChangeDetail = { schedule, phase: this._phase(schedule) };
    this.emit('aftercare-change', detail);
  }

  private readonly _onCalendar = (): void => {
    void this.downloadCalendar();
  };

  private readonly _onPrint = (): void => {
    window.print();
  };

  /** The schedule: from the attribute, else from the date the patient entered, else relative. */
  private _schedule(): AftercareSchedule {
    const protocol = this.protocolInForce;
    const dated = aftercareSchedule(this.config.treatmentDate ?? this._enteredDate.date ?? null, { protocol });
    return dated.ok ? dated : (aftercareSchedule(null, { protocol }) as AftercareSchedule);
  }

  private _phase(schedule: AftercareSchedule): AftercarePhase | null {
    if (schedule.treatmentDate === null) return null;
    const phase = phaseOn(schedule, this.config.today);
    return phase.ok ? phase : null;
  }

  /**
   * Makes the calendar (.ics) file of the dated schedule and downloads it, as the "Add to calendar"
   * button does. Fires `aftercare-export`. Resolves to its detail, or to `null` without a treatment
   * date or when the calendar code could not be loaded (the element then says so).
   */
  async downloadCalendar(): Promise<AftercareExportDetail | null> {
    await this.updateComplete; // the attributes and the protocol checked
    if (!this.clinic.ok || this._schedule().treatmentDate === null) return null;
    let calendar: Awaited<ReturnType<typeof loadCalendar>>;
    try {
      calendar = await loadCalendar();
    } catch (error) {
      this._calendarFailed = true;
      warnNotLoaded(this, 'its calendar code', error);
      return null;
    }
    this._calendarFailed = false;
    const schedule = this._schedule(); // the schedule now, after the wait
    if (schedule.treatmentDate === null) return null;
    const { service, clinicName } = this.config;
    const warning = warningSignsText(service);
    const file = calendar.calendarFile(schedule, calendarText(service), [warning.title, ...warning.lines].join('\n'), clinicName);
    const detail: AftercareExportDetail = { fileName: file.fileName, events: file.events };
    calendar.saveFile(this.renderRoot, file);
    this.emit('aftercare-export', detail);
    return detail;
  }

  /**
   * The dates of a dated step; nothing without a treatment date, or for a step that holds a
   * conditional entry (the sun rule if the skin darkens runs from when that happens, so no date
   * above it may read as its start).
   */
  private _dates(step: Step): TemplateResult | typeof nothing {
    const [first] = step.entries;
    if (!first?.start || step.entries.some((entry) => entry.condition)) return nothing;
    const time = (date: IsoDate) => html`<time datetime=${date}>${formatDate(date)}</time>`;
    const dates =
      first.end === null
        ? html`${msg('From')} ${time(first.start)}`
        : first.start === first.end
          ? time(first.start)
          : html`${time(first.start)} ${msg('to')} ${time(first.end)}`;
    return html`<p class="dates">${dates}</p>`;
  }

  private _summary(schedule: AftercareSchedule, phase: AftercarePhase | null, service: EmergencyService): TemplateResult {
    if (schedule.treatmentDate === null || phase === null) {
      return html`<p class="summary-lead">${msg('Enter your treatment date to see the dates of your aftercare.')}</p>
        <p>${msg('Until then, the timeline shows how long after your treatment each step lasts.')}</p>`;
    }
    const treatment = formatDate(schedule.treatmentDate);
    if (phase.status === 'before') {
      return html`<p class="summary-lead">${msg(str`Your treatment is ${formatDaysFromToday(-phase.day)}, on ${treatment}.`)}</p>
        <p>${msg('Below is what to do after it.')}</p>`;
    }
    const day = phase.day;
    const [lead, list] =
      phase.status === 'after'
        ? [msg('The dated steps of your aftercare are over.'), msg('This advice still applies:')]
        : [
            day === 0 ? msg('Today is your treatment day.') : msg(str`Today is ${formatAmount(day, 'days')} after your treatment.`),
            msg('What to do today:'),
          ];
    // During the aftercare, today's dated steps; after it, the advice without an end that still applies.
    const entries = phase.entries.filter((entry) => (phase.status === 'after') === (entry.endDay === null));
    return html`<p class="summary-lead">${lead}</p>
      <p>${list}</p>
      <ul>
        ${entries.map((entry) => html`<li>${words(entry, service).title}</li>`)}
      </ul>`;
  }

  private _step(step: Step, phase: AftercarePhase | null, service: EmergencyService): TemplateResult {
    const today = phase !== null && phase.status !== 'before' && step.entries.some((entry) => phase.entries.includes(entry));
    return html`<li class="step ${today ? 'today' : ''}" part=${today ? 'step step-today' : 'step'}>
      <div role="heading" aria-level=${this.subheadingLevel()} class="step-heading">
        <span class="period">${periodName(step)}</span>${today ? html`<span class="badge">${msg('Applies today')}</span>` : nothing}
      </div>
      ${this._dates(step)}
      <ul class="entries">
        ${step.entries.map((entry) => {
          const { title, body, why } = words(entry, service);
          return html`<li class="entry" part="entry" data-entry=${entry.id}>
            <p class="title">${title}</p>
            <p>${body}</p>
            ${why && !this.compact ? html`<p class="why">${msg('Why:')} ${why}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </li>`;
  }

  override render(): TemplateResult {
    const heading = this.heading(msg('Your aftercare, day by day'));
    if (!this.clinic.ok) return this.protocolProblem(heading);
    const { treatmentDate, invalidTreatmentDate, invalidToday, today, service } = this.config;
    const schedule = this._schedule();
    const phase = this._phase(schedule);
    const example = dateFieldExample(today);
    return html`
      ${heading} ${this.compact ? nothing : html`<p>${msg('What to do after your treatment, from the clinic leaflet.')}</p>`}
      ${
        invalidTreatmentDate
          ? html`<p class="message" part="message">
              ${msg('The treatment date set for this page is not a real date, so it is not used. You can enter your treatment date below.')}
            </p>`
          : nothing
      }
      ${
        invalidToday
          ? html`<p class="message" part="message">
              ${msg("The preview date for today is not a real date, so today's real date is used.")}
            </p>`
          : nothing
      }
      <div class="summary" part="summary" role="status">${this._summary(schedule, phase, service)}</div>
      ${
        treatmentDate
          ? nothing
          : dateField('treatment-date', this._enteredDate, {
              label: msg('Date of your treatment'),
              hint: msg(str`For example, ${example}.`),
              error: msg(str`This date could not be used. Enter your treatment date, for example ${example}.`),
            })
      }
      ${this.warningSigns(service)}
      <ol class="timeline" part="timeline">
        ${stepsOf(schedule).map((step) => this._step(step, phase, service))}
      </ol>
      ${
        this._calendarFailed && schedule.treatmentDate !== null
          ? html`<p class="message no-print" part="message" role="alert">
              ${msg('The calendar file could not be made. Check your internet connection and try again.')}
            </p>`
          : nothing
      }
      <div class="actions no-print" part="actions">
        ${
          schedule.treatmentDate === null
            ? nothing
            : html`<button type="button" class="primary" part="calendar-button" @click=${this._onCalendar}>
                ${msg('Add to calendar')}
              </button>`
        }
        <button type="button" class="secondary" part="print-button" @click=${this._onPrint}>${msg('Print')}</button>
      </div>
      ${this.governance()}
    `;
  }
}

define('aftercare-timeline', AftercareTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'aftercare-timeline': AftercareTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'aftercare-change': CustomEvent<AftercareChangeDetail>;
    'aftercare-export': CustomEvent<AftercareExportDetail>;
  }
}
