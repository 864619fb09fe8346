/**
 * For the tests of what the script-tag bundle does offline (test/built/offline-*.test.ts): the bundle
 * as the test server also serves it, under /offline/, where the files it loads on demand from beside
 * it cannot be fetched, as when a patient's connection drops after the page loaded
 * (web-test-runner.config.js, `offlineChunks`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { captureConsole } from './console.js';

export interface Offline {
  /** The console warnings of the running test. */
  readonly warnings: unknown[][];
  /** The rejections no code handled in the running test (they reach the page as errors). */
  readonly rejections: unknown[];
  /**
   * Waits for the element's message, then checks that it says `text` as an alert and that the
   * console had exactly one warning, which includes `warning`.
   */
  expectMessage(root: ShadowRoot, text: string, warning: string): Promise<void>;
}

/** Call inside a `describe`: loads the offline bundle before its tests and records what each test causes. */
export function useOfflineBundle(): Offline {
  const warnings = captureConsole('warn');
  const rejections: unknown[] = [];
  const record = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(async () => {
    const bundle = '/offline/dist/cdn/microsclerotherapy-widgets.js';
    await import(/* @vite-ignore */ bundle);
  });
  beforeEach(() => {
    rejections.length = 0;
    window.addEventListener('unhandledrejection', record);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', record);
  });
  return {
    warnings,
    rejections,
    async expectMessage(root, text, warning) {
      await waitUntil(() => root.querySelector('[part="message"]'), 'no message');
      const message = root.querySelector('[part="message"]')!;
      expect(message.textContent.trim()).to.equal(text);
      expect(message.getAttribute('role')).to.equal('alert');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include(warning);
    },
  };
}
