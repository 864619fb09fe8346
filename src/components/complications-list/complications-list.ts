import { msg, str } from '../../internal/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { complicationGroups, complicationsFor, type Complication, type ComplicationGroup, type ComplicationId } from '../../core/rules.js';
import type { AttributeCheck } from '../../internal/attribute-check.js';
import { keyword } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { formatDuration } from '../../internal/format.js';
import { governanceStyles } from '../../internal/governance.js';
import { warningSignsStyles, warningSignsText, type EmergencyService } from '../../internal/warning-signs.js';
import { WarningSignsElement } from '../../internal/warning-signs-element.js';
import { complicationsListStyles } from './complications-list.styles.js';

/** The attributes as the list uses them, checked (see `MscElement.configure`). */
interface Config {
  /** The groups to show: the one `group` names, or all of them. */
  readonly groups: readonly ComplicationGroup[];
  /** Whether `group` names no group (all are then shown). */
  readonly invalidGroup: boolean;
  readonly service: EmergencyService;
}

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
export class ComplicationsList extends WarningSignsElement<Config> {
  static override styles = [...WarningSignsElement.styles, warningSignsStyles, governanceStyles, complicationsListStyles];

  /**
   * Show one group only: `urgent` (a blood clot, with the warning signs) or `other`. By default both are shown.
   * @type {'urgent' | 'other' | null}
   */
  @property() group: string | null = null;

  /** Whether every disclosure is open (the state of the "Show all" button). */
  @state() private _allOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._beforePrint);
    window.addEventListener('afterprint', this._afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._beforePrint);
    window.removeEventListener('afterprint', this._afterPrint);
  }

  protected override configure(check: AttributeCheck): Config {
    const group = check.read('group', this.group, (text) => keyword(text, complicationGroups), 'urgent or other');
    return {
      groups: group ? [group] : complicationGroups,
      invalidGroup: check.invalid('group'),
      service: this.readEmergencyService(check),
    };
  }

  private _details(): NodeListOf<HTMLDetailsElement> {
    return this.renderRoot.querySelectorAll('details');
  }

  private readonly _beforePrint = (): void => {
    for (const details of this._details()) details.open = true;
  };

  private readonly _afterPrint = (): void => {
    for (const details of this._details()) details.open = this._allOpen;
  };

  private readonly _toggleAll = (): void => {
    this._allOpen = !this._allOpen;
    for (const details of this._details()) details.open = this._allOpen;
  };

  private _item(complication: Complication, service: EmergencyService): TemplateResult {
    const body = html`<p>${explanation(complication.id)}</p>
      ${whatTheLeafletSays(complication, service).map((line) => html`<p>${line}</p>`)}`;
    return complication.group === 'urgent'
      ? html`<li part="item">
          <p class="name">${name(complication.id)}</p>
          ${body}
        </li>`
      : html`<li part="item">
          <details ?open=${this._allOpen}>
            <summary>${name(complication.id)}</summary>
            ${body}
          </details>
        </li>`;
  }

  override render(): TemplateResult {
    const heading = this.heading(msg('Possible complications'));
    if (!this.clinic.ok) return this.protocolProblem(heading);
    const { groups, invalidGroup, service } = this.config;
    const collapsible = groups.some((group) => group !== 'urgent');
    return html`
      ${heading}
      <p>${msg('These are the possible complications listed in the clinic leaflet, with what the leaflet says about each one.')}</p>
      ${
        invalidGroup
          ? html`<p class="message" part="message">
              ${msg('This list was set up to show one group, but the group was not recognised, so all groups are shown.')}
            </p>`
          : nothing
      }
      ${this.warningSigns(service)}
      ${
        collapsible
          ? html`<div class="toolbar no-print">
              <button type="button" part="toggle" aria-expanded=${String(this._allOpen)} @click=${this._toggleAll}>
                ${this._allOpen ? msg('Hide all details') : msg('Show all details')}
              </button>
            </div>`
          : nothing
      }
      ${groups.map(
        (group) =>
          html`<section class="group" part="group" data-group=${group}>
            <div role="heading" aria-level=${this.subheadingLevel()} class="group-heading" part="group-heading">${groupTitle(group)}</div>
            <ul>
              ${complicationsFor(this.protocolInForce)
                .filter((c) => c.group === group)
                .map((c) => this._item(c, service))}
            </ul>
          </section>`,
      )}
      ${this.governance()}
    `;
  }
}

define('complications-list', ComplicationsList);

declare global {
  interface HTMLElementTagNameMap {
    'complications-list': ComplicationsList;
  }
}
