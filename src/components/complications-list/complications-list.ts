import { msg, str } from '../../internal/localization.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { complicationGroups, complications, type Complication, type ComplicationGroup, type ComplicationId } from '../../core/rules.js';
import { keyword } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { formatDuration } from '../../internal/format.js';
import { governanceFooter, governanceStyles } from '../../internal/governance.js';
import { MscElement } from '../../internal/msc-element.js';
import { emergencyService, warningSignsCallout, warningSignsStyles, warningSignsText, type EmergencyService } from '../../internal/warning-signs.js';
import { complicationsListStyles } from './complications-list.styles.js';

/** Group headings: what to do, or simply "other"; never an outcome the leaflet does not state. */
const groupTitle = (group: ComplicationGroup): string =>
  ({
    urgent: msg('Get help straight away'),
    other: msg('Other possible complications'),
  })[group];

const name = (id: ComplicationId): string =>
  ({
    'irritation-and-pigment-changes': msg('Irritation and colour changes around the injection'),
    hyperpigmentation: msg('Darker skin (hyperpigmentation)'),
    'ulceration-and-necrosis': msg('Skin ulcers and damaged skin (necrosis)'),
    'allergic-reaction': msg('Allergic reactions'),
    'low-blood-pressure': msg('Low blood pressure'),
    matting: msg('A mat of fine red blood vessels'),
    'superficial-thrombophlebitis': msg('Inflamed veins near the skin (superficial thrombophlebitis)'),
    'dvt-and-pe': msg('A blood clot: deep vein thrombosis (DVT) or pulmonary embolism (PE)'),
  })[id];

const explanation = (id: ComplicationId): string =>
  ({
    'irritation-and-pigment-changes': msg(
      'If some of the injected liquid goes into the skin around a vein, the skin can become irritated and change colour.',
    ),
    hyperpigmentation: msg('The skin over the treated veins can turn darker.'),
    'ulceration-and-necrosis': msg('An open sore (ulcer) can form, or a small area of skin can die (necrosis).'),
    'allergic-reaction': msg('Your body can react to the injected liquid.'),
    'low-blood-pressure': msg('Your blood pressure can drop.'),
    matting: msg('A patch of tiny red blood vessels can appear.'),
    'superficial-thrombophlebitis': msg('A vein near the surface of the skin can become inflamed.'),
    'dvt-and-pe': msg('A blood clot can form in a deep vein of the leg, or travel to the lungs.'),
  })[id];

/** What the leaflet says about a complication, with its period from the core; the warning signs from their one renderer. */
const whatTheLeafletSays = (complication: Complication, service: EmergencyService): readonly string[] => {
  const period = complication.duration ? formatDuration(complication.duration) : '';
  switch (complication.action) {
    case 'pigment-changes-can-last':
      return [msg(str`The colour changes can last up to ${period}.`)];
    case 'avoid-sun-if-darker':
      return [msg(str`If your skin turns darker, keep your legs out of the sun for at least ${period}.`)];
    case 'laser-if-necessary':
      return [msg('It can be treated with laser if necessary.')];
    case 'clinic-may-advise-anti-inflammatories':
      return [
        msg('It responds well to anti-inflammatory medicines such as ibuprofen.'),
        msg('Contact the clinic. The clinic may advise you to take one.'),
      ];
    case 'ask-the-clinic':
      return [msg('Ask the clinic about this risk at your consultation. Contact the clinic if you are worried after your treatment.')];
    case 'warning-signs':
      return warningSignsText(service).lines;
  }
};

/**
 * The possible complications from the clinic's leaflet, each with what the leaflet says about it:
 * first a blood clot (DVT or PE) with the warning signs, then the other complications. The urgent
 * group and the warning signs are always shown in full; the others open on request, and all open
 * when printed.
 *
 * @summary The leaflet's possible complications, each with what the leaflet says about it.
 * @tagname complications-list
 *
 * @csspart heading - The element's main heading.
 * @csspart warning - The warning-signs callout (never hidden).
 * @csspart group - Each group of complications.
 * @csspart group-heading - The heading of each group.
 * @csspart item - Each complication.
 * @csspart toggle - The "Show all" / "Hide all" button.
 * @csspart message - The message shown for an invalid attribute.
 * @csspart governance - The footer with the content version and review details.
 *
 * @cssprop --msc-color-text - Text colour.
 * @cssprop --msc-color-background - Background colour.
 * @cssprop --msc-color-accent - Colour of buttons and links.
 * @cssprop --msc-color-border - Colour of borders.
 * @cssprop --msc-color-muted - Colour of secondary text.
 * @cssprop --msc-color-warning-background - Background of the warning signs.
 * @cssprop --msc-color-warning-border - Border of the warning signs.
 * @cssprop --msc-radius - Corner radius.
 * @cssprop --msc-space - Base spacing.
 * @cssprop --msc-focus-ring - Focus outline.
 * @cssprop --msc-max-width - Largest width of the element.
 */
