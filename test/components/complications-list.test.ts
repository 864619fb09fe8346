import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { complicationGroups, complications, type ComplicationId } from '../../src/core/index.js';
import '../../src/complications-list.js';
import type { ComplicationsList } from '../../src/complications-list.js';
import { captureConsole } from '../support/console.js';
import { allText, clean, shadow } from '../support/dom.js';

const groups = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset.group);
const text = (el: Element) => clean(shadow(el).textContent);
const groupHeadings = (el: Element) => [...shadow(el).querySelectorAll('[part="group-heading"]')].map((h) => clean(h.textContent));
/** The items as the element shows them, each with the core complication it stands for (the core lists them in reading order). */
const items = (el: Element) => {
  const shown = [...shadow(el).querySelectorAll<HTMLElement>('[part="item"]')];
  const order = complicationGroups.flatMap((group) => complications.filter((c) => c.group === group));
  expect(shown, 'one item per complication').to.have.length(order.length);
  return new Map(order.map((c, i) => [c.id, shown[i]!] as const));
};
const itemText = (el: Element, id: ComplicationId) => clean(items(el).get(id)!.textContent);
/** The sentences of the warning-signs callout, as a patient reads them (without its heading and link). */
const warningLines = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="warning"] p:not(.no-print)')].map((p) => clean(p.textContent));

