import { html, nothing, type TemplateResult } from 'lit';

/**
 * An element's main heading at the level the host page needs (`heading-level`), as an ARIA heading
 * so that one template serves every level without building tags from strings.
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} part="heading" class="heading" id=${id ?? nothing}>${content}</div>`;
}
