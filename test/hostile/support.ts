/**
 * What the page-level ("hostile page") tests share: the tags (src/elements.ts), the attributes each element
 * really observes (read from the element classes, so a new attribute is fuzzed without editing the
 * tests), and traps that record anything a hostile page or value could make happen: a dialog, a new
 * script or frame, an element with an event-handler attribute (in the page or in any shadow root),
 * an exception or rejection that reaches the page, and a navigation.
 */
import type { LitElement } from 'lit';
import { elementTags, type ElementTag } from '../../src/elements.js';

export const TAGS = elementTags;
export type Tag = ElementTag;

/** The attributes a CMS editor can type, as the element class declares them (Lit's `elementProperties`). */
export function attributesOf(tag: Tag): { name: string; property: string; boolean: boolean }[] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  const list: { name: string; property: string; boolean: boolean }[] = [];
  for (const [key, options] of ctor.elementProperties) {
    if (options.state || options.attribute === false || typeof key !== 'string') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    list.push({ name, property: key, boolean: options.type === Boolean });
  }
  return list;
}

/** Every attribute that is not a boolean flag, i.e. every string attribute. */
export const stringAttributesOf = (tag: Tag) => attributesOf(tag).filter((a) => !a.boolean);

/** Every element node in `root` and in every shadow root below it (open roots: all of ours are). */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** What an element must never be, wherever it appears: a script, a frame, a plug-in, or anything with an on* handler. */
export function dangerIn(el: Element): string | undefined {
  const name = el.localName;
  if (
    ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'foreignobject', 'img', 'image', 'math', 'style'].includes(
      name,
    )
  ) {
    return `<${name}>`;
  }
  for (const attr of el.getAttributeNames()) {
    if (/^on/i.test(attr)) return `<${name} ${attr}>`;
    if (/^(href|src|xlink:href|action|formaction)$/i.test(attr) && /^\s*(javascript|data|vbscript):/i.test(el.getAttribute(attr) ?? '')) {
      return `<${name} ${attr}="${el.getAttribute(attr)}">`;
    }
  }
  return undefined;
}

/**
 * Installs the traps for the tests of the enclosing `describe`. `hits` lists everything that
 * happened (a dialog, a dangerous node, an `__xss` call, an error, a rejection, a navigation);
 * each test starts with an empty list and should end with `expect(traps.hits).to.deep.equal([])`.
 */
export function installTraps(): { hits: string[] } {
  const traps = { hits: [] as string[] };
  const hit = (what: string) => {
    traps.hits.push(what);
  };
  const dialogs = ['alert', 'confirm', 'prompt', 'print'] as const;
  /* eslint-disable @typescript-eslint/unbound-method -- saved to be put back unchanged */
  const originals = dialogs.map((name) => [name, window[name]] as const);
  const attachShadow = Element.prototype.attachShadow;
  /* eslint-enable @typescript-eslint/unbound-method */
  const observers: MutationObserver[] = [];
  const observe = (root: Node) => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element) {
          const danger = dangerIn(record.target);
          if (danger) hit(`attribute ${danger}`);
        }
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...deepElements(node)]) {
            const danger = dangerIn(el);
            if (danger) hit(`new ${danger}`);
          }
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    observers.push(observer);
  };
  const onError = (event: ErrorEvent) => {
    hit(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    hit(`unhandledrejection: ${String(event.reason)}`);
  };
  const onUnload = () => {
    hit('beforeunload: the page tried to navigate away');
  };
  let href = '';
  beforeEach(() => {
    traps.hits.length = 0;
    href = location.href;
    (window as unknown as { __xss: (id?: unknown) => void }).__xss = (id?: unknown) => {
      hit(`__xss(${String(id)})`);
    };
    for (const name of dialogs) {
      window[name] = ((...args: unknown[]) => {
        hit(`${name}(${args.map(String).join(', ')})`);
        return null;
      }) as never;
    }
    // Every shadow root made from now on is watched too (Lit makes them with attachShadow).
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      observe(root);
      return root;
    };
    observe(document);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('beforeunload', onUnload);
  });
  afterEach(() => {
    for (const observer of observers) {
      for (const record of observer.takeRecords()) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && dangerIn(node)) hit(`new ${dangerIn(node)!}`);
        }
      }
      observer.disconnect();
    }
    observers.length = 0;
    if (location.href !== href) hit(`location changed to ${location.href}`);
    Element.prototype.attachShadow = attachShadow;
    for (const [name, original] of originals) window[name] = original as never;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('beforeunload', onUnload);
  });
  return traps;
}

/** Waits for an element's pending render (Lit's `updateComplete`). */
export async function settle(el: Element): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The visible text of an element's shadow root, spaces collapsed. */
export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the element's main heading (every element has `part="heading"`). */
export const headingText = (el: Element) => el.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() ?? '';
