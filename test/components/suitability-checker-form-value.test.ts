import { expect, fixture, html } from '@open-wc/testing';
import { jsonFormValue, setFormValue } from '../../src/components/suitability-checker/form-value.js';

// setFormValue on its own, in a minimal form-associated element: what a form submits and when it refuses.
class FormValueProbe extends HTMLElement {
  static readonly formAssociated = true;
  readonly internals = this.attachInternals();
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button">Inside</button>';
  }
}
customElements.define('msc-form-value-probe', FormValueProbe);

const setup = async () => {
  const form = await fixture<HTMLFormElement>(html`<form><msc-form-value-probe name="probe"></msc-form-value-probe></form>`);
  return { form, probe: form.querySelector<FormValueProbe>('msc-form-value-probe')! };
};

describe('setFormValue (suitability-checker form association)', () => {
  it('submits its value under the host name and nothing when the value is null', async () => {
    const { form, probe } = await setup();
    expect(probe.internals.form).to.equal(form);
    setFormValue(probe.internals, jsonFormValue({ answers: { tamoxifen: 'no' } }));
    expect(new FormData(form).get('probe')).to.equal('{"answers":{"tamoxifen":"no"}}');
    setFormValue(probe.internals, null);
    expect(new FormData(form).has('probe')).to.equal(false);
  });

  it('is invalid with the message it is given, so the form does not submit, and valid again without a problem', async () => {
    const { form, probe } = await setup();
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    const anchor = probe.shadowRoot!.querySelector('button')!;
    setFormValue(probe.internals, '{}', { message: 'Answer every question.', anchor });
    expect(probe.internals.willValidate).to.equal(true);
    expect(probe.internals.validity.valueMissing).to.equal(true);
    expect(probe.internals.validationMessage).to.equal('Answer every question.');
    expect(probe.internals.checkValidity()).to.equal(false);
    form.requestSubmit();
    expect(submitted).to.equal(0);
    setFormValue(probe.internals, '{}');
    expect(probe.internals.validity.valid).to.equal(true);
    expect(probe.internals.validationMessage).to.equal('');
    expect(probe.internals.reportValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('accepts a problem without an anchor, or with one that is not connected', async () => {
    const { probe } = await setup();
    setFormValue(probe.internals, '{}', { message: 'Incomplete.' });
    expect(probe.internals.validity.valid).to.equal(false);
    setFormValue(probe.internals, '{}', { message: 'Incomplete.', anchor: document.createElement('button') });
    expect(probe.internals.validationMessage).to.equal('Incomplete.');
  });
});
