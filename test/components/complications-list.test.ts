import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { complications, contentInfo } from '../../src/core/index.js';
import '../../src/complications-list.js';
import type { ComplicationsList } from '../../src/complications-list.js';
import { captureConsole } from '../support/console.js';

const shadow = (el: Element) => el.shadowRoot!;
const groups = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="group"]')].map((g) => g.dataset.group);
const text = (el: Element) => shadow(el).textContent.replace(/\s+/g, ' ');

describe('<complications-list>', () => {
  const warnings = captureConsole('warn');

  it('lists every complication of the core in the urgent, treatable and settles groups', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    expect(groups(el)).to.deep.equal(['urgent', 'treatable', 'settles']);
    expect(shadow(el).querySelectorAll('[part="item"]')).to.have.length(complications.length);
    expect(text(el)).to.include('Get help straight away').and.include('Usually settles by itself');
  });

  it('always shows the warning signs and the urgent complications in full', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list group="settles"></complications-list>`);
    const warning = shadow(el).querySelector('[part="warning"]')!;
    expect(warning.textContent).to.include('swelling in your leg').and.include('shortness of breath').and.include('A&E');
    const plain = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    const urgent = shadow(plain).querySelector('[data-group="urgent"]')!;
    expect(urgent.querySelector('details')).to.equal(null);
    expect((urgent as HTMLElement).innerText).to.include('deep vein thrombosis');
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
    const one = await fixture<ComplicationsList>(html`<complications-list group="treatable"></complications-list>`);
    expect(groups(one)).to.deep.equal(['treatable']);
    const el = await fixture<ComplicationsList>(html`<complications-list group="<b>worst</b>"></complications-list>`);
    expect(groups(el)).to.deep.equal(['urgent', 'treatable', 'settles']);
    expect(shadow(el).querySelector('[part="message"]')).to.not.equal(null);
    expect(shadow(el).querySelector('b')).to.equal(null);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.include('group');
  });

  it('uses the heading level and the clinic emergency service it is given', async () => {
    const el = await fixture<ComplicationsList>(
      html`<complications-list heading-level="3" emergency-text="the emergency department" emergency-phone="112"></complications-list>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('[part="group-heading"]')!.getAttribute('aria-level')).to.equal('4');
    const warning = shadow(el).querySelector('[part="warning"]')!;
    expect(warning.textContent).to.include('the emergency department').and.include('112');
    expect(warning.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('shows who approved the content and the content version', async () => {
    const el = await fixture<ComplicationsList>(
      html`<complications-list reviewed-by="Dr A. Patel" reviewed-on="2026-01-15" next-review="2027-01-15"></complications-list>`,
    );
    const footer = shadow(el).querySelector('[part="governance"]')!.textContent;
    expect(footer).to.include('Dr A. Patel').and.include('15 January 2026').and.include('15 January 2027').and.include(contentInfo.version);
  });

  it('passes axe with everything closed and everything open', async () => {
    const el = await fixture<ComplicationsList>(html`<complications-list></complications-list>`);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
