/**
 * The built package, as a clinic's bundler or page loads it: dist/index.js registers every element,
 * and the compiled decorators still make attributes reactive (Vite must not pass decorators through).
 */
import { expect, fixture } from '@open-wc/testing';
import { elementTags as tags } from '../../src/elements.js';

describe('the built package (dist/)', () => {
  before(async () => {
    // A path the type checker does not follow: dist/ exists only after `npm run build`.
    const entry = '/dist/index.js';
    await import(/* @vite-ignore */ entry);
  });

  for (const tag of tags) {
    it(`registers <${tag}> and renders it with its heading at the level an attribute asks for`, async () => {
      expect(customElements.get(tag), tag).to.be.a('function');
      const el = await fixture(`<${tag} heading-level="4"></${tag}>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const heading = el.shadowRoot?.querySelector('[part="heading"]');
      expect(heading?.textContent.trim(), tag).to.not.equal('');
      expect(heading?.getAttribute('aria-level'), tag).to.equal('4');
    });
  }

  it('exports the core from the main entry as well', async () => {
    const entry = '/dist/index.js';
    const library = (await import(/* @vite-ignore */ entry)) as { classifyArea: (hands: number) => { ok: boolean } };
    expect(library.classifyArea(1).ok).to.equal(true);
  });
});
