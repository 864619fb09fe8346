/**
 * Lifecycle on a real page: elements written before the script loads (upgraded when it does) and
 * after, with document.createElement and with innerHTML, moved in the DOM, removed and re-added,
 * inside another shadow root, and 200 on one page. All render, all keep working, and none leaves a
 * listener behind on window or document (counted by wrapping addEventListener, in every engine;
 * the heap is measured in Chromium by test/built/heap.test.ts).
 */
import { expect } from '@open-wc/testing';
import { TAGS, headingText, installTraps, settle, type Tag } from './support.js';

/** Listeners on window and document, by target and type, counted from before the library loads. */
const live = new Map<string, Set<unknown>>();
const key = (target: EventTarget, type: string, capture: boolean) =>
  `${target === window ? 'window' : 'document'} ${type}${capture ? ' capture' : ''}`;
const isCapture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);
for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) => {
    const k = key(target, type, isCapture(options));
    live.set(k, (live.get(k) ?? new Set()).add(listener));
    add(type, listener, options);
  };
  target.removeEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    live.get(key(target, type, isCapture(options)))?.delete(listener);
    remove(type, listener, options);
  };
}
const listenerCounts = (): Record<string, number> =>
  Object.fromEntries([...live].map(([k, set]) => [k, set.size] as const).filter(([, n]) => n !== 0));

const ATTRIBUTES: Record<Tag, string> = {
  'suitability-checker': 'clinic-name="Leafy Lane" mode="list"',
  'area-size-guide': 'value="medium" price-medium="150" currency="GBP"',
  'aftercare-timeline': 'today="2026-03-02"',
  'complications-list': 'emergency-phone="999"',
  'preparation-checklist': '',
};
const markup = (tag: Tag) => `<${tag} ${ATTRIBUTES[tag]}></${tag}>`;

/** Every element in `root` rendered: a heading, and its own words in it. */
async function expectRendered(root: ParentNode, count: number = TAGS.length): Promise<void> {
  const elements = [...root.querySelectorAll<HTMLElement>(TAGS.join(','))];
  expect(elements).to.have.length(count);
  for (const el of elements) {
    await settle(el);
    expect(el.matches(':defined'), el.localName).to.equal(true);
    expect(headingText(el), el.localName).to.not.equal('');
    expect(el.shadowRoot!.querySelector('[part~="governance"]'), el.localName).to.not.equal(null);
  }
}

const area = document.createElement('div');
document.body.append(area);
// Written before the library's script has loaded (as a CMS page does), upgraded when it loads.
area.innerHTML = `<section id="early">${TAGS.map(markup).join('')}</section>`;
const beforeLoad = listenerCounts();

describe('lifecycle on a page', () => {
  const traps = installTraps();
  before(async () => {
    expect(document.querySelectorAll(':not(:defined)').length).to.equal(TAGS.length);
    await import('../../src/index.js');
  });
  afterEach(() => {
    expect(traps.hits).to.deep.equal([]);
  });

  it('upgrades elements written into the page before the script loaded', async () => {
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    await expectRendered(area.querySelector('#early')!);
    const guide = area.querySelector('#early area-size-guide')!;
    expect(guide.shadowRoot!.querySelector('[part="price"]')?.textContent).to.include('£150');
  });

  it('renders elements made after it loaded, with createElement and with innerHTML', async () => {
    const made = document.createElement('section');
    for (const tag of TAGS) made.append(document.createElement(tag));
    area.append(made);
    await expectRendered(made);
    const written = document.createElement('section');
    written.innerHTML = TAGS.map(markup).join('');
    area.append(written);
    await expectRendered(written);
    made.remove();
    written.remove();
  });

  it('keeps state and works after being moved in the DOM, with one set of listeners', async () => {
    const checklist = area.querySelector<HTMLElement>('#early preparation-checklist')!;
    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.click();
    await settle(checklist);
    const counts = listenerCounts();
    const elsewhere = document.createElement('aside');
    document.body.append(elsewhere);
    for (let i = 0; i < 5; i += 1) {
      elsewhere.append(checklist);
      await settle(checklist);
      area.querySelector('#early')!.append(checklist);
      await settle(checklist);
    }
    elsewhere.remove();
    expect(listenerCounts()).to.deep.equal(counts);
    expect(checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    expect(checklist.shadowRoot!.querySelector('[part="progress"]')!.textContent).to.match(/^1 of \d+ done$/);
    // Its one listener for a shared date still works: a date shared by the page dates its steps.
    document.dispatchEvent(new CustomEvent('msc-treatment-date', { detail: { date: '2026-04-14', source: 'page' } }));
    await settle(checklist);
    expect(checklist.shadowRoot!.querySelector('[part="when"]')?.textContent).to.include('April');
  });

  it('removed and re-added, an element renders and listens again, and removal takes its listeners away', async () => {
    const list = area.querySelector<HTMLElement>('#early complications-list')!;
    const parent = list.parentElement!;
    const withIt = listenerCounts();
    list.remove();
    const without = listenerCounts();
    expect(without['window beforeprint'] ?? 0).to.equal((withIt['window beforeprint'] ?? 0) - 1);
    window.dispatchEvent(new Event('beforeprint'));
    expect([...list.shadowRoot!.querySelectorAll('details')].every((d) => !d.open)).to.equal(true);
    parent.append(list);
    await settle(list);
    expect(listenerCounts()).to.deep.equal(withIt);
    window.dispatchEvent(new Event('beforeprint'));
    expect([...list.shadowRoot!.querySelectorAll('details')].every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(headingText(list)).to.equal('Possible complications');
  });

  it('renders and works inside another element’s shadow root; its events reach the page', async () => {
    const host = document.createElement('div');
    area.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = TAGS.map(markup).join('');
    await expectRendered(root);
    const guide = root.querySelector('area-size-guide')!;
    const seen: string[] = [];
    const onChange = (event: Event) => {
      seen.push((event as CustomEvent<{ size: string }>).detail.size);
    };
    document.addEventListener('area-size-change', onChange);
    guide.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    document.removeEventListener('area-size-change', onChange);
    expect(seen).to.deep.equal(['small']);
    const heading = guide.shadowRoot!.querySelector('[part="heading"]')!;
    expect(getComputedStyle(heading).fontWeight).to.equal('700');
    host.remove();
  });

  it('renders 200 elements on one page, and removing them all leaves no listener behind', async () => {
    const baseline = listenerCounts();
    const many = document.createElement('section');
    many.innerHTML = Array.from({ length: 40 }, () => TAGS.map(markup).join('')).join('');
    area.append(many);
    await expectRendered(many, 200);
    expect(listenerCounts()['window msc-locale-change']).to.equal((baseline['window msc-locale-change'] ?? 0) + 200);
    many.remove();
    expect(listenerCounts()).to.deep.equal(baseline);
  });

  it('after everything, only the listeners of the elements still on the page remain', () => {
    area.querySelector('#early')!.remove();
    const counts = listenerCounts();
    // Before the library loaded, nothing of ours listened; now only its one page-language watcher may remain.
    expect(counts['window msc-locale-change'] ?? 0).to.equal(0);
    expect(counts['document msc-treatment-date'] ?? 0).to.equal(0);
    expect(counts['window beforeprint'] ?? 0).to.equal(beforeLoad['window beforeprint'] ?? 0);
  });
});
