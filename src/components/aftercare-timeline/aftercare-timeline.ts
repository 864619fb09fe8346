import { msg, str } from '../../internal/localization.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  aftercareSchedule,
  isIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  phaseOn,
  sessionsGuidance,
  todayIsoDate,
  type AftercareEntry,
  type AftercarePhase,
  type AftercareSchedule,
  type CalendarText,
  type IsoDate,
} from '../../core/rules.js';
import { plainText } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import {
  dateFieldExample,
  formatAmount,
  formatAmountRange,
  formatDate,
  formatDaysFromToday,
  formatDuration,
  formatNumber,
} from '../../internal/format.js';
import { buttonStyles } from '../../internal/button-styles.js';
import { governanceFooter, governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { onDemand } from '../../internal/on-demand.js';
import { warnNotLoaded } from '../../internal/warn.js';
import { lastSharedTreatmentDate, onSharedTreatmentDate, shareTreatmentDate } from '../../internal/shared-date.js';
import {
  emergencyService,
  warningSignsCallout,
  warningSignsStyles,
  warningSignsText,
  type EmergencyService,
} from '../../internal/warning-signs.js';
import { aftercareTimelineStyles } from './aftercare-timeline.styles.js';

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

/** The words of one entry: what to do, how, and why (where the leaflet says why). */
interface Words {
  readonly title: string;
  readonly body: string;
  readonly why?: string;
}

/** A step of the timeline: the entries that share one period. */
interface Step {
  readonly startDay: number;
  readonly endDay: number | null;
  readonly entries: readonly AftercareEntry[];
}

const DATE_FORM = 'a date in the form YYYY-MM-DD';

/** The calendar file's code, loaded when the patient first asks for it (./calendar-file.ts). */
const loadCalendar = onDemand(() => import('./calendar-file.js'));
/** A period of an entry in words ("3 days", "1 week"), from the core. */
const period = (entry: AftercareEntry): string => (entry.duration ? formatDuration(entry.duration) : '');

/** The review window in words ("4–6 weeks"), from the core. */
const reviewWindow = (): string => formatAmountRange(sessionsGuidance.reviewFromWeeks, sessionsGuidance.reviewToWeeks, 'weeks');

/** The leaflet's aftercare in words; every number comes from the core's entry, formatted with `Intl`. */
const words = (entry: AftercareEntry, service: EmergencyService): Words => {
  const better = msg('This helps your treatment work better.');
  switch (entry.id) {
    case 'remove-dressings':
      return {
        title: msg('Take off your dressings at bedtime'),
        body: msg('You can remove the dressings we put on when you go to bed on the night of your treatment.'),
      };
    case 'stockings-day-and-night':
      return {
        title: msg('Wear your stockings day and night'),
        body: msg(str`Keep your compression stockings on overnight too, until ${period(entry)} after your treatment.`),
        why: better,
      };
    case 'stockings':
      return {
        title: msg('Wear your compression stockings'),
        body: msg(str`Wear them from straight after your treatment until ${period(entry)} after it.`),
        why: better,
      };
    case 'exercise':
      return {
        title: msg('Take some gentle exercise'),
        body: msg(
          str`For example, a walk or a gentle bike ride of ${formatAmount(entry.details?.minutes ?? 0, 'minutes')}, ${formatNumber(entry.details?.timesPerDay ?? 0)} times a day, until ${period(entry)} after your treatment. Do not make it too hard: that can undo the good it does.`,
        ),
        why: better,
      };
    case 'no-hot-baths':
      return {
        title: msg('No hot baths or showers'),
        body: msg(str`Use lukewarm water instead, until ${period(entry)} after your treatment.`),
      };
    case 'no-air-travel':
      return { title: msg('Do not fly'), body: msg(str`Avoid air travel for ${period(entry)} after your treatment.`) };
    case 'no-sun':
      return {
        title: msg('Keep your legs out of the sun'),
        body: msg(str`Avoid sun on your legs for ${period(entry)} after your treatment.`),
      };
    case 'review':
      return {
        title: msg('Your review appointment'),
        body: msg(
          str`Come to a review ${reviewWindow()} after your treatment. Expect to need a second treatment session. For a small, uncomplicated area, one session may be enough.`,
        ),
      };
    case 'healing':
      return {
        title: msg('What is normal while you heal'),
        body: msg(
          'Healing can take several weeks. Your legs may feel tender, change colour or feel hard, or a mat of tiny red blood vessels may appear.',
        ),
        why: msg('This is normal and should go away by itself over a few months.'),
      };
    case 'sun-if-darkened':
      return {
        title: msg('If your skin turns darker'),
        body: msg(str`Keep your legs out of the sun for at least ${period(entry)} from when it turns darker.`),
      };
    case 'warning-signs':
      return { title: msg('Warning signs'), body: warningSignsText(service).lines.join(' ') };
  }
};

/** The name of a step's period, counted as everywhere in the timeline: from the treatment day (day 0). */
const periodName = (step: Step): string => {
  const [first] = step.entries;
  if (step.endDay === 0) return msg('Your treatment day');
  if (step.endDay === null) return msg('While you heal');
  if (step.entries.some((entry) => entry.id === 'review')) return msg(str`${reviewWindow()} after your treatment`);
  if (step.startDay === 0 && first?.duration) return msg(str`Until ${period(first)} after your treatment`);
  return msg(str`${formatAmountRange(step.startDay, step.endDay, 'days')} after your treatment`);
};

/** The words of each calendar event: the same title, instruction and reason as on screen. */
const calendarText =
  (service: EmergencyService) =>
  (entry: AftercareEntry): CalendarText => {
    const { title, body, why } = words(entry, service);
    return { summary: title, description: why ? `${body}\n${why}` : body };
  };

/** The timeline's steps: entries grouped by period, dated periods by end, open-ended ones last. */
const stepsOf = (schedule: AftercareSchedule): readonly Step[] => {
  const steps: Step[] = [];
  for (const entry of schedule.entries) {
    if (entry.kind === 'warning-sign') continue; // always shown in the warning callout
    const step = steps.find((s) => s.startDay === entry.startDay && s.endDay === entry.endDay);
    if (step) (step.entries as AftercareEntry[]).push(entry);
    else steps.push({ startDay: entry.startDay, endDay: entry.endDay, entries: [entry] });
  }
  const end = (step: Step) => step.endDay ?? Infinity;
  return steps.sort((a, b) => end(a) - end(b) || a.startDay - b.startDay);
};

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
 * @fires aftercare-change - When the treatment date or today's date changes. Detail: `{ schedule, phase }`
 * (`AftercareChangeDetail`), the core's schedule and today's phase (`null` without a treatment date).
 * @fires aftercare-export - When the calendar file is made. Detail: `{ fileName, events }`
 * (`AftercareExportDetail`); never the file's content.
 */
export class AftercareTimeline extends MscElement {
  static override styles = [...MscElement.styles, buttonStyles, warningSignsStyles, governanceStyles, aftercareTimelineStyles];

  static override properties: PropertyDeclarations = {
    _enteredDate: { state: true },
    _badEntry: { state: true },
    _calendarFailed: { state: true },
    treatmentDate: { attribute: 'treatment-date' },
    today: {},
    clinicName: { attribute: 'clinic-name' },
    emergencyText: { attribute: 'emergency-text' },
    emergencyPhone: { attribute: 'emergency-phone' },
    compact: { type: Boolean, reflect: true },
  };

  /** A date the patient typed here or in another element of the page (a valid attribute wins). */
  private _enteredDate: IsoDate | null = null;

  /** Whether the patient's last entry in the date field was not a real date. */
  private _badEntry = false;

  /** Whether the calendar code could not be loaded (for example offline) the last time it was asked for. */
  private _calendarFailed = false;

  /** The treatment date, `YYYY-MM-DD`. Always wins over a date the patient types or another element shares. */
  treatmentDate: string | null = null;

  /** The date to treat as today, `YYYY-MM-DD`, for previews and tests. Default: the real date. */
  today: string | null = null;

  /** The clinic's name: names the calendar and its file. */
  clinicName: string | null = null;

  /** How to name the emergency service, for clinics outside the UK. Default: "your local A&E (Accident and Emergency) department". */
  emergencyText: string | null = null;

  /** An emergency telephone number to show with the warning signs (for example 999). */
  emergencyPhone: string | null = null;

  /** A shorter layout for sidebars: tighter spacing and no "why" lines. */
  compact = false;

  #stopListening: (() => void) | undefined;
  /** The treatment date and today's date of the last `aftercare-change` (none before the first date). */
  #lastChange = '|';

  override connectedCallback(): void {
    super.connectedCallback();
    const shared = lastSharedTreatmentDate();
    if (shared && isIsoDate(shared.date)) this._enteredDate = shared.date;
    this.#stopListening = onSharedTreatmentDate((date) => {
      if (isIsoDate(date.date)) {
        this._enteredDate = date.date;
        this._badEntry = false;
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const schedule = this.#schedule();
    const phase = this.#phase(schedule);
    const key = `${schedule.treatmentDate ?? ''}|${phase?.date ?? ''}`;
    if (key === this.#lastChange) return;
    this.#lastChange = key;
    const detail: AftercareChangeDetail = { schedule, phase };
    this.emit('aftercare-change', detail);
  }

  readonly #onDateChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    if (value === '') {
      this._enteredDate = null;
      this._badEntry = false;
      return;
    }
    if (!isIsoDate(value)) {
      this._badEntry = true;
      return;
    }
    this._badEntry = false;
    this._enteredDate = value;
    shareTreatmentDate(this, value);
  };

  readonly #onCalendar = (): void => {
    void this.downloadCalendar();
  };

  readonly #onPrint = (): void => {
    window.print();
  };

  /** The `treatment-date` attribute when it is a real date (an invalid one warns once), otherwise `null`. */
  get #attributeDate(): IsoDate | null {
    const text = plainText(this.treatmentDate);
    if (text === undefined) return null;
    if (isIsoDate(text)) {
      this.valid('treatment-date');
      return text;
    }
    this.warn('treatment-date', DATE_FORM);
    return null;
  }

  /** The schedule: from the attribute, else from the date the patient entered, else relative. */
  #schedule(): AftercareSchedule {
    const dated = aftercareSchedule(this.#attributeDate ?? this._enteredDate);
    return dated.ok ? dated : (aftercareSchedule() as AftercareSchedule);
  }

  /** The date that counts as today: the `today` attribute when valid, otherwise the real date. */
  #today(): IsoDate {
    const text = plainText(this.today);
    if (text === undefined) return todayIsoDate();
    if (isIsoDate(text)) {
      this.valid('today');
      return text;
    }
    this.warn('today', DATE_FORM);
    return todayIsoDate();
  }

  #phase(schedule: AftercareSchedule): AftercarePhase | null {
    if (schedule.treatmentDate === null) return null;
    const phase = phaseOn(schedule, this.#today());
    return phase.ok ? phase : null;
  }

  /**
   * Makes the calendar (.ics) file of the dated schedule and downloads it, as the "Add to calendar"
   * button does. Fires `aftercare-export`. Resolves to its detail, or to `null` without a treatment
   * date or when the calendar code could not be loaded (the element then says so).
   */
  async downloadCalendar(): Promise<AftercareExportDetail | null> {
    if (this.#schedule().treatmentDate === null) return null;
    let calendar: Awaited<ReturnType<typeof loadCalendar>>;
    try {
      calendar = await loadCalendar();
    } catch (error) {
      this._calendarFailed = true;
      warnNotLoaded(this, 'its calendar code', error);
      return null;
    }
    this._calendarFailed = false;
    const schedule = this.#schedule(); // the schedule now, after the wait
    if (schedule.treatmentDate === null) return null;
    const service = emergencyService(this, this.emergencyText, this.emergencyPhone);
    const warning = warningSignsText(service);
    const file = calendar.calendarFile(schedule, calendarText(service), [warning.title, ...warning.lines].join('\n'), plainText(this.clinicName));
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
  #dates(step: Step): TemplateResult | typeof nothing {
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

  #summary(schedule: AftercareSchedule, phase: AftercarePhase | null, service: EmergencyService): TemplateResult {
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

  #step(step: Step, phase: AftercarePhase | null, level: number, service: EmergencyService): TemplateResult {
    const today = phase !== null && phase.status !== 'before' && step.entries.some((entry) => phase.entries.includes(entry));
    return html`<li class="step ${today ? 'today' : ''}" part=${today ? 'step step-today' : 'step'}>
      <div role="heading" aria-level=${level} class="step-heading">
        <span class="period">${periodName(step)}</span>${today
          ? html`<span class="badge">${msg('Applies today')}</span>`
          : nothing}
      </div>
      ${this.#dates(step)}
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
    const level = this.level;
    const sub = Math.min(level + 1, 6);
    const attributeDate = this.#attributeDate;
    const invalidDate = this.treatmentDate !== null && attributeDate === null && plainText(this.treatmentDate) !== undefined;
    const invalidToday = this.today !== null && plainText(this.today) !== undefined && !isIsoDate(plainText(this.today));
    if (invalidToday) this.warn('today', DATE_FORM); // also without a treatment date, when _today() is not asked
    const schedule = this.#schedule();
    const phase = this.#phase(schedule);
    const service = emergencyService(this, this.emergencyText, this.emergencyPhone);
    const example = attributeDate === null ? dateFieldExample(this.#today()) : '';
    return html`
      <div role="heading" aria-level=${level} part="heading" class="heading">${msg('Your aftercare, day by day')}</div>
      ${this.compact ? nothing : html`<p>${msg('What to do after your treatment, from the clinic leaflet.')}</p>`}
      ${invalidDate
        ? html`<p class="message" part="message">
            ${msg('The treatment date set for this page is not a real date, so it is not used. You can enter your treatment date below.')}
          </p>`
        : nothing}
      ${invalidToday
        ? html`<p class="message" part="message">${msg("The preview date for today is not a real date, so today's real date is used.")}</p>`
        : nothing}
      <div class="summary" part="summary" role="status">${this.#summary(schedule, phase, service)}</div>
      ${attributeDate === null
        ? html`<fieldset part="date-field" class="no-print">
            <legend>${msg('Your treatment date')}</legend>
            <label for="treatment-date">${msg('Date of your treatment')}</label>
            <span class="hint" id="treatment-date-hint">${msg(str`For example, ${example}.`)}</span>
            <input
              id="treatment-date"
              part="date-input"
              type="date"
              min=${`${MIN_YEAR}-01-01`}
              max=${`${MAX_YEAR}-12-31`}
              aria-describedby="treatment-date-hint ${this._badEntry ? 'treatment-date-error' : ''}"
              aria-invalid=${this._badEntry ? 'true' : 'false'}
              .value=${this._enteredDate ?? ''}
              @change=${this.#onDateChange}
            />
            ${this._badEntry
              ? html`<p class="message" id="treatment-date-error">
                  ${msg(str`This date could not be used. Enter your treatment date, for example ${example}.`)}
                </p>`
              : nothing}
          </fieldset>`
        : nothing}
      ${warningSignsCallout(sub, service)}
      <ol class="timeline" part="timeline">
        ${stepsOf(schedule).map((step) => this.#step(step, phase, sub, service))}
      </ol>
      ${this._calendarFailed && schedule.treatmentDate !== null
        ? html`<p class="message no-print" part="message" role="alert">
            ${msg('The calendar file could not be made. Check your internet connection and try again.')}
          </p>`
        : nothing}
      <div class="actions no-print" part="actions">
        ${schedule.treatmentDate === null
          ? nothing
          : html`<button type="button" class="primary" part="calendar-button" @click=${this.#onCalendar}>${msg('Add to calendar')}</button>`}
        <button type="button" class="secondary" part="print-button" @click=${this.#onPrint}>${msg('Print')}</button>
      </div>
      ${governanceFooter(this, this)}
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
