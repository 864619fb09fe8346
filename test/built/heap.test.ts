/**
 * No leak after 200 elements (Chromium only: it measures through the DevTools protocol, with the
 * `msc-cdp` server command of web-test-runner.config.js). With the script-tag bundle, 200 elements
 * (40 of each) are added, rendered, used and removed: after garbage collection the JS heap is back
 * within 10% of the baseline, window and document carry as many listeners as before, and every
 * removed element has been collected.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { elementTags as TAGS } from '../../src/elements.js';

const bundle = '/dist/cdn/microsclerotherapy-widgets.js';
const MARKUP = [
  '<suitability-checker clinic-name="Leafy Lane" mode="list"></suitability-checker>',
  '<area-size-guide value="medium" price-medium="150" currency="GBP"></area-size-guide>',
  '<aftercare-timeline today="2026-03-02" treatment-date="2026-03-01"></aftercare-timeline>',
  '<complications-list emergency-phone="999"></complications-list>',
  '<preparation-checklist appointment-date="2026-03-10"></preparation-checklist>',
].join('');

const heap = () => executeServerCommand<number, { action: string }>('msc-cdp', { action: 'heap' });
const listeners = () => executeServerCommand<{ window: number; document: number }, { action: string }>('msc-cdp', { action: 'listeners' });

/** Adds 200 elements, renders and uses them, removes them; returns weak references to them. */
async function twoHundred(): Promise<WeakRef<Element>[]> {
  const section = document.createElement('section');
  section.innerHTML = Array.from({ length: 40 }, () => MARKUP).join('');
  document.body.append(section);
  const elements = [...section.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))];
  expect(elements).to.have.length(200);
  for (const el of elements) await el.updateComplete;
  for (const el of elements) {
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent.trim()).to.not.equal('');
    // A control of each (never "Add to calendar" or "Print": no file is saved, no dialog opens).
    el.shadowRoot!.querySelector<HTMLElement>('input[type="radio"], input[type="checkbox"], [part="toggle"], [part="date-input"]')?.click();
  }
  window.dispatchEvent(new Event('beforeprint'));
  window.dispatchEvent(new Event('afterprint'));
  for (const el of elements) await el.updateComplete;
  section.remove();
  return elements.map((el) => new WeakRef(el));
}

describe('200 elements added and removed leave no leak (Chromium, DevTools protocol)', () => {
  before(async () => {
    await import(/* @vite-ignore */ bundle);
    // Warm up: the first elements compile templates and styles that stay cached by design.
    await twoHundred();
  });

  it('the heap returns within 10% of the baseline, the listeners to their count, and every element is collected', async () => {
    const baseListeners = await listeners();
    const baseline = await heap();
    const refs = await twoHundred();
    const after = await heap();
    expect(await listeners()).to.deep.equal(baseListeners);
    expect(after, `heap ${baseline} -> ${after} bytes`).to.be.at.most(baseline * 1.1);
    expect(refs.filter((ref) => ref.deref() !== undefined)).to.have.length(0);
  });

  it('the measurement sees 200 elements kept alive (the test can fail)', async () => {
    const baseListeners = await listeners();
    const baseline = await heap();
    const kept = document.createElement('section');
    kept.innerHTML = Array.from({ length: 40 }, () => MARKUP).join('');
    document.body.append(kept);
    for (const el of kept.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join(','))) await el.updateComplete;
    const grown = await listeners();
    expect(await heap()).to.be.greaterThan(baseline * 1.1);
    expect(grown.window).to.be.greaterThan(baseListeners.window + 200);
    kept.remove();
  });
});
