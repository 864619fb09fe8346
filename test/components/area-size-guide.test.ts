import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { areaRule, classifyArea, sessionsGuidance } from '../../src/core/index.js';
import '../../src/area-size-guide.js';
import type { AreaSizeChange, AreaSizeGuide } from '../../src/area-size-guide.js';
import { currencyCode, formatPrice, priceAmount } from '../../src/components/area-size-guide/price.js';
import { captureConsole } from '../support/console.js';
import { clean, shadow } from '../support/dom.js';
import { weeksRange } from '../support/english.js';

const radios = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const checkedIndex = (el: Element) => radios(el).findIndex((radio) => radio.checked);
const result = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="result"]')!;
const resultText = (el: Element) => clean(result(el).textContent);
/** The review sentence a patient reads, with the core's range of weeks. */
const reviewSentence = () => {
  const weeks = weeksRange(sessionsGuidance.reviewFromWeeks, sessionsGuidance.reviewToWeeks);
  return `You should go to a review appointment ${weeks} after your treatment.`;
};

describe('<area-size-guide>', () => {
  const warnings = captureConsole('warn');

  it('offers three native radio buttons in a fieldset, labelled in the core hands, with nothing chosen or focused', async () => {
    const el = await fixture<AreaSizeGuide>(html`<area-size-guide></area-size-guide>`);
    const fieldset = shadow(el).querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.include('How much of your leg');
    expect(radios(el)).to.have.length(3);
    const labels = radios(el).map((radio) => clean(radio.closest('label')!.textContent));
    expect(labels).to.deep.equal([
      `Up to ${areaRule.smallAtMostHands} hand`,
      `Between ${areaRule.smallAtMostHands} and ${areaRule.largeAtLeastHands} hands`,
      `${areaRule.largeAtLeastHands} hands or more`,
    ]);
    for (const picture of shadow(el).querySelectorAll('svg.hands')) expect(picture.getAttribute('aria-hidden')).to.equal('true');
    expect(checkedIndex(el)).to.equal(-1);
    // The result is not itself a live region: only what changed is announced (see below).
    expect(result(el).getAttribute('role')).to.equal(null);
    expect(result(el).getAttribute('aria-live')).to.equal(null);
    expect(resultText(el)).to.equal('');
    expect(shadow(el).querySelector('[role="status"]')!.textContent.trim()).to.equal('');
    expect(shadow(el).activeElement).to.equal(null);
    expect(el.value).to.equal(null);
  });

  it('announces only what changed on each arrow-key move: the size, and its price', async () => {
    const el = await fixture<AreaSizeGuide>(
      html`<area-size-guide price-small="120" price-medium="180" price-large="240" currency="GBP"></area-size-guide>`,
    );
    const status = shadow(el).querySelector('[role="status"]')!;
    radios(el)[0]!.focus();
    radios(el)[0]!.click();
    await el.updateComplete;
    const announced = (): string => clean(status.textContent);
    expect(announced()).to.equal(
      `From your answer, this is a small area. The clinic's price for a small area: ${formatPrice(120, 'GBP')}.`,
    );
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(announced()).to.equal(
      `From your answer, this is a medium area. The clinic's price for a medium area: ${formatPrice(180, 'GBP')}.`,
    );
    // Not the rule, the sessions guidance or anything else of the result: well under the 333 characters it was.
    expect(announced().length).to.be.below(120);
    expect(resultText(el).length).to.be.above(announced().length);
    const plain = await fixture<AreaSizeGuide>(html`<area-size-guide></area-size-guide>`);
    radios(plain)[2]!.click();
    await plain.updateComplete;
    expect(shadow(plain).querySelector('[role="status"]')!.textContent.trim()).to.equal('From your answer, this is a large area.');
  });

  it('names the size the core gives for each choice, with the rule and the sessions guidance, on click', async () => {
    const el = await fixture<AreaSizeGuide>(html`<area-size-guide></area-size-guide>`);
    const sizes: string[] = [];
    for (const [index, radio] of radios(el).entries()) {
      const event = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
      radio.click();
      const { detail } = await event;
      await el.updateComplete;
      const expected = classifyArea(Number(radio.value));
      expect(detail).to.deep.equal(expected);
      if (!expected.ok) throw new Error('every choice is a valid number of hands');
      sizes.push(expected.size);
      expect(el.value).to.equal(expected.size);
      expect(checkedIndex(el)).to.equal(index);
      const text = resultText(el);
      expect(text).to.include(`this is a ${expected.size} area`);
      expect(text).to.include("a woman's hand");
      expect(text).to.include(clean(reviewSentence()));
      expect(text).to.include('second treatment session');
      expect(text.includes('one treatment session may be enough')).to.equal(expected.size === 'small');
      expect(shadow(el).querySelector('[part="price"]')).to.equal(null);
    }
    expect(sizes).to.deep.equal(['small', 'medium', 'large']);
  });

  it('works by keyboard: the space bar chooses the focused option and the arrow keys move the choice', async () => {
    const el = await fixture<AreaSizeGuide>(html`<area-size-guide></area-size-guide>`);
    const details: string[] = [];
    el.addEventListener('area-size-change', (event) => details.push(event.detail.size));
    /** Presses a key and waits for the change it causes (a browser may deliver it a little later). */
    const press = async (key: string) => {
      const changed = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
      await sendKeys({ press: key });
      await changed;
      await el.updateComplete;
    };
    radios(el)[0]!.focus();
    expect(shadow(el).activeElement).to.equal(radios(el)[0]);
    await press(' ');
    expect(checkedIndex(el)).to.equal(0);
    await press('ArrowRight');
    expect(checkedIndex(el)).to.equal(1);
    await press('ArrowDown');
    expect(checkedIndex(el)).to.equal(2);
    await press('ArrowLeft');
    expect(checkedIndex(el)).to.equal(1);
    expect(details).to.deep.equal(['small', 'medium', 'large', 'medium']);
    expect(resultText(el)).to.include('this is a medium area');
  });

  it('preselects the size in value without firing an event, and follows changes of value', async () => {
    let fired = 0;
    const el = await fixture<AreaSizeGuide>(
      html`<area-size-guide value=" Medium " @area-size-change=${() => (fired += 1)}></area-size-guide>`,
    );
    expect(checkedIndex(el)).to.equal(1);
    expect(resultText(el)).to.include('this is a medium area');
    el.setAttribute('value', 'large');
    await el.updateComplete;
    expect(checkedIndex(el)).to.equal(2);
    expect(resultText(el)).to.include('this is a large area');
    expect(fired).to.equal(0);
    expect(warnings).to.have.length(0);
  });

  it('fires no area-size-change on load or when the host sets value, prices or currency (like a native change event)', async () => {
    let fired = 0;
    const el = await fixture<AreaSizeGuide>(
      html`<area-size-guide value="small" price-small="120" currency="GBP" @area-size-change=${() => (fired += 1)}></area-size-guide>`,
    );
    el.value = 'large';
    el.priceLarge = '240';
    el.currency = 'EUR';
    await el.updateComplete;
    expect(checkedIndex(el)).to.equal(2);
    expect(shadow(el).querySelector('[part="price"]')!.textContent).to.include('240');
    el.value = null;
    el.priceSmall = null;
    await el.updateComplete;
    expect(checkedIndex(el)).to.equal(-1);
    expect(fired).to.equal(0);
    radios(el)[0]!.click();
    expect(fired).to.equal(1);
  });

  it('shows the clinic price of the chosen size and puts it in the event', async () => {
    const el = await fixture<AreaSizeGuide>(
      html`<area-size-guide price-small="120" price-medium="180.5" currency="gbp"></area-size-guide>`,
    );
    let event = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
    radios(el)[0]!.click();
    expect((await event).detail).to.deep.equal({ ok: true, hands: areaRule.smallAtMostHands, size: 'small', price: 120, currency: 'GBP' });
    await el.updateComplete;
    expect(clean(shadow(el).querySelector('[part="price"]')!.textContent)).to.equal("The clinic's price for a small area: £120.");
    event = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
    radios(el)[1]!.click();
    expect((await event).detail).to.include({ size: 'medium', price: 180.5, currency: 'GBP' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="price"]')!.textContent).to.include('£180.50');
    event = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
    radios(el)[2]!.click();
    const { detail } = await event;
    expect(detail).to.not.have.property('price');
    expect(detail).to.not.have.property('currency');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="price"]')).to.equal(null);
    expect(warnings).to.have.length(0);
  });

  it('formats prices in en-GB and de-DE, and in the active locale (en-GB) by default', () => {
    expect(formatPrice(120, 'GBP', 'en-GB')).to.equal('£120');
    expect(formatPrice(1250.5, 'GBP', 'en-GB')).to.equal('£1,250.50');
    expect(clean(formatPrice(120, 'EUR', 'de-DE'))).to.equal('120 €');
    expect(clean(formatPrice(1250.5, 'EUR', 'de-DE'))).to.equal('1.250,50 €');
    expect(clean(formatPrice(99.5, 'GBP', 'de-DE'))).to.equal('99,50 £');
    expect(formatPrice(1250.5, 'GBP')).to.equal('£1,250.50');
  });

  it('reads prices and currencies the way an editor types them, and refuses anything else', () => {
    expect(priceAmount(' 120 ')).to.equal(120);
    expect(priceAmount('99.50')).to.equal(99.5);
    for (const bad of ['£120', '1,200', '-5', '12.345', 'abc', '', '1e3', null]) expect(priceAmount(bad), String(bad)).to.equal(undefined);
    expect(currencyCode('eur')).to.equal('EUR');
    expect(currencyCode(' GBP ')).to.equal('GBP');
    for (const bad of ['pounds', '£', 'XQZ', 'GB', '', null]) expect(currencyCode(bad), String(bad)).to.equal(undefined);
  });

  it('leaves out an invalid price with one warning and a message, and keeps the valid ones', async () => {
    const el = await fixture<AreaSizeGuide>(
      html`<area-size-guide price-small="£120" price-medium="180" currency="GBP" value="small"></area-size-guide>`,
    );
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('prices could not be read');
    expect(shadow(el).querySelector('[part="price"]')).to.equal(null);
    el.requestUpdate();
    await el.updateComplete;
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="price"]')!.textContent).to.include('£180');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.include('price-small');
  });

  it('leaves out every price, with one warning, when the currency is invalid or missing', async () => {
    for (const template of [
      html`<area-size-guide price-small="120" currency="pounds"></area-size-guide>`,
      html`<area-size-guide price-small="120"></area-size-guide>`,
    ]) {
      warnings.length = 0;
      const el = await fixture<AreaSizeGuide>(template);
      const event = oneEvent<CustomEvent<AreaSizeChange>>(el, 'area-size-change');
      radios(el)[0]!.click();
      expect((await event).detail).to.not.have.property('price');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="price"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="message"]')).to.not.equal(null);
      expect(resultText(el)).to.include('this is a small area');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.include('currency');
    }
  });

  it('warns once for an unknown value, shows a message as text, chooses nothing, and recovers on a choice', async () => {
    const el = await fixture<AreaSizeGuide>(html`<area-size-guide value="<b>huge</b>"></area-size-guide>`);
    expect(checkedIndex(el)).to.equal(-1);
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('not recognised');
    expect(shadow(el).querySelector('b')).to.equal(null);
    expect(resultText(el)).to.equal('');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.include('value');
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="message"]')).to.equal(null);
    expect(resultText(el)).to.include('this is a large area');
  });

  it('fits 320 px, left to right and right to left, with every control at least 24 by 24 px', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="width: 320px">
          <area-size-guide value="small" price-small="1250.50" currency="GBP"></area-size-guide>
        </div>`,
      );
      const el = wrapper.querySelector('area-size-guide')!;
      const box = el.getBoundingClientRect();
      expect(box.width, dir).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('fieldset')!.scrollWidth, dir).to.be.at.most(box.width);
      for (const radio of radios(el)) {
        const r = radio.closest('label')!.getBoundingClientRect();
        const own = radio.getBoundingClientRect();
        expect(own.width >= 24 && own.height >= 24, `${dir} radio`).to.equal(true);
        expect(r.left >= box.left - 1 && r.right <= box.right + 1, `${dir} choice inside`).to.equal(true);
      }
    }
  });

  it('passes axe before a choice, after a choice with a price, and with invalid attributes', async () => {
    const el = await fixture<AreaSizeGuide>(
      html`<area-size-guide
        price-small="120"
        currency="GBP"
        heading-level="3"
        reviewed-by="Dr A. Patel"
        reviewed-on="2026-01-15"
      ></area-size-guide>`,
    );
    await expect(el).to.be.accessible();
    radios(el)[0]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('gives the review appointment as the leaflet range of weeks after the treatment, written by Intl', async () => {
    const el = await fixture<AreaSizeGuide>(html`<area-size-guide value="large"></area-size-guide>`);
    expect([sessionsGuidance.reviewFromWeeks, sessionsGuidance.reviewToWeeks]).to.deep.equal([4, 6]);
    const sentences = [...result(el).querySelectorAll('li')].map((li) => clean(li.textContent));
    expect(sentences).to.include(clean(reviewSentence()));
    expect(resultText(el)).to.not.include('4 to 6');
  });

  // The heading level and the governance footer: shared-pieces.test.ts.

  it('passes axe with invalid attributes', async () => {
    const el = await fixture<AreaSizeGuide>(html`<area-size-guide value="huge" price-large="lots"></area-size-guide>`);
    expect(shadow(el).querySelector('[part="message"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
