/**
 * A stand-in for the part of Wix's site runtime (Thunderbolt) that places a "Custom Element" (Add
 * Elements → Embed Code → Custom Element, with "Server URL" as its source) on a published page,
 * following Thunderbolt's wix-custom-element-component feature: the editor stores only the element's
 * tag name, its script URL and the attributes the site owner adds under "Set Attributes"; the page
 * creates the element by tag name inside the component's box, sets those attributes, then loads
 * each script URL once, with a `<script src>` appended to `<head>`. Thunderbolt adds
 * `type="module"` only for a custom element that an app's site widget declares as an ES module
 * (`scriptType: 'ES_MODULE'`); a site owner's Server URL loads as a classic script, so the guide's
 * Server URL is the classic loader, dist/cdn/microsclerotherapy-widgets.classic.js.
 */

/** One Custom Element as the published page's data describes it. */
interface WixCustomElement {
  /** The id of the component's box on the page. */
  readonly compId: string;
  /** "Tag Name" in the editor. */
  readonly tagName: string;
  /** "Server URL" in the editor. */
  readonly url: string;
  /** "Set Attributes" in the editor: name and value pairs. */
  readonly attributes: Readonly<Record<string, string>>;
}

const model = JSON.parse(document.getElementById('wix-warmup-data')?.textContent ?? '{}') as { customElements?: WixCustomElement[] };

/** Thunderbolt's loadScriptTag / loadModuleScriptTag: a script in <head>, settled when it loads. */
function loadScriptTag(src: string, type: 'module' | 'none'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    if (type === 'module') script.type = 'module';
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

async function mountCustomElements(): Promise<void> {
  const elements = model.customElements ?? [];
  for (const { compId, tagName, attributes } of elements) {
    const element = document.createElement(tagName);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.getElementById(compId)?.append(element);
  }
  const loaded = new Set<string>();
  await Promise.all(
    elements.map(async ({ tagName, url }) => {
      if (loaded.has(tagName) || loaded.has(url)) return;
      loaded.add(tagName).add(url);
      try {
        await loadScriptTag(url, 'none');
      } catch {
        // Thunderbolt logs a failed script only for code hosted by Wix itself.
      }
    }),
  );
}

document.addEventListener('DOMContentLoaded', () => void mountCustomElements(), { once: true });