describe('<complications-list>', () => {
  const warnings = captureConsole('warn');

  it('lists every complication of the core in the urgent group first, then the other group', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    expect(groups(el)).to.deep.equal(['urgent', 'other']);
    expect(shadow(el).querySelectorAll('[part="item"]')).to.have.length(complications.length);
    for (const group of ['urgent', 'other']) {
      const section = shadow(el).querySelector(`[data-group="${group}"]`)!;
      expect(section.querySelectorAll('[part="item"]'), group).to.have.length(complications.filter((c) => c.group === group).length);
    }
    expect(groupHeadings(el)).to.deep.equal(['Get help straight away', 'Other possible complications']);
    const urgent = shadow(el).querySelector<HTMLElement>('[data-group="urgent"]')!;
    expect(urgent.innerText).to.include('deep vein thrombosis').and.include('pulmonary embolism');
  });

  it('never promises an outcome in a group heading', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    expect(groupHeadings(el)).to.have.length(2);
    for (const heading of groupHeadings(el)) expect(heading).to.not.match(/settles|treated|can be/i);
    expect(text(el)).to.not.include('Usually settles by itself').and.not.include('Can be treated: contact the clinic');
  });

  it('always shows the warning signs and the urgent complications in full, with the warning signs in the clot item', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list group="other"></complications-list>`);
    const warning = shadow(el).querySelector('[part="warning"]')!;
    expect(warning.textContent).to.include('swelling in your leg').and.include('shortness of breath').and.include('A&E');
    const plain = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    const urgent = shadow(plain).querySelector('[data-group="urgent"]')!;
    expect(urgent.querySelector('details')).to.equal(null);
    expect((urgent as HTMLElement).innerText).to.include('deep vein thrombosis');
    const clot = items(plain).get('dvt-and-pe')!;
    expect(urgent.contains(clot)).to.equal(true);
    const lines = warningLines(plain);
    expect(lines.join(' ')).to.include('swelling in your leg').and.include('shortness of breath').and.include('blood clot');
    const clotLines = [...clot.querySelectorAll('p')].map((p) => clean(p.textContent));
    for (const line of lines) expect(clotLines, line).to.include(line);
  });

  it('says what the leaflet says about each complication', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    expect(itemText(el, 'irritation-and-pigment-changes'))
      .to.match(/colour changes?/i)
      .and.include('up to 1 year');
    expect(itemText(el, 'hyperpigmentation'))
      .to.match(/darker/i)
      .and.include('out of the sun')
      .and.include('at least 12 months');
    expect(itemText(el, 'matting')).to.include('laser').and.include('if necessary');
    expect(itemText(el, 'superficial-thrombophlebitis'))
      .to.include('anti-inflammatory')
      .and.include('ibuprofen')
      .and.include('Contact the clinic. The clinic may advise you to take one.');
    for (const id of ['ulceration-and-necrosis', 'allergic-reaction', 'low-blood-pressure'] as const) {
      expect(itemText(el, id), id).to.include(
        'Ask the clinic about this risk at your consultation. Contact the clinic if you are worried after your treatment.',
      );
    }
    expect(itemText(el, 'dvt-and-pe')).to.include('swelling in your leg').and.include('shortness of breath');
  });

  it('gives the anti-inflammatories as the clinic advice, never as an instruction to take a medicine', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    const sentences = [...shadow(el).querySelectorAll('p, li, summary')]
      .flatMap((node) => clean(node.textContent).split(/(?<=[.!?])\s+/))
      .filter((sentence) => /ibuprofen|anti-inflammator|medicine|paracetamol|tablet/i.test(sentence));
    expect(sentences.length).to.be.greaterThan(0);
    for (const sentence of sentences) expect(sentence).to.not.match(/^(please )?(take|use|have)\b/i);
    const advice = itemText(el, 'superficial-thrombophlebitis');
    expect(advice).to.match(/the clinic may advise you to take/i);
    expect(advice.indexOf('Contact the clinic')).to.be.within(0, advice.indexOf('The clinic may advise'));
  });

  it('opens and closes every disclosure with one button, and says which it will do', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const details = [...shadow(el).querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(0);
    expect(details.every((d) => !d.open)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(details.every((d) => d.open)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent).to.include('Hide all');
    button.click();
    await el.updateComplete;
    expect(details.every((d) => !d.open)).to.equal(true);
  });

  it('fires no event: not on load, not when the host sets its attributes, not when the patient opens the details', async () => {
    const el = document.createElement('complications-list');
    const dispatched: string[] = [];
    const dispatch = el.dispatchEvent.bind(el);
    el.dispatchEvent = (event: Event) => {
      dispatched.push(event.type);
      return dispatch(event);
    };
    await fixture<ComplicationsList>(el);
    el.group = 'urgent';
    el.emergencyPhone = '112';
    await el.updateComplete;
    el.group = null;
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    expect(groups(el)).to.deep.equal(['urgent', 'other']);
    expect(dispatched).to.deep.equal([]);
  });

  it('works by keyboard: Tab reaches the button and every summary, Enter and Space open them', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    const root = shadow(el);
    const button = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    const summaries = [...root.querySelectorAll('summary')];
    button.focus();
    for (const summary of summaries) {
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(summary);
    }
    await sendKeys({ press: 'Enter' });
    expect(summaries.at(-1)!.parentElement).to.have.property('open', true);
    summaries[0]!.focus();
    await sendKeys({ press: ' ' });
    expect(summaries[0]!.parentElement).to.have.property('open', true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelectorAll('details:not([open])')).to.have.length(0);
  });

  it('opens every disclosure for printing and closes them again afterwards', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    const details = [...shadow(el).querySelectorAll('details')];
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.every((d) => !d.open)).to.equal(true);
  });

  it('shows one group when asked, and warns once for an unknown group while showing them all', async () => {
    for (const group of ['urgent', 'other']) {
      const one = await fixture<ComplicationsList>(html`<complications-list group=${group}></complications-list>`);
      expect(groups(one), group).to.deep.equal([group]);
      expect(shadow(one).querySelector('[part="message"]'), group).to.equal(null);
    }
    expect(warnings).to.have.length(0);
    for (const group of ['<b>worst</b>', 'treatable', 'settles']) {
      warnings.length = 0;
      const el = await fixture<ComplicationsList>(html`<complications-list group=${group}></complications-list>`);
      expect(groups(el), group).to.deep.equal(['urgent', 'other']);
      expect(shadow(el).querySelector('[part="message"]'), group).to.not.equal(null);
      expect(shadow(el).querySelector('b')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings, group).to.have.length(1);
      expect(String(warnings[0]?.[0]), group).to.include('group').and.include('urgent or other');
    }
  });

  // The heading levels, the clinic emergency service in the warning signs and the governance footer: shared-pieces.test.ts.

  it('names only the clinic emergency service, in the callout and the clot item, when emergency-text is set', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list emergency-text="the emergency department"></complications-list>`);
    expect(allText(el)).to.not.include('A&E').and.not.include('Accident');
    expect(itemText(el, 'dvt-and-pe')).to.include('go to the emergency department');
    expect(shadow(el).querySelector('[part="warning"]')!.textContent).to.include('the emergency department');
    const plain = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    expect(itemText(plain, 'dvt-and-pe')).to.include('A&E');
  });

  it('passes axe with everything closed and everything open, and with one group', async () => {
    const urgent = await fixture<ComplicationsList>(
      html`<complications-list group="urgent" emergency-text="the emergency department"></complications-list>`,
    );
    await expect(urgent).to.be.accessible();
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
