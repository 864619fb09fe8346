import { msg, str } from './localization.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { contentInfo, leafletProtocol, type ClinicProtocol, type IsoDate } from '../core/rules.js';
import { formatDate } from './format.js';

/** What a clinic says about the review of its content (`reviewed-by`, `reviewed-on`, `next-review`), checked. */
export interface Review {
  readonly by?: string | undefined;
  readonly on?: IsoDate | undefined;
  readonly next?: IsoDate | undefined;
}

/**
 * The governance footer: who approved the clinical content and when, when it is next reviewed, the
 * core's content version and the clinic's protocol with its version. Shown on screen and in print.
 * The element's own review attributes win; without them, the protocol's review applies.
 */
export function governanceFooter(review: Review, protocol: ClinicProtocol = leafletProtocol): TemplateResult {
  const given = review.by !== undefined || review.on !== undefined || review.next !== undefined;
  const {
    by,
    on: onDate,
    next: nextDate,
  } = given ? review : { by: protocol.reviewedBy, on: protocol.reviewedOn, next: protocol.nextReview };
  const on = onDate && formatDate(onDate, { dateStyle: 'long' });
  const next = nextDate && formatDate(nextDate, { dateStyle: 'long' });
  const clinic = protocol === leafletProtocol ? undefined : protocol;
  // A div, not a <footer>: inside a shadow root a footer is a page-level contentinfo landmark.
  return html`<div class="governance" part="governance">
    ${by && on ? html`<p>${msg(str`Content approved by ${by} on ${on}.`)}</p>` : nothing}
    ${by && !on ? html`<p>${msg(str`Content approved by ${by}.`)}</p>` : nothing}
    ${!by && on ? html`<p>${msg(str`Content approved on ${on}.`)}</p>` : nothing}
    ${next ? html`<p>${msg(str`This information is due to be reviewed again on ${next}.`)}</p>` : nothing}
    <p>${msg(str`Content version ${contentInfo.version}, based on the clinic's patient leaflet.`)}</p>
    ${clinic ? html`<p>${msg(str`Treatment settings: ${clinic.name}, version ${clinic.version}.`)}</p>` : nothing}
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
