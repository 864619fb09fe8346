import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { FormAssociated, type FormProblem } from '../../src/internal/form-associated.js';
import { MscElement } from '../../src/internal/msc-element.js';

// The FormAssociated mixin on its own (the suitability checker is the element that uses it), in a
// minimal element whose hooks the tests set: what a form submits, when it refuses, reset and disabled.
class FormProbe extends FormAssociated(MscElement) {
  value: string | null = '{}';
  problem: FormProblem | undefined;
  resets = 0;

  /** `formDisabled`, as the tests read it. */
  get disabledByForm(): boolean {
    return this.formDisabled;
  }

  protected override configure(): object {
    return {};
  }

  protected override formValue(): string | null {
    return this.value;
  }

  protected override formProblem(): FormProblem | undefined {
    return this.problem;
  }

  protected override formReset(): void {
    this.resets += 1;
    this.value = null;
    this.requestUpdate();
  }

  override render(): TemplateResult {
    return litHtml`<button type="button" ?disabled=${this.formDisabled}>Inside</button>`;
  }
}
customElements.define('msc-form-probe', FormProbe);

const setup = async (name: string | null = 'probe') => {
  const form = await fixture<HTMLFormElement>(
    name === null
      ? html`<form><msc-form-probe></msc-form-probe></form>`
      : html`<form><msc-form-probe name=${name}></msc-form-probe></form>`,
  );
  const probe = form.querySelector<FormProbe>('msc-form-probe')!;
  await probe.updateComplete;
  return { form, probe };
};

/** Counts the form's submissions (each prevented, so the page stays). */
function countSubmits(form: HTMLFormElement): () => number {
  let submitted = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted += 1;
  });
  return () => submitted;
}

/** Sets the probe's value and problem and waits for the update that hands them to the form. */
async function set(probe: FormProbe, value: string | null, problem?: FormProblem): Promise<void> {
  probe.value = value;
  probe.problem = problem;
  probe.requestUpdate();
  await probe.updateComplete;
}

describe('FormAssociated (form association for an element of the library)', () => {
  it('is a form control with a reflected name, and its form', async () => {
    const { form, probe } = await setup();
    expect((FormProbe as unknown as { formAssociated: unknown }).formAssociated).to.equal(true);
    expect(probe.form).to.equal(form);
    expect(probe.name).to.equal('probe');
    probe.name = 'renamed';
    await probe.updateComplete;
    expect(probe.getAttribute('name')).to.equal('renamed');
  });

  it('submits formValue() under its name after an update, and nothing when it is null', async () => {
    const { form, probe } = await setup();
    expect(new FormData(form).get('probe')).to.equal('{}');
    await set(probe, '{"answers":{"tamoxifen":"no"}}');
    expect(new FormData(form).get('probe')).to.equal('{"answers":{"tamoxifen":"no"}}');
    await set(probe, null);
    expect(new FormData(form).has('probe')).to.equal(false);
  });

  it('is invalid with the message of formProblem(), so the form does not submit, and valid again without one', async () => {
    const { form, probe } = await setup();
    const submitted = countSubmits(form);
    const anchor = probe.shadowRoot!.querySelector('button')!;
    await set(probe, '{}', { message: 'Answer every question.', anchor });
    expect(probe.validity.valueMissing).to.equal(true);
    expect(probe.validationMessage).to.equal('Answer every question.');
    expect(probe.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    form.requestSubmit();
    expect(submitted()).to.equal(0);
    await set(probe, '{}');
    expect(probe.validity.valid).to.equal(true);
    expect(probe.validationMessage).to.equal('');
    expect(probe.reportValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted()).to.equal(1);
  });

  it('accepts a problem without an anchor, or with one that is not connected', async () => {
    const { probe } = await setup();
    await set(probe, '{}', { message: 'Incomplete.' });
    expect(probe.validity.valid).to.equal(false);
    await set(probe, '{}', { message: 'Incomplete.', anchor: document.createElement('button') });
    expect(probe.validationMessage).to.equal('Incomplete.');
  });

  it('without a name submits nothing and never blocks the form, whatever formProblem() says', async () => {
    const { form, probe } = await setup(null);
    await set(probe, '{}', { message: 'Incomplete.' });
    expect(probe.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('calls formReset() when the form is reset, and submits the value it leaves', async () => {
    const { form, probe } = await setup();
    form.reset();
    await probe.updateComplete;
    expect(probe.resets).to.equal(1);
    expect(new FormData(form).has('probe')).to.equal(false);
  });

  it('sets formDisabled while a disabled fieldset is around it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Booking</legend>
          <msc-form-probe name="probe"></msc-form-probe>
        </fieldset>
      </form>`,
    );
    const probe = form.querySelector<FormProbe>('msc-form-probe')!;
    await probe.updateComplete;
    expect(probe.disabledByForm).to.equal(true);
    expect(probe.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await probe.updateComplete;
    expect(probe.disabledByForm).to.equal(false);
    expect(probe.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
  });
});
