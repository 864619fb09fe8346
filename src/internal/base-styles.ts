import { css } from 'lit';

/**
 * What every element shares: the host page's font, the `--msc-` tokens, visible focus, and the
 * accessibility media queries (forced colours, reduced motion, dark pages, print).
 *
 * Tokens (each element documents the ones it uses with `@cssprop`):
 * `--msc-color-text`, `--msc-color-background`, `--msc-color-accent`, `--msc-color-accent-text`,
 * `--msc-color-border`, `--msc-color-muted`, `--msc-color-warning-background`,
 * `--msc-color-warning-border`, `--msc-radius`, `--msc-space`, `--msc-focus-ring`, `--msc-max-width`.
 */
export const baseStyles = css`
  :host {
    --_text: var(--msc-color-text, #1d2733);
    --_background: var(--msc-color-background, #ffffff);
    --_accent: var(--msc-color-accent, #1f5f8b);
    --_accent-text: var(--msc-color-accent-text, #ffffff);
    --_border: var(--msc-color-border, #8a96a3);
    --_muted: var(--msc-color-muted, #4a5663);
    --_warning-background: var(--msc-color-warning-background, #fff4e5);
    --_warning-border: var(--msc-color-warning-border, #a0410d);
    --_radius: var(--msc-radius, 0.5rem);
    --_space: var(--msc-space, 1rem);
    /*
     * Focus: a blue of middle lightness that stands out at 3:1 or more on a white page (4.5:1), a
     * black one (4.6:1) and the element's own light or dark background (at least 3.5:1).
     */
    --_focus: var(--msc-focus-ring, 3px solid #0078d4);

    --_line-height: 1.5;

    display: block;
    box-sizing: border-box;
    max-width: var(--msc-max-width, 48rem);
    background: var(--_background);
    font: inherit;
    /* Native controls (radios, checkboxes, date fields) drawn for the element's own light colours. */
    color-scheme: light;
    /*
     * Spacing is the reader's to set (WCAG 1.4.12): letter and word spacing inherit from the page, and
     * a reader's line-height override on the element wins over this default.
     */
    line-height: var(--_line-height);
    /*
     * A page's global rules ("* { color: red !important; white-space: nowrap }") reach the host and
     * would pass these inherited properties in. An important declaration of a shadow root wins over
     * the page's, so only the --msc- tokens and ::part() theme the element; the font is the page's.
     */
    color: var(--_text) !important;
    overflow-wrap: anywhere !important;
    white-space: normal !important;
    word-break: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* A date field's parts take focus inside it (WebKit), so the field shows the ring for them. */
  :focus-visible,
  input[type='date']:focus-within {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
  }
  /* The element's main heading (each element renders it with heading() or role="heading"). */
  .heading {
    font-size: 1.35em;
    font-weight: 700;
    margin-block: 0 0.5em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      --_text: var(--msc-color-text, #f1f3f5);
      --_background: var(--msc-color-background, #1b232c);
      --_accent: var(--msc-color-accent, #7cc0f0);
      --_accent-text: var(--msc-color-accent-text, #0b1620);
      --_border: var(--msc-color-border, #8a96a3);
      --_muted: var(--msc-color-muted, #c3ccd5);
      --_warning-background: var(--msc-color-warning-background, #3a2410);
      --_warning-border: var(--msc-color-warning-border, #ffb27a);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      forced-color-adjust: auto;
    }
  }
  @media print {
    :host {
      color: #000 !important;
      background: #fff;
      max-width: none;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
