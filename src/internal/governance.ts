import { msg, str } from './localization.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { contentInfo, type IsoDate } from '../core/rules.js';
import { formatDate } from './format.js';

/** What a clinic says about the review of its content (`reviewed-by`, `reviewed-on`, `next-review`), checked. */
export interface Review {
  readonly by?: string | undefined;
  readonly on?: IsoDate | undefined;
  readonly next?: IsoDate | undefined;
}

/**
 * The governance footer: who approved the clinical content and when, when it is next reviewed, and
 * the core's content version. Shown on screen and in print.
 */
export function governanceFooter(review: Review): TemplateResult {
  const { by } = review;
  const on = review.on && formatDate(review.on, { dateStyle: 'long' });
  const next = review.next && formatDate(review.next, { dateStyle: 'long' });
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
