/**
 * Switching locales quickly: the last locale asked for wins, whichever translation arrives last, and
 * the elements wait for it (they never render the words of a locale asked for in between).
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/complications-list.js';
import { currentLocale, localeLoading, setLocale, sourceLocale } from '../../src/internal/localization.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const heading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim();

describe('switching locales', () => {
  afterEach(() => setLocale(sourceLocale));

  it('ends in the last locale asked for, with its words', async () => {
    const el = await fixture<Rendered>('<complications-list></complications-list>');
    const loads = [setLocale('fr'), setLocale('de')];
    expect(localeLoading(), 'a promise while the words load').to.be.an.instanceOf(Promise);
    await Promise.all(loads);
    await el.updateComplete;
    expect(currentLocale()).to.equal('de');
    const shown = heading(el);
    await setLocale('fr');
    await el.updateComplete;
    const french = heading(el);
    await setLocale('de');
    await el.updateComplete;
    expect(shown).to.equal(heading(el));
    expect(shown).to.not.equal(french);
  });

  it('drops a loading locale when the host goes back to the one showing', async () => {
    const el = await fixture<Rendered>('<complications-list></complications-list>');
    const seen: string[] = [];
    new MutationObserver(() => seen.push(heading(el))).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    const polish = setLocale('pl');
    await setLocale(sourceLocale);
    expect(localeLoading()).to.equal(undefined);
    await polish;
    await el.updateComplete;
    expect(currentLocale()).to.equal(sourceLocale);
    expect(heading(el)).to.equal('Possible complications');
    expect(
      seen.every((text) => text === 'Possible complications'),
      seen.join(' | '),
    ).to.equal(true);
  });
});
