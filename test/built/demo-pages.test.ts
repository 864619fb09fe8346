/**
 * The demo clinic pages (`npm start`): demo/cms.html loads nothing but the built script-tag bundle,
 * as a CMS page would, and shows all five elements; both pages' treatment text is the leaflet's.
 */
import { expect } from '@open-wc/testing';
import { elementTags as tags } from '../../src/elements.js';
import { openFrame } from '../support/frame.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('demo/cms.html (the script-tag bundle only)', () => {
  let win: Window;
  before(async () => {
    win = (await openFrame({ src: '/demo/cms.html' }, { width: 1024, height: 800 })).contentWindow!;
    await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  });

  it('renders every element, each with its heading', async () => {
    for (const tag of tags) {
      const el = win.document.querySelector<Widget>(tag)!;
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
      expect(heading.textContent.trim(), tag).to.not.equal('');
      expect(heading.getBoundingClientRect().height, tag).to.be.greaterThan(0);
    }
    const checker = win.document.querySelector('suitability-checker')!;
    expect(checker.shadowRoot!.textContent).to.not.contain('a telephone number such as');
  });

  it('loads no script but the bundle and the files beside it', () => {
    // The test server adds its own /__web-dev-server… script to every page; the page has one.
    const scripts = [...win.document.scripts]
      .map((script) => new URL(script.src, win.location.href).pathname)
      .filter((file) => !file.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/dist/cdn/microsclerotherapy-widgets.js']);
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const ours = loaded.filter((file) => file.endsWith('.js') && !file.startsWith('/__web-dev-server'));
    expect(ours).to.include('/dist/cdn/microsclerotherapy-widgets.js');
    expect(ours.filter((file) => !file.startsWith('/dist/cdn/'))).to.deep.equal([]);
  });
});

describe('the demo pages quote the leaflet', () => {
  for (const page of ['/demo/index.html', '/demo/cms.html']) {
    it(`${page}: its treatment text stands word for word in the leaflet`, async () => {
      const leaflet = words(await (await fetch('/src/core/leaflet/microsclerotherapy-leaflet.txt')).text());
      const html = await (await fetch(page)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const quote = [...doc.querySelectorAll('p')]
        .map((p) => words(p.textContent))
        .find((text) => text.startsWith('Microsclerotherapy is the gold standard'));
      expect(quote, 'the treatment paragraph').to.be.a('string');
      expect(leaflet).to.contain(quote);
    });
  }
});
