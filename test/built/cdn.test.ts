/**
 * The script-tag bundle (dist/cdn/microsclerotherapy-widgets.js), as a clinic's page loads it: one
 * file with Lit inside that registers every element, with the page's locale loaded on demand from
 * beside it.
 */
import { expect, fixture } from '@open-wc/testing';
import { elementTags as tags } from '../../src/elements.js';

const bundle = '/dist/cdn/microsclerotherapy-widgets.js';

describe('the script-tag bundle (dist/cdn/)', () => {
  before(async () => {
    document.documentElement.lang = 'de';
    await import(/* @vite-ignore */ bundle);
  });

  it('is one file that imports nothing else when it loads (Lit inside)', async () => {
    const code = await (await fetch(bundle)).text();
    expect(code).to.not.match(/\bfrom\s*["']/);
    expect(code).to.not.match(/^\s*import\s*["']/m);
  });

  it('registers every element, which renders in the page language, loaded on demand', async () => {
    for (const tag of tags) {
      expect(customElements.get(tag), tag).to.be.a('function');
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<${tag}></${tag}>`);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim(), tag).to.not.equal('');
    }
    const list = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>('<complications-list></complications-list>');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.not.equal('Possible complications');
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.endsWith('/dist/cdn/locales/de.js'))).to.equal(true);
    expect(loaded.some((name) => /\/dist\/cdn\/locales\/(fr|es|pl|ar)\.js$/.test(name))).to.equal(false);
  });
});
