/**
 * Two copies of the library on one page (the npm build in an application, and the script-tag
 * bundle added by a CMS): nothing throws, the first copy's elements stay, one console note.
 */
import { expect, fixture } from '@open-wc/testing';
import { captureConsole } from '../support/console.js';

describe('two copies of the library on one page', () => {
  const notes = captureConsole('info');

  it('keeps the first definitions and notes the second copy once', async () => {
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event.error));
    const first = '/dist/index.js';
    const second = '/dist/cdn/microsclerotherapy-widgets.js';
    await import(/* @vite-ignore */ first);
    const defined = customElements.get('aftercare-timeline');
    await import(/* @vite-ignore */ second);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('aftercare-timeline')).to.equal(defined);
    expect(notes).to.have.length(1);
    expect(String(notes[0]?.[0])).to.include('another copy');
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>('<aftercare-timeline></aftercare-timeline>');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.not.equal('');
  });
});
