/**
 * `<area-size-guide>` with prices when the price code cannot be fetched, as when a patient's
 * connection drops after the page loaded: the script-tag bundle loads that code on demand from beside
 * it, only for a guide with a price or currency attribute. Here the bundle runs where those files
 * cannot be fetched (test/support/offline.ts).
 */
import { expect, fixture } from '@open-wc/testing';
import { useOfflineBundle } from '../support/offline.js';

type Guide = HTMLElement & { updateComplete: Promise<unknown> };

describe('the area size guide prices, offline (script-tag bundle)', () => {
  const offline = useOfflineBundle();

  it('says the prices could not be read, shows none, warns once, and the guide works', async () => {
    const el = await fixture<Guide>('<area-size-guide price-small="120" price-medium="180" currency="GBP"></area-size-guide>');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="message"]')?.textContent.trim()).to.equal(
      'Some prices could not be read, so they are not shown. Ask the clinic about prices.',
    );
    expect(offline.warnings).to.have.length(1);
    expect(String(offline.warnings[0]![0])).to.include('could not load its price code');
    root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[part="size"]')?.textContent).to.include('small area');
    expect(root.querySelector('[part="price"]')).to.equal(null);
    expect(offline.rejections).to.deep.equal([]);
  });
});
