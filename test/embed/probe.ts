/**
 * Test instrumentation for the embedding pages of test/embed/ (never part of a snippet): each page
 * loads it first, in its <head>, and test/built/embed.test.ts reads what it saw from the frame's
 * `mscEmbedProbe`. It records, from the start of the page: errors (uncaught, rejected, console.error)
 * and console warnings; every layout shift; the first contentful paint; when each element was
 * defined and when it had first rendered; and, each frame until then, the height each element had before it was defined (the space
 * the page's `:not(:defined)` rule reserves).
 */
import { elementTags } from '../../src/elements.js';

/** A `layout-shift` performance entry (the Layout Instability API; not in TypeScript's DOM library). */
interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources: readonly { readonly node: Node | null; readonly previousRect: DOMRectReadOnly; readonly currentRect: DOMRectReadOnly }[];
}

/** One layout shift: its score and the nodes that moved (tag, id and class, to read in a failure). */
export interface Shift {
  readonly value: number;
  readonly at: number;
  readonly sources: readonly string[];
  /** Where each node's box started before it moved (its top, in the frame's viewport). */
  readonly tops: readonly number[];
}

/** What the probe saw; read by the test from the frame's window. */
export interface ProbeRecord {
  readonly errors: string[];
  readonly warnings: string[];
  readonly shifts: Shift[];
  /** The first contentful paint (ms since the page started), once painted. */
  firstContentfulPaint: number | undefined;
  /** When each tag was defined (ms since the page started). */
  readonly definedAt: Partial<Record<string, number>>;
  /** When the elements of each tag on the page at its definition had all rendered for the first time. */
  readonly renderedAt: Partial<Record<string, number>>;
  /** The last height each element had, in a frame, while it was not defined yet. */
  readonly heightBeforeDefined: Map<Element, number>;
}

export interface ProbeWindow extends Window {
  mscEmbedProbe?: ProbeRecord;
}

const record: ProbeRecord = {
  errors: [],
  warnings: [],
  shifts: [],
  firstContentfulPaint: undefined,
  definedAt: {},
  renderedAt: {},
  heightBeforeDefined: new Map(),
};
(window as ProbeWindow).mscEmbedProbe = record;

const text = (value: unknown): string => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

window.addEventListener('error', (event) => record.errors.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${text(event.reason)}`));
const consoleError = console.error.bind(console);
const consoleWarn = console.warn.bind(console);
console.error = (...args: unknown[]) => {
  record.errors.push(args.map(text).join(' '));
  consoleError(...args);
};
console.warn = (...args: unknown[]) => {
  // Lit's own notice in the development builds of the React and Vue apps (filtered from wtr's logs too).
  if (!(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode'))) record.warnings.push(args.map(text).join(' '));
  consoleWarn(...args);
};

const describe = (node: Node | null): string => {
  if (!(node instanceof Element)) return node?.nodeName ?? '(gone)';
  return `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((name) => `.${name}`).join('')}`;
};

new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as LayoutShiftEntry[]) {
    if (entry.hadRecentInput) continue;
    record.shifts.push({
      value: entry.value,
      at: entry.startTime,
      sources: entry.sources.map((source) => describe(source.node)),
      tops: entry.sources.map((source) => source.previousRect.top),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });

// The test server holds the script-tag bundle back until a page that loads it in its body says it
// has painted (test/embed/server.js), as a slow CDN would.
new PerformanceObserver((list) => {
  for (const entry of list.getEntriesByName('first-contentful-paint')) {
    record.firstContentfulPaint = entry.startTime;
    void fetch('/__embed-painted__', { method: 'POST' });
  }
}).observe({ type: 'paint', buffered: true });

for (const tag of elementTags) {
  void customElements.whenDefined(tag).then(async () => {
    record.definedAt[tag] = performance.now();
    const elements = [...document.querySelectorAll(tag)] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(elements.flatMap((element) => (element.updateComplete ? [element.updateComplete] : [])));
    record.renderedAt[tag] = performance.now();
  });
}

/** Each frame, the height of every element not defined yet; stops once they all are (or after 10 s). */
const sampleUntil = performance.now() + 10000;
const sample = (): void => {
  const waiting = [...document.querySelectorAll(elementTags.join(','))].filter((element) => !element.matches(':defined'));
  for (const element of waiting) record.heightBeforeDefined.set(element, element.getBoundingClientRect().height);
  if (performance.now() < sampleUntil && (waiting.length > 0 || document.readyState !== 'complete')) requestAnimationFrame(sample);
};
requestAnimationFrame(sample);
