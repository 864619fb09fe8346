/**
 * "Add to calendar" when the calendar code cannot be fetched, as when a patient's connection drops
 * after the page loaded: the script-tag bundle loads that code on demand from beside it. The test
 * server also serves the bundle under /offline/, where the files beside it cannot be fetched
 * (web-test-runner.config.js, `offlineChunks`).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { captureConsole } from '../support/console.js';

type Timeline = HTMLElement & { updateComplete: Promise<unknown>; downloadCalendar(): Promise<unknown> };

describe('the aftercare calendar, offline (script-tag bundle)', () => {
  const warnings = captureConsole('warn');

  before(async () => {
    const bundle = '/offline/dist/cdn/microsclerotherapy-widgets.js';
    await import(/* @vite-ignore */ bundle);
  });

  it('says the file could not be made, warns once, and downloads nothing', async () => {
    const el = await fixture<Timeline>('<aftercare-timeline treatment-date="2026-03-27"></aftercare-timeline>');
    const exports: Event[] = [];
    const downloads: Element[] = [];
    el.addEventListener('aftercare-export', (event) => exports.push(event));
    new MutationObserver((records) => downloads.push(...records.flatMap((r) => [...r.addedNodes].filter((n) => n instanceof HTMLAnchorElement)))).observe(
      el.shadowRoot!,
      { childList: true },
    );
    const errors: unknown[] = [];
    window.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), 'no message');
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.textContent.trim()).to.equal('The calendar file could not be made. Check your internet connection and try again.');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('could not load its calendar code');
    expect(exports).to.have.length(0);
    expect(downloads).to.have.length(0);
    // The method says so too, and the page sees no error.
    expect(await el.downloadCalendar()).to.equal(null);
    expect(errors).to.deep.equal([]);
    // The timeline itself is all there.
    expect(el.shadowRoot!.querySelectorAll('[part~="step"]').length).to.be.greaterThan(3);
  });
});
