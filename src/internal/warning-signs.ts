import { msg, str } from './localization.js';
import { css, html, type TemplateResult } from 'lit';
import { warningSigns, type WarningSymptom } from '../core/rules.js';

/** How a clinic outside the UK names its emergency service (`emergency-text`, `emergency-phone`). */
export interface EmergencyService {
  readonly text?: string | undefined;
  readonly phone?: { readonly display: string; readonly href: string } | undefined;
}

const symptomName = (symptom: WarningSymptom): string =>
  symptom === 'leg-swelling' ? msg('swelling in your leg') : msg('shortness of breath');

/** The warning signs in words: the same sentences on screen, in print and in the calendar file. */
export function warningSignsText(service: EmergencyService = {}): { title: string; lines: readonly string[] } {
  const [first, second] = warningSigns.symptoms.map(symptomName) as [string, string];
  const where = service.text ?? msg('your local A&E (Accident and Emergency) department');
  return {
    title: msg('Warning signs: get help straight away'),
    lines: [
      msg(str`If you get ${first} or ${second}, go to ${where}.`),
      msg('This is to check for a blood clot.'),
      ...(service.phone ? [msg(str`Emergency phone number: ${service.phone.display}`)] : []),
    ],
  };
}

/**
 * The warning-signs callout. It is never collapsed and does not rely on colour: it has a heading,
 * a thick border and an icon-free text label, so it reads the same in black and white. It is found
 * by its heading, not as a landmark: a page that shows it twice (the timeline and the complications
 * list) would otherwise have two regions of the same name, and the page's landmarks are the clinic's.
 */
export function warningSignsCallout(level: number, service: EmergencyService = {}): TemplateResult {
  const { title, lines } = warningSignsText(service);
  return html`<section class="warning" part="warning">
    <div role="heading" aria-level=${level} class="warning-title">${title}</div>
    ${lines.map((line) => html`<p>${line}</p>`)}
    ${service.phone ? html`<p class="no-print"><a href=${service.phone.href}>${msg('Call now')}</a></p>` : null}
  </section>`;
}

/** Styles of the warning-signs callout: a thick border and a heading, so no meaning rests on colour. */
export const warningSignsStyles = css`
  .warning {
    border: 4px solid var(--_warning-border);
    border-inline-start-width: 10px;
    border-radius: var(--_radius);
    background: var(--_warning-background);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin-block: var(--_space);
  }
  .warning-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  .warning p {
    margin: 0.5em 0 0;
  }
  @media print {
    .warning {
      border-color: #000;
      background: #fff;
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .warning {
      border-color: CanvasText;
    }
  }
`;
