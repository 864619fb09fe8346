/**
 * The elements follow the page's <html lang>: at load without a flash of English, best match for a
 * regional tag, English with one note for an unknown language, and every change at run time.
 * (A page of its own: setLocale() elsewhere would stop the following.)
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/complications-list.js';
import { LOCALE_CHANGE_EVENT, currentLocale } from '../../src/internal/localization.js';
import { captureConsole } from '../support/console.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const heading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim();

describe('following <html lang>', () => {
  const notes = captureConsole('info');
  const html = document.documentElement;
  const elements: Element[] = [];
  const create = () => {
    const el = document.createElement('complications-list') as Rendered;
    document.body.append(el);
    elements.push(el);
    return el;
  };
  after(() => {
    for (const el of elements) el.remove();
  });
  /** Sets `<html lang>`, then waits for the locale it chooses to load and `el` to render in it. */
  const setPageLanguage = async (lang: string, el: Rendered) => {
    const changed = oneEvent(window, LOCALE_CHANGE_EVENT);
    html.lang = lang;
    await changed;
    await el.updateComplete;
  };

  it('shows the page language from the first render, with no English in between', async () => {
    html.lang = 'fr';
    const el = create();
    const seen: string[] = [];
    new MutationObserver(() => seen.push(el.shadowRoot!.textContent)).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await el.updateComplete;
    await el.updateComplete;
    expect(currentLocale()).to.equal('fr');
    expect(heading(el)).to.not.equal('Possible complications');
    expect(seen.join(' ')).to.not.include('Possible complications');
  });

  it('follows a change of lang at run time, matching a regional tag to its language', async () => {
    const el = create();
    await el.updateComplete;
    const french = heading(el);
    await setPageLanguage('de-AT', el);
    expect(currentLocale()).to.equal('de');
    expect(heading(el)).to.not.equal(french);
    expect(heading(el)).to.not.equal('Possible complications');
  });

  it('turns right to left when the page becomes Arabic', async () => {
    const el = create();
    await setPageLanguage('ar', el);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  it('uses en-GB for a language it does not have, with one console note', async () => {
    const el = create();
    await setPageLanguage('xx-unknown', el);
    expect(currentLocale()).to.equal('en-GB');
    expect(heading(el)).to.equal('Possible complications');
    expect(el.hasAttribute('dir')).to.equal(false);
    html.lang = 'en-GB';
    html.lang = 'xx-unknown';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notes).to.have.length(1);
    expect(String(notes[0]?.[0])).to.include('xx-unknown');
  });
});
