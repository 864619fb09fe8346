import { html, svg, type TemplateResult } from 'lit';

/** One hand, palm forward, in a 24 x 32 box. */
const hand = svg`
  <rect x="5" y="5" width="3" height="13" rx="1.5" />
  <rect x="8.5" y="2" width="3" height="16" rx="1.5" />
  <rect x="12" y="3" width="3" height="15" rx="1.5" />
  <rect x="15.5" y="6" width="3" height="12" rx="1.5" />
  <rect x="5" y="14" width="13.5" height="15" rx="4" />
  <rect x="1" y="16" width="4" height="9" rx="2" transform="rotate(-25 3 25)" />`;

/**
 * A decorative picture of `hands` hands side by side (whole and half hands), for the options of
 * `<area-size-guide>`. Hidden from assistive technology: the option's text says the same.
 */
export function handsPicture(hands: number): TemplateResult {
  const whole = Math.floor(hands);
  const half = hands - whole >= 0.5;
  const count = whole + (half ? 1 : 0);
  return html`<svg
    class="hands"
    part="picture"
    viewBox="0 0 ${count * 26} 32"
    width=${count * 26}
    height="32"
    aria-hidden="true"
    focusable="false"
  >
    ${Array.from({ length: whole }, (_, i) => svg`<g transform="translate(${i * 26} 0)">${hand}</g>`)}
    ${half ? svg`<svg x=${whole * 26} y="0" width="12" height="32" viewBox="0 0 12 32">${hand}</svg>` : null}
  </svg>`;
}
