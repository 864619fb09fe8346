/**
 * The self-check's result when its code cannot be fetched, as when a patient's connection drops
 * after the page loaded: the script-tag bundle loads the answers and result views from beside it
 * when the patient first answers. The test server also serves the bundle under /offline/, where the
 * files beside it cannot be fetched (web-test-runner.config.js, `offlineChunks`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { captureConsole } from '../support/console.js';

type Checker = HTMLElement & { updateComplete: Promise<unknown> };

describe('the self-check, offline (script-tag bundle)', () => {
  const warnings = captureConsole('warn');

  before(async () => {
    const bundle = '/offline/dist/cdn/microsclerotherapy-widgets.js';
    await import(/* @vite-ignore */ bundle);
  });

  it('says the answers could not be shown, warns once, keeps the questions and answers, and throws nothing', async () => {
    const el = await fixture<Checker>('<suitability-checker mode="list"></suitability-checker>');
    const errors: unknown[] = [];
    window.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="q-location"][value="legs"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    await waitUntil(() => root.querySelector('[part="message"]'), 'no message');
    const message = root.querySelector('[part="message"]')!;
    expect(message.textContent.trim()).to.equal(
      'Your answers could not be shown, because part of this page did not load. Check your internet connection and try again.',
    );
    expect(message.getAttribute('role')).to.equal('alert');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('could not load');
    expect(root.querySelector('[part="result"]')).to.equal(null);
    expect(root.querySelectorAll('[part="question"]').length).to.be.greaterThan(10);
    expect(root.querySelector<HTMLInputElement>('input[name="q-location"][value="legs"]')!.checked).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});
