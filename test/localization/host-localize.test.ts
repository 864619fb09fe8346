/**
 * A host application that uses @lit/localize itself: it configures it after our elements are
 * loaded (which would throw if we had configured it), and the two locales stay independent.
 */
import { expect, fixture } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg, str } from '@lit/localize';
import '../../src/complications-list.js';
import { currentLocale, setLocale } from '../../src/internal/localization.js';

const heading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim();

describe('a host page that uses @lit/localize too', () => {
  it('configures its own localization after ours is loaded, and the two switch independently', async () => {
    const ours = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>('<complications-list></complications-list>');
    let host: ReturnType<typeof configureLocalization> | undefined;
    expect(() => {
      host = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['x-host'],
        loadLocale: () => Promise.resolve({ templates: { greeting: str`Hallo ${0}` } }),
      });
    }).to.not.throw();
    const greet = (name: string) => hostMsg(str`Hello ${name}`, { id: 'greeting' });

    await host!.setLocale('x-host');
    expect(greet('Ada')).to.equal('Hallo Ada');
    await ours.updateComplete;
    expect(currentLocale()).to.equal('en-GB');
    expect(heading(ours)).to.equal('Possible complications');

    await setLocale('de');
    await ours.updateComplete;
    expect(heading(ours)).to.not.equal('Possible complications');
    expect(host!.getLocale()).to.equal('x-host');
    expect(greet('Ada')).to.equal('Hallo Ada');
  });
});
