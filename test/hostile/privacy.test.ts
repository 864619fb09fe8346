/**
 * Privacy over a full patient journey through every element (answer the checker, pick an area,
 * enter a date, tick the checklist, open the complications, download the calendar): the page loads
 * nothing but its own files, nothing is sent (fetch, sendBeacon, XMLHttpRequest, WebSocket,
 * EventSource, window.open are wrapped), and the library writes no cookie, no localStorage and no
 * IndexedDB entry; sessionStorage only under its one key, and only with `remember` on the checklist.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { STORAGE_KEY } from '../../src/components/preparation-checklist/preparation-checklist.js';
import { suitabilityQuestions } from '../../src/core/index.js';
import { installTraps, settle } from './support.js';

/** Every way out of the page a script has, wrapped to record its use (and to send nothing). */
const sent: string[] = [];
const resources: string[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) resources.push(entry.name);
});
observer.observe({ type: 'resource', buffered: true });

function wrapExits(): () => void {
  /* eslint-disable @typescript-eslint/unbound-method -- saved to be put back unchanged */
  const saved = {
    fetch: window.fetch,
    sendBeacon: navigator.sendBeacon,
    open: XMLHttpRequest.prototype.open,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
    windowOpen: window.open,
    idbOpen: indexedDB.open,
    setItem: Storage.prototype.setItem,
  };
  /* eslint-enable @typescript-eslint/unbound-method */
  window.fetch = (input: RequestInfo | URL) => {
    sent.push(`fetch ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`);
    return Promise.reject(new TypeError('blocked by the test'));
  };
  navigator.sendBeacon = (url: string | URL) => {
    sent.push(`sendBeacon ${String(url)}`);
    return false;
  };
  XMLHttpRequest.prototype.open = function (method: string, url: string | URL) {
    sent.push(`XMLHttpRequest ${method} ${String(url)}`);
    throw new Error('blocked by the test');
  };
  window.WebSocket = function (url: string | URL) {
    sent.push(`WebSocket ${String(url)}`);
    throw new Error('blocked by the test');
  } as unknown as typeof WebSocket;
  window.EventSource = function (url: string | URL) {
    sent.push(`EventSource ${String(url)}`);
    throw new Error('blocked by the test');
  } as unknown as typeof EventSource;
  window.open = (url?: string | URL) => {
    sent.push(`window.open ${String(url)}`);
    return null;
  };
  indexedDB.open = (name: string) => {
    sent.push(`indexedDB.open ${name}`);
    throw new Error('blocked by the test');
  };
  Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
    if (this === localStorage) sent.push(`localStorage.setItem ${name}`);
    saved.setItem.call(this, name, value);
  };
  return () => {
    Object.assign(window, { fetch: saved.fetch, WebSocket: saved.WebSocket, EventSource: saved.EventSource, open: saved.windowOpen });
    navigator.sendBeacon = saved.sendBeacon;
    XMLHttpRequest.prototype.open = saved.open;
    indexedDB.open = saved.idbOpen;
    Storage.prototype.setItem = saved.setItem;
  };
}

const storageKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();

async function databases(): Promise<string[]> {
  // Every engine here has indexedDB.databases() (Firefox since 126); an engine without it lists none.
  return 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name ?? '').sort() : [];
}

