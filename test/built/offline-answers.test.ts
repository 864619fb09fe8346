/**
 * The self-check's result when its code cannot be fetched, as when a patient's connection drops
 * after the page loaded: the script-tag bundle loads the answers and result views from beside it
 * when the patient first answers. Here the bundle runs where those files cannot be fetched
 * (test/support/offline.ts).
 */
import { expect, fixture } from '@open-wc/testing';
import { useOfflineBundle } from '../support/offline.js';

type Checker = HTMLElement & { updateComplete: Promise<unknown> };

describe('the self-check, offline (script-tag bundle)', () => {
  const offline = useOfflineBundle();

  it('says the answers could not be shown, warns once, keeps the questions and answers, and throws nothing', async () => {
    const el = await fixture<Checker>('<suitability-checker mode="list"></suitability-checker>');
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="q-location"][value="legs"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    await offline.expectMessage(
      root,
      'Your answers could not be shown, because part of this page did not load. Check your internet connection and try again.',
      'could not load',
    );
    expect(root.querySelector('[part="result"]')).to.equal(null);
    expect(root.querySelectorAll('[part="question"]').length).to.be.greaterThan(10);
    expect(root.querySelector<HTMLInputElement>('input[name="q-location"][value="legs"]')!.checked).to.equal(true);
    expect(offline.rejections).to.deep.equal([]);
  });
});
