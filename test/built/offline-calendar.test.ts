/**
 * "Add to calendar" when the calendar code cannot be fetched, as when a patient's connection drops
 * after the page loaded: the script-tag bundle loads that code on demand from beside it. Here the
 * bundle runs where those files cannot be fetched (test/support/offline.ts).
 */
import { expect, fixture } from '@open-wc/testing';
import { useOfflineBundle } from '../support/offline.js';

type Timeline = HTMLElement & { updateComplete: Promise<unknown>; downloadCalendar(): Promise<unknown> };

describe('the aftercare calendar, offline (script-tag bundle)', () => {
  const offline = useOfflineBundle();

  it('says the file could not be made, warns once, and downloads nothing', async () => {
    const el = await fixture<Timeline>('<aftercare-timeline treatment-date="2026-03-27"></aftercare-timeline>');
    const exports: Event[] = [];
    const downloads: Element[] = [];
    el.addEventListener('aftercare-export', (event) => exports.push(event));
    new MutationObserver((records) =>
      downloads.push(...records.flatMap((r) => [...r.addedNodes].filter((n) => n instanceof HTMLAnchorElement))),
    ).observe(el.shadowRoot!, { childList: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    await offline.expectMessage(
      el.shadowRoot!,
      'The calendar file could not be made. Check your internet connection and try again.',
      'could not load its calendar code',
    );
    expect(exports).to.have.length(0);
    expect(downloads).to.have.length(0);
    // The method says so too, and the page sees no error.
    expect(await el.downloadCalendar()).to.equal(null);
    expect(offline.rejections).to.deep.equal([]);
    // The timeline itself is all there.
    expect(el.shadowRoot!.querySelectorAll('[part~="step"]').length).to.be.greaterThan(3);
  });
});
