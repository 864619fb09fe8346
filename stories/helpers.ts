// Helpers shared by the stories: the meta every element's stories start from (controls from the
// manifest), the print preview, and the patient's clicks that drive an element into a state.
import type { Meta } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { TemplateResult } from 'lit';
import { embedSnippet } from './manifest.js';

/**
 * The parts of an element's meta that come from the manifest: args, controls and the template, and
 * the embed snippet as the source shown (title, component and tags stay literal in each stories file).
 */
export function fromManifest(
  tag: string,
  argTypes: Meta['argTypes'] = {},
): Pick<Meta, 'args' | 'argTypes' | 'parameters'> & { render: (args: Record<string, unknown>) => TemplateResult } {
  const helpers = getStorybookHelpers(tag, { excludeCategories: ['properties', 'methods'] });
  return {
    args: helpers.args,
    argTypes: { ...helpers.argTypes, ...argTypes },
    render: (args) => helpers.template(args),
    parameters: {
      docs: {
        source: {
          language: 'html',
          transform: (_code: string, context: { args: Record<string, unknown> }) => embedSnippet(tag, context.args),
        },
      },
    },
  };
}

/** The element of a story (the first element with this tag in the story's canvas). */
export async function storyElement<T extends HTMLElement = HTMLElement>(
  canvas: HTMLElement,
  tag: string,
): Promise<T & { updateComplete: Promise<boolean> }> {
  await customElements.whenDefined(tag);
  const found = canvas.querySelector<T & { updateComplete: Promise<boolean> }>(tag);
  if (!found?.shadowRoot) throw new Error(`No <${tag}> rendered in this story.`);
  await found.updateComplete;
  return found;
}

/** Clicks a control in the element's shadow root, then waits for the element to update. */
export async function click(element: HTMLElement & { updateComplete: Promise<boolean> }, selector: string): Promise<void> {
  const target = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`Nothing matches ${selector} in <${element.localName}>.`);
  target.click();
  await element.updateComplete;
}

/**
 * Shows the print layout on screen: the rules of the element's own `@media print` blocks are applied
 * to its shadow root as they are (nothing is restyled by the story), and the page's `beforeprint`
 * event lets an element prepare for print (the complications list opens every group).
 */
export async function showPrintLayout(canvas: HTMLElement): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  for (const element of canvas.querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>('*')) {
    const root = element.shadowRoot;
    if (!root) continue;
    await element.updateComplete;
    const printRules = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printRules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  canvas.dataset.print = 'true';
}
