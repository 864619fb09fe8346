/**
 * A language a clinic adds with addLocale() on a page in that language, before any translation has
 * loaded: the code that finds a translation's messages comes with the first translation, so the
 * elements wait for it, then show the clinic's words. (A page of its own: nothing else loads a
 * translation first.)
 */
import { expect, oneEvent } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import '../../src/complications-list.js';
import { LOCALE_CHANGE_EVENT, addLocale, currentLocale } from '../../src/internal/localization.js';
import { captureConsole } from '../support/console.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const heading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim();
const intro = (el: Element) => el.shadowRoot!.querySelector('[part="heading"] + p')!.textContent.trim();
const id = (english: string) => generateMsgId(english, false);

describe('a language a clinic adds, as the first translation of the page', () => {
  const notes = captureConsole('info');
  const html = document.documentElement;
  const lang = html.lang;
  let el: Rendered;
  after(() => {
    el.remove();
    html.lang = lang;
  });

  it('shows its words as soon as it is added, on a page in that language', async () => {
    html.lang = 'cy';
    el = document.createElement('complications-list');
    document.body.append(el);
    await el.updateComplete;
    expect(heading(el), 'English until the clinic adds its language').to.equal('Possible complications');
    expect(notes).to.have.length(1);
    const changed = oneEvent(window, LOCALE_CHANGE_EVENT);
    addLocale('cy', { [id('Possible complications')]: 'Cymhlethdodau posibl' });
    await changed;
    await el.updateComplete;
    expect(currentLocale()).to.equal('cy');
    expect(el.getAttribute('lang')).to.equal('cy');
    expect(heading(el)).to.equal('Cymhlethdodau posibl');
  });

  it('shows new words for the language showing, and English for a message it lacks', async () => {
    const english = intro(el);
    addLocale('cy', { [id('Possible complications')]: 'Cymhlethdodau posibl o driniaeth' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Cymhlethdodau posibl o driniaeth');
    expect(intro(el)).to.equal(english);
  });
});