export class ComplicationsList extends MscElement {
  static override styles = [...MscElement.styles, warningSignsStyles, governanceStyles, complicationsListStyles];

  static override properties: PropertyDeclarations = {
    _allOpen: { state: true },
    group: {},
    emergencyText: { attribute: 'emergency-text' },
    emergencyPhone: { attribute: 'emergency-phone' },
  };

  /** Whether every disclosure is open (the state of the "Show all" button). */
  private _allOpen = false;

  /**
   * Show one group only: `urgent` (a blood clot, with the warning signs) or `other`. By default both are shown.
   * @type {'urgent' | 'other' | null}
   */
  group: string | null = null;

  /** How to name the emergency service, for clinics outside the UK. Default: "your local A&E (Accident and Emergency) department". */
  emergencyText: string | null = null;

  /** An emergency telephone number to show with the warning signs (for example 999). */
  emergencyPhone: string | null = null;

  #details(): NodeListOf<HTMLDetailsElement> {
    return this.renderRoot.querySelectorAll('details');
  }

  readonly #beforePrint = () => {
    for (const details of this.#details()) details.open = true;
  };

  readonly #afterPrint = () => {
    for (const details of this.#details()) details.open = this._allOpen;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  readonly #toggleAll = (): void => {
    this._allOpen = !this._allOpen;
    for (const details of this.#details()) details.open = this._allOpen;
  };

  /** The groups to show: the one `group` names, or all of them (with a warning for an unknown one). */
  #groups(): readonly ComplicationGroup[] {
    if (this.group === null) return complicationGroups;
    const chosen = keyword(this.group, complicationGroups);
    if (chosen) {
      this.valid('group');
      return [chosen];
    }
    this.warn('group', 'urgent or other');
    return complicationGroups;
  }

  #item(complication: Complication, service: EmergencyService): TemplateResult {
    const body = html`<p>${explanation(complication.id)}</p>
      ${whatTheLeafletSays(complication, service).map((line) => html`<p>${line}</p>`)}`;
    return complication.group === 'urgent'
      ? html`<li part="item"><p class="name">${name(complication.id)}</p>${body}</li>`
      : html`<li part="item">
          <details ?open=${this._allOpen}><summary>${name(complication.id)}</summary>${body}</details>
        </li>`;
  }

  override render(): TemplateResult {
    const groups = this.#groups();
    const invalidGroup = this.group !== null && groups.length > 1;
    const level = this.level;
    const collapsible = groups.some((group) => group !== 'urgent');
    const service = emergencyService(this, this.emergencyText, this.emergencyPhone);
    return html`
      <div role="heading" aria-level=${level} part="heading" class="heading">${msg('Possible complications')}</div>
      <p>${msg('These are the possible complications listed in the clinic leaflet, with what the leaflet says about each one.')}</p>
      ${invalidGroup
        ? html`<p class="message" part="message">
            ${msg('This list was set up to show one group, but the group was not recognised, so all groups are shown.')}
          </p>`
        : nothing}
      ${warningSignsCallout(Math.min(level + 1, 6), service)}
      ${collapsible
        ? html`<div class="toolbar no-print">
            <button type="button" part="toggle" aria-expanded=${String(this._allOpen)} @click=${this.#toggleAll}>
              ${this._allOpen ? msg('Hide all details') : msg('Show all details')}
            </button>
          </div>`
        : nothing}
      ${groups.map(
        (group) => html`<section class="group" part="group" data-group=${group}>
          <div role="heading" aria-level=${Math.min(level + 1, 6)} class="group-heading" part="group-heading">
            ${groupTitle(group)}
          </div>
          <ul>
            ${complications.filter((c) => c.group === group).map((c) => this.#item(c, service))}
          </ul>
        </section>`,
      )}
      ${governanceFooter(this, this)}
    `;
  }
}

define('complications-list', ComplicationsList);

declare global {
  interface HTMLElementTagNameMap {
    'complications-list': ComplicationsList;
  }
}
