import { property } from 'lit/decorators.js';
import { html, type TemplateResult } from 'lit';
import type { AttributeCheck } from './attribute-check.js';
import { phoneNumber, plainText } from './attributes.js';
import { MscElement } from './msc-element.js';
import { warningSignsCallout, type EmergencyService } from './warning-signs.js';

/**
 * An element that shows the warning signs: it takes the clinic's emergency service
 * (`emergency-text`, `emergency-phone`), which reaches every copy of the warning signs it shows.
 */
export abstract class WarningSignsElement<Config extends object> extends MscElement<Config> {
  /** How to name the emergency service, for clinics outside the UK. Default: "your local A&E (Accident and Emergency) department". */
  @property({ attribute: 'emergency-text' }) emergencyText: string | null = null;

  /** An emergency telephone number to show with the warning signs (for example 999). */
  @property({ attribute: 'emergency-phone' }) emergencyPhone: string | null = null;

  /** The emergency service as last read by `readEmergencyService`. */
  private _service: EmergencyService = {};

  /** The emergency service, for `configure`: an invalid phone number warns once and is left out. */
  protected readEmergencyService(check: AttributeCheck): EmergencyService {
    return (this._service = {
      text: plainText(this.emergencyText),
      phone: check.read('emergency-phone', this.emergencyPhone, phoneNumber, 'a telephone number such as 999 or +44 20 7946 0000'),
    });
  }

  /** Without the clinic's protocol the warning signs still show: no protocol can remove them. */
  protected override protocolProblem(heading: TemplateResult): TemplateResult {
    return html`${super.protocolProblem(heading)}${this.warningSigns(this._service)}`;
  }

  /** The warning-signs callout, one heading level below the main heading. */
  protected warningSigns(service: EmergencyService): TemplateResult {
    return warningSignsCallout(this.subheadingLevel(), service);
  }
}
