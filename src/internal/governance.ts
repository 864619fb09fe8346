import { msg, str } from './localization.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { contentInfo, isIsoDate } from '../core/rules.js';
import { plainText } from './attributes.js';
import { formatDate } from './format.js';
import { warnOnce } from './warn.js';

/** What a clinic says about the review of its content (`reviewed-by`, `reviewed-on`, `next-review`). */
export interface Review {
  readonly reviewedBy?: string | null | undefined;
  readonly reviewedOn?: string | null | undefined;
  readonly nextReview?: string | null | undefined;
}

const date = (element: Element, attribute: string, value: string | null | undefined) => {
  const text = plainText(value);
  if (text === undefined) return undefined;
  if (isIsoDate(text)) return formatDate(text, { dateStyle: 'long' });
  warnOnce(element, attribute, 'a date in the form YYYY-MM-DD');
  return undefined;
};

/**
 * The governance footer: who approved the clinical content and when, when it is next reviewed, and
 * the core's content version. Shown on screen and in print; invalid dates warn once and are left out.
 */
export function governanceFooter(element: Element, review: Review): TemplateResult {
  const by = plainText(review.reviewedBy);
  const on = date(element, 'reviewed-on', review.reviewedOn);
  const next = date(element, 'next-review', review.nextReview);
  // A div, not a <footer>: inside a shadow root a footer is a page-level contentinfo landmark.
  return html`<div class="governance" part="governance">
    ${by && on ? html`<p>${msg(str`Content approved by ${by} on ${on}.`)}</p>` : nothing}
    ${by && !on ? html`<p>${msg(str`Content approved by ${by}.`)}</p>` : nothing}
    ${!by && on ? html`<p>${msg(str`Content approved on ${on}.`)}</p>` : nothing}
    ${next ? html`<p>${msg(str`This information is due to be reviewed again on ${next}.`)}</p>` : nothing}
    <p>${msg(str`Content version ${contentInfo.version}, based on the clinic's patient leaflet.`)}</p>
  </div>`;
}

/** Styles of the governance footer. */
export const governanceStyles = css`
  .governance {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) / 2);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .governance p {
    margin: 0.25em 0;
  }
`;