/** The patient's journey through every element on one page. */
async function journey(remember: boolean): Promise<void> {
  const page = await fixture<HTMLElement>(
    html`<main>
      <suitability-checker clinic-name="Leafy Lane" booking-url="/book" contact-phone="020 7946 0000"></suitability-checker>
      <area-size-guide price-small="100" price-medium="150" price-large="200" currency="GBP"></area-size-guide>
      <aftercare-timeline clinic-name="Leafy Lane" today="2026-03-05"></aftercare-timeline>
      <preparation-checklist ?remember=${remember}></preparation-checklist>
      <complications-list></complications-list>
    </main>`,
  );
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K) => page.querySelector(tag)!;
  const root = (tag: keyof HTMLElementTagNameMap) => el(tag).shadowRoot!;

  // The self-check, one question at a time.
  const checker = el('suitability-checker');
  await settle(checker);
  for (const question of suitabilityQuestions) {
    // The answer that raises nothing: legs, "No", or "Yes" to "Can you walk?".
    const answer = question.options.find((option) => !question.raises.includes(option))!;
    root('suitability-checker').querySelector<HTMLInputElement>(`input[value="${answer}"]`)!.click();
    await settle(checker);
    root('suitability-checker').querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await settle(checker);
  }
  root('suitability-checker').querySelector<HTMLButtonElement>('.actions .primary')!.click();
  await settle(checker);
  expect(root('suitability-checker').querySelector('[part="result"]')).to.not.equal(null);

  // The size of the area.
  root('area-size-guide').querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
  await settle(el('area-size-guide'));
  expect(root('area-size-guide').querySelector('[part="price"]')!.textContent).to.include('150');

  // The treatment date, typed once: the checklist picks it up.
  const date = root('aftercare-timeline').querySelector<HTMLInputElement>('[part="date-input"]')!;
  date.value = '2026-03-01';
  date.dispatchEvent(new Event('change'));
  await settle(el('aftercare-timeline'));
  await settle(el('preparation-checklist'));
  expect(root('preparation-checklist').querySelector('[part="when"]')).to.not.equal(null);

  // Every step ticked, and one unticked again.
  const boxes = [...root('preparation-checklist').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  for (const box of boxes) box.click();
  boxes[0]!.click();
  await settle(el('preparation-checklist'));

  // The complications opened.
  root('complications-list').querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  await settle(el('complications-list'));
  root('complications-list').querySelector('summary')!.click();

  // The calendar file "downloaded" (the click is let through to the link, the save is stopped).
  const clicks: HTMLAnchorElement[] = [];
  const capture = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement && link.download) {
      clicks.push(link);
      event.preventDefault();
    }
  };
  document.addEventListener('click', capture, true);
  const exported = oneEvent(el('aftercare-timeline'), 'aftercare-export'); // after its code has loaded
  root('aftercare-timeline').querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
  await exported;
  document.removeEventListener('click', capture, true);
  expect(clicks).to.have.length(1);
  expect(clicks[0]!.href).to.match(/^blob:/);
}

describe('privacy over a full patient journey', () => {
  const traps = installTraps();
  let restore: () => void;
  let cookie: string;
  let local: string[];
  let session: string[];
  let dbs: string[];
  beforeEach(async () => {
    sent.length = 0;
    cookie = document.cookie;
    local = storageKeys(localStorage);
    sessionStorage.removeItem(STORAGE_KEY);
    session = storageKeys(sessionStorage);
    dbs = await databases();
    restore = wrapExits();
  });
  afterEach(() => {
    restore();
    sessionStorage.removeItem(STORAGE_KEY);
    fixtureCleanup();
  });

  it('sends nothing, loads only the page’s own files, and stores nothing (without remember)', async () => {
    document.documentElement.lang = 'fr'; // the words load on demand: from the page's own server
    try {
      await journey(false);
    } finally {
      document.documentElement.lang = 'en';
    }
    expect(sent).to.deep.equal([]);
    expect(resources.length).to.be.greaterThan(0);
    for (const name of resources) expect(new URL(name).origin, name).to.equal(location.origin);
    expect(document.cookie).to.equal(cookie);
    expect(storageKeys(localStorage)).to.deep.equal(local);
    expect(storageKeys(sessionStorage)).to.deep.equal(session);
    expect(await databases()).to.deep.equal(dbs);
    expect(traps.hits).to.deep.equal([]);
  });

  it('with remember, keeps only the ticked step ids in sessionStorage under its one key', async () => {
    await journey(true);
    expect(sent).to.deep.equal([]);
    expect(storageKeys(sessionStorage)).to.deep.equal([...session, STORAGE_KEY].sort());
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY)!);
    expect(stored).to.be.an('array').with.length.greaterThan(0);
    for (const id of stored as unknown[])
      expect(id)
        .to.be.a('string')
        .and.match(/^[a-z-]+$/);
    expect(storageKeys(localStorage)).to.deep.equal(local);
    expect(document.cookie).to.equal(cookie);
    expect(traps.hits).to.deep.equal([]);
  });

  it('the wrappers see a request and a write (the test can fail)', async () => {
    await window.fetch('/nothing').catch(() => undefined);
    navigator.sendBeacon('/nothing');
    localStorage.setItem('probe', '1');
    localStorage.removeItem('probe');
    expect(sent).to.deep.equal(['fetch /nothing', 'sendBeacon /nothing', 'localStorage.setItem probe']);
  });
});
