import { html, type TemplateResult } from 'lit';

/**
 * A heading at the level the host page needs (`heading-level`), as an ARIA heading so that one
 * template serves every level without building tags from strings.
 */
export function heading(level: number, content: unknown, part = 'heading'): TemplateResult {
  return html`<div role="heading" aria-level=${level} part=${part} class="heading">${content}</div>`;
}
