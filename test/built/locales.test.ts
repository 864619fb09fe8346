/**
 * The built locales: the build keys each shipped locale by the start of each message's id
 * (scripts/compact-messages.ts). In the script-tag bundle every element's words must still come out
 * in each shipped language, and a language a clinic adds with `addLocale` (keyed by lit-localize's
 * whole ids, as `lit-localize build` writes it) must still work.
 */
import { expect, fixture } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';

const bundle = '/dist/cdn/microsclerotherapy-widgets.js';
const tags = ['suitability-checker', 'area-size-guide', 'aftercare-timeline', 'complications-list', 'preparation-checklist'];

interface Api {
  setLocale(locale: string): Promise<void>;
  addLocale(locale: string, templates: TemplateMap, direction?: 'ltr' | 'rtl'): void;
}
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function heading(tag: string): Promise<string> {
  const el = await fixture<Widget>(`<${tag}></${tag}>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim();
}

describe('the built locales (short keys)', () => {
  let api: Api;
  const english = new Map<string, string>();

  before(async () => {
    api = (await import(/* @vite-ignore */ bundle)) as Api;
    await api.setLocale('en-GB');
    for (const tag of tags) english.set(tag, await heading(tag));
  });

  after(() => api.setLocale('en-GB'));

  it('loads no translation, nothing but the bundle, for a page in English', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/dist/cdn/'))).to.deep.equal([`${location.origin}${bundle}`]);
  });

  for (const locale of ['es', 'fr', 'de', 'pl', 'ar']) {
    it(`shows every element's heading in ${locale}, the translation lit-localize made for it`, async () => {
      const { templates } = (await import(`../../src/generated/locales/${locale}.ts`)) as { templates: TemplateMap };
      await api.setLocale(locale);
      for (const tag of tags) {
        const expected = templates[generateMsgId(english.get(tag)!, false)];
        expect(expected, `${locale} translation of ${tag}'s heading`).to.be.a('string');
        expect(await heading(tag), tag).to.equal(expected);
      }
    });
  }

  it('uses a language a clinic adds by hash, as lit-localize builds it', async () => {
    const tag = 'complications-list';
    api.addLocale('cy', { [generateMsgId(english.get(tag)!, false)]: 'Cymhlethdodau posibl' });
    await api.setLocale('cy');
    expect(await heading(tag)).to.equal('Cymhlethdodau posibl');
    // Its other words fall back to en-GB.
    expect(await heading('area-size-guide')).to.equal(english.get('area-size-guide'));
  });
});
