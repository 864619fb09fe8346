/**
 * The self-check's result and date fields when their code cannot be fetched, as when a patient's
 * connection drops after the page loaded: the script-tag bundle loads the date fields and the answers
 * and result views from beside it when the patient first answers. Here the bundle runs where those files cannot be fetched
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

  it('keeps the questions working without the date field of a time-limited question, which comes with that code', async () => {
    const el = await fixture<Checker>('<suitability-checker mode="list"></suitability-checker>');
    const root = el.shadowRoot!;
    const yes = root.querySelector<HTMLInputElement>('input[name="q-antibiotics"][value="yes"]')!;
    yes.click();
    await el.updateComplete;
    expect(yes.checked).to.equal(true);
    expect(root.querySelector('[part="date"]'), 'no date field: its code could not be fetched').to.equal(null);
    // Nothing is said yet (the date is optional); asking for the result says the answers could not be shown.
    expect(root.querySelector('[part="message"]')).to.equal(null);
    expect(offline.warnings).to.deep.equal([]);
    root.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    await offline.expectMessage(
      root,
      'Your answers could not be shown, because part of this page did not load. Check your internet connection and try again.',
      'could not load',
    );
    expect(root.querySelector<HTMLInputElement>('input[name="q-antibiotics"][value="yes"]')!.checked).to.equal(true);
    expect(offline.rejections).to.deep.equal([]);
  });
});
