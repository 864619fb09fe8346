import { expect, fixture, html } from '@open-wc/testing';
import { FormValue, jsonFormValue } from '../../src/components/suitability-checker/form-value.js';

// FormValue on its own, in a minimal form-associated element: what a form submits and when it refuses.
class FormValueProbe extends HTMLElement {
  static readonly formAssociated = true;
  readonly formValue = new FormValue(this);
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

describe('FormValue (suitability-checker form association)', () => {
  it('submits its value under the host name and nothing when the value is null', async () => {
    const { form, probe } = await setup();
    expect(probe.formValue.form).to.equal(form);
    probe.formValue.update(jsonFormValue({ answers: { tamoxifen: 'no' } }));
    expect(new FormData(form).get('probe')).to.equal('{"answers":{"tamoxifen":"no"}}');
    probe.formValue.update(null);
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
    probe.formValue.update('{}', { message: 'Answer every question.', anchor });
    expect(probe.formValue.willValidate).to.equal(true);
    expect(probe.formValue.validity.valueMissing).to.equal(true);
    expect(probe.formValue.validationMessage).to.equal('Answer every question.');
    expect(probe.formValue.checkValidity()).to.equal(false);
    form.requestSubmit();
    expect(submitted).to.equal(0);
    probe.formValue.update('{}');
    expect(probe.formValue.validity.valid).to.equal(true);
    expect(probe.formValue.validationMessage).to.equal('');
    expect(probe.formValue.reportValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('accepts a problem without an anchor, or with one that is not connected', async () => {
    const { probe } = await setup();
    probe.formValue.update('{}', { message: 'Incomplete.' });
    expect(probe.formValue.validity.valid).to.equal(false);
    probe.formValue.update('{}', { message: 'Incomplete.', anchor: document.createElement('button') });
    expect(probe.formValue.validationMessage).to.equal('Incomplete.');
  });
});
