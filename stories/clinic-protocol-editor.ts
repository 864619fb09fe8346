// <clinic-protocol-editor>: the "Your clinic's protocol" page of Storybook (a story-only element, not
// part of the library). A form with every setting of a clinic protocol, starting from the leaflet's
// values; the live elements beside it, each given the protocol through its `protocol` property;
// parseProtocol's errors, with their paths, under the fields and in a summary; and the block to paste.
// The settings and the block are in clinic-protocol-form.ts.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../src/index.js';
import { parseProtocol, type ProtocolError, type ProtocolResult } from '../src/core/protocol.js';
import { leafletProtocol, suitabilityQuestions } from '../src/core/rules.js';
import { baseStyles } from '../src/internal/base-styles.js';
import { editorStyles } from './clinic-protocol-editor.styles.js';
import { currentDirection, LOCALE_CHANGE_EVENT } from '../src/internal/localization.js';
import {
  ALWAYS_ASKED,
  concerns,
  FACE_NONE,
  leafletHint,
  placeOf,
  protocolBlock,
  protocolFrom,
  questionKey,
  questionLabels,
  receivedText,
  sections,
  valuesFrom,
  type Setting,
  type Values,
} from './clinic-protocol-form.js';

/** An id for a path or control key, unique in the editor's shadow root. */
const idOf = (key: string): string => `f-${key.replace(/[^a-zA-Z0-9]+/g, '-')}`;
const errorIdOf = (place: string): string => `${idOf(place)}-error`;

/** Each control of the form: the path its errors are found by and its id, in the form's order (for the summary's links). */
function controlsOf(setting: Setting): { path: string; id: string }[] {
  const { path } = setting;
  switch (setting.kind) {
    case 'text':
    case 'number':
      return [{ path, id: idOf(path) }];
    case 'yes-no':
      return [{ path, id: `${idOf(path)}-yes` }];
    case 'duration':
      return [
        { path: `${path}.amount`, id: idOf(`${path}.amount`) },
        ...(setting.units.length > 1 ? [{ path: `${path}.unit`, id: idOf(`${path}.unit`) }] : []),
      ];
    case 'questions':
      return suitabilityQuestions.filter((q) => q.id !== ALWAYS_ASKED).map((q) => ({ path, id: idOf(questionKey(q.id)) }));
    case 'face':
      return [{ path, id: `${idOf(path)}-offered` }];
    case 'group':
      return setting.settings.flatMap(controlsOf);
  }
}
const controls = sections.flatMap((section) => section.settings.flatMap(controlsOf));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export class ClinicProtocolEditor extends LitElement {
  static override styles = [baseStyles, editorStyles];

  /** The protocol the form starts from: any object shaped like one (the leaflet's when left out). */
  @property({ attribute: false }) start: unknown = undefined;

  /** What the editor typed or chose. */
  @state() private _values: Values = valuesFrom();

  /** What the Copy button last did. */
  @state() private _copied = '';

  /** The protocol the form makes, checked, the block to paste, and what the elements are given. */
  private _protocol: Record<string, unknown> = {};
  private _result: ProtocolResult = parseProtocol({});
  private _errors = new Map<string, ProtocolError[]>();
  private _block = '';
  private _preview: object = leafletProtocol;

  private readonly _onLocaleChange = (): void => {
    if (currentDirection() === 'rtl') this.setAttribute('dir', 'rtl');
    else this.removeAttribute('dir');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LOCALE_CHANGE_EVENT, this._onLocaleChange);
    this._onLocaleChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_CHANGE_EVENT, this._onLocaleChange);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('start')) this._values = valuesFrom(this.start ?? leafletProtocol);
    if (this.hasUpdated && !changed.has('start') && !changed.has('_values')) return;
    this._protocol = protocolFrom(this._values);
    this._result = parseProtocol(this._protocol);
    this._errors = new Map();
    for (const error of this._result.ok ? [] : this._result.errors) {
      const place = placeOf(error);
      this._errors.set(place, [...(this._errors.get(place) ?? []), error]);
    }
    const block = protocolBlock(this._protocol);
    if (block !== this._block) this._copied = '';
    this._block = block;
    // A protocol that cannot be read goes to the elements as it is: they show what a page with it would.
    this._preview = this._result.ok ? this._result.protocol : this._protocol;
  }

  private readonly _onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const key = target.dataset.key;
    if (!key) return;
    let value: string | boolean = target.value;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') value = target.checked;
    else if (target instanceof HTMLInputElement && target.type === 'radio') value = target.value === 'true';
    if (this._values[key] !== value) this._values = { ...this._values, [key]: value };
  };

  private readonly _noSubmit = (event: Event): void => {
    event.preventDefault();
  };

  private readonly _reset = (): void => {
    this._values = valuesFrom(leafletProtocol);
  };

  private readonly _copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this._block);
      this._copied = 'Copied. Paste it once into your page, before or after the elements.';
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this._copied = 'Your browser did not let the page copy. The block is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
    }
  };

  private readonly _focus = (event: Event): void => {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };

  private readonly _show = (event: Event): void => {
    const tag = (event.currentTarget as HTMLButtonElement).value;
    this.renderRoot.querySelector(tag)?.scrollIntoView({ block: 'start' });
  };

  /** Whether an error concerns the control (at `path`). */
  private _invalid(path: string): boolean {
    return [...this._errors.values()].flat().some((error) => concerns(error.path, path));
  }

  /** The ids that describe a control: its hints, then the messages of the errors that concern it. */
  private _describedBy(path: string, ...hints: (string | false)[]): string {
    const errors = [...this._errors]
      .filter(([, list]) => list.some((error) => concerns(error.path, path)))
      .map(([place]) => errorIdOf(place));
    return [...hints.filter((hint): hint is string => hint !== false), ...errors].join(' ');
  }

  private _message(error: ProtocolError): TemplateResult {
    const received = receivedText(error.received);
    return html`<code>${error.path || '(the protocol)'}</code>: expected ${error.expected}${received ? `; received ${received}` : ''}.`;
  }

  /** parseProtocol's errors shown at a place of the form (a setting, group or section). */
  private _errorsAt(place: string): TemplateResult | typeof nothing {
    const errors = this._errors.get(place);
    if (!errors) return nothing;
    return html`<div class="error" id=${errorIdOf(place)}>
      ${errors.map((error) => html`<p><span class="visually-hidden">Problem: </span>${this._message(error)}</p>`)}
    </div>`;
  }

  private _text(key: string): string {
    const value = this._values[key];
    return typeof value === 'string' ? value : '';
  }

  private _setting(setting: Setting): TemplateResult {
    const { path } = setting;
    const id = idOf(path);
    const hint = leafletHint(setting);
    switch (setting.kind) {
      case 'text':
      case 'number': {
        const hints = [setting.hint, setting.kind === 'number' ? hint : undefined].filter(Boolean).join(' ');
        return html`<div class="field">
          <label for=${id}>${setting.label}${setting.kind === 'number' ? ` (${setting.unit})` : ''}</label>
          ${hints ? html`<p class="hint" id=${`${id}-hint`}>${hints}</p>` : nothing} ${this._errorsAt(path)}
          <input
            id=${id}
            type="text"
            class=${setting.kind === 'number' ? 'amount' : ''}
            inputmode=${setting.kind === 'number' ? 'decimal' : 'text'}
            autocomplete="off"
            spellcheck="false"
            data-key=${path}
            .value=${this._text(path)}
            aria-describedby=${this._describedBy(path, !!hints && `${id}-hint`) || nothing}
            aria-invalid=${this._invalid(path) ? 'true' : nothing}
          />
        </div>`;
      }
      case 'yes-no':
        return html`<fieldset>
          <legend>${setting.label}</legend>
          ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${this._errorsAt(path)}
          ${[true, false].map(
            (choice) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  id=${`${id}-${choice ? 'yes' : 'no'}`}
                  name=${id}
                  value=${String(choice)}
                  data-key=${path}
                  .checked=${this._values[path] === choice}
                  aria-describedby=${this._describedBy(path, !!hint && `${id}-hint`) || nothing}
                  aria-invalid=${this._invalid(path) ? 'true' : nothing}
                />${choice ? 'Yes' : 'No'}</label
              >`,
          )}
        </fieldset>`;
      case 'duration': {
        const amount = `${path}.amount`;
        const unit = `${path}.unit`;
        return html`<fieldset>
          <legend>${setting.label}</legend>
          ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${this._errorsAt(path)}
          <div class="inline">
            <div>
              <label for=${idOf(amount)}>Amount</label>
              <input
                id=${idOf(amount)}
                type="text"
                class="amount"
                inputmode="numeric"
                autocomplete="off"
                data-key=${amount}
                .value=${this._text(amount)}
                aria-describedby=${this._describedBy(amount, !!hint && `${id}-hint`) || nothing}
                aria-invalid=${this._invalid(amount) ? 'true' : nothing}
              />
            </div>
            ${
              setting.units.length > 1
                ? html`<div>
                    <label for=${idOf(unit)}>Unit</label>
                    <select
                      id=${idOf(unit)}
                      data-key=${unit}
                      aria-describedby=${this._describedBy(unit) || nothing}
                      aria-invalid=${this._invalid(unit) ? 'true' : nothing}
                    >
                      ${setting.units.map((u) => html`<option value=${u} ?selected=${this._text(unit) === u}>${u}</option>`)}
                    </select>
                  </div>`
                : html`<span class="unit">${setting.units[0]}</span>`
            }
          </div>
        </fieldset>`;
      }
      case 'questions':
        return html`<fieldset>
          <legend>${setting.label}</legend>
          <p class="hint" id=${`${id}-hint`}>
            Untick a question your clinic does not need, such as Disulfiram when your sclerosant has no alcohol. The question about the face
            is always asked.
          </p>
          ${this._errorsAt(path)}
          <ul class="choices">
            ${suitabilityQuestions.map(({ id: question }) => {
              const key = questionKey(question);
              return html`<li>
                <label class="choice"
                  ><input
                    type="checkbox"
                    id=${idOf(key)}
                    data-key=${key}
                    .checked=${this._values[key] === true}
                    ?disabled=${question === ALWAYS_ASKED}
                    aria-describedby=${this._describedBy(path, question === ALWAYS_ASKED && `${id}-hint`) || nothing}
                    aria-invalid=${this._invalid(path) ? 'true' : nothing}
                  />${questionLabels[question]}</label
                >
              </li>`;
            })}
          </ul>
        </fieldset>`;
      case 'face': {
        const none = this._values[FACE_NONE] === true;
        return html`<fieldset>
          <legend>${setting.label}</legend>
          <p class="hint" id=${`${id}-hint`}>
            The checker names it to a patient who has thread veins on the face. ${hint} Microsclerotherapy itself is never offered for the
            face.
          </p>
          ${this._errorsAt(path)}
          ${[false, true].map(
            (choice) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  id=${`${id}-${choice ? 'none' : 'offered'}`}
                  name=${FACE_NONE}
                  value=${String(choice)}
                  data-key=${FACE_NONE}
                  .checked=${none === choice}
                  aria-describedby=${this._describedBy(path, `${id}-hint`)}
                  aria-invalid=${this._invalid(path) ? 'true' : nothing}
                />${choice ? 'No: name none' : 'Yes'}</label
              >`,
          )}
          ${
            none
              ? nothing
              : html`<div class="field">
                  <label for=${id}>The treatment's name</label>
                  <input
                    id=${id}
                    type="text"
                    autocomplete="off"
                    data-key=${path}
                    .value=${this._text(path)}
                    aria-describedby=${this._describedBy(path) || nothing}
                    aria-invalid=${this._invalid(path) ? 'true' : nothing}
                  />
                </div>`
          }
        </fieldset>`;
      }
      case 'group':
        return html`<fieldset>
          <legend>${setting.label}</legend>
          ${this._errorsAt(path)} ${setting.settings.map((inner) => this._setting(inner))}
        </fieldset>`;
    }
  }

  private _summary(): TemplateResult | typeof nothing {
    if (this._result.ok) return nothing;
    const { errors } = this._result;
    return html`<div class="summary" aria-labelledby="summary-h">
      <h3 id="summary-h">This protocol has ${plural(errors.length, 'problem', 'problems')}</h3>
      <ul>
        ${errors.map((error) => {
          const target = controls.find((control) => concerns(error.path, control.path));
          return html`<li>
            ${target ? html`<a href=${`#${target.id}`} @click=${this._focus}>${this._message(error)}</a>` : this._message(error)}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private _status(): string {
    if (this._result.ok) return 'No problems: the elements follow this protocol.';
    const count = plural(this._result.errors.length, 'problem', 'problems');
    return `${count}: a page with this block shows no treatment settings, as below, until the protocol is fixed.`;
  }

  override render(): TemplateResult {
    const lines = this._block.split('\n').length;
    const protocol = this._preview;
    return html`<div class="layout" lang="en-GB">
      <div class="settings" dir="ltr">
        <h2>Your clinic's settings</h2>
        <p>
          Every setting starts at the leaflet's value. Change only what your clinic does differently; the elements beside the form follow as
          you type. Warning signs and the statement that the self-check is not a medical assessment are not settings: no protocol can change
          them.
        </p>
        ${this._summary()}
        <form novalidate @input=${this._onInput} @change=${this._onInput} @submit=${this._noSubmit}>
          ${sections.map(
            (section) =>
              html`<fieldset>
                <legend>${section.title}</legend>
                ${section.intro ? html`<p class="hint">${section.intro}</p>` : nothing}
                ${section.path ? this._errorsAt(section.path) : nothing} ${section.settings.map((setting) => this._setting(setting))}
              </fieldset>`,
          )}
          <div class="actions">
            <button type="button" class="secondary" @click=${this._reset}>Start again from the leaflet's values</button>
          </div>
        </form>
        <section aria-labelledby="block-h">
          <h3 id="block-h">The block to paste into your page</h3>
          <p id="block-hint">
            It holds the identity and only the settings that differ from the leaflet's; every setting it leaves out stays the leaflet's.
            Paste it once per page: every element on the page follows it.
          </p>
          <label for="block">Your protocol block (read only)</label>
          <textarea
            id="block"
            readonly
            rows=${Math.min(lines + 1, 30)}
            spellcheck="false"
            aria-describedby="block-hint block-state"
            .value=${this._block}
          ></textarea>
          <p id="block-state" class=${this._result.ok ? 'hint' : 'error'}>
            ${
              this._result.ok
                ? 'parseProtocol reads this block without a problem.'
                : `Fix the ${plural(this._result.errors.length, 'problem', 'problems')} above first: an element given this block shows no treatment settings.`
            }
          </p>
          <div class="actions">
            <button type="button" @click=${this._copy}>Copy</button>
            <span role="status">${this._copied}</span>
          </div>
        </section>
      </div>
      <div class="preview" role="region" aria-labelledby="preview-h" tabindex="0">
        <div dir="ltr">
          <h2 id="preview-h">Preview</h2>
          <p role="status" class=${`status ${this._result.ok ? 'ok' : 'problem'}`}>${this._status()}</p>
          <div class="actions" role="group" aria-label="Show in the preview">
            ${[
              ['suitability-checker', 'Questions'],
              ['area-size-guide', 'Area'],
              ['preparation-checklist', 'Preparation'],
              ['aftercare-timeline', 'Aftercare'],
              ['complications-list', 'Complications'],
            ].map(([tag, label]) => html`<button type="button" class="secondary" value=${tag!} @click=${this._show}>${label}</button>`)}
          </div>
        </div>
        <suitability-checker
          heading-level="3"
          mode="list"
          clinic-name="Your clinic"
          today="2026-03-10"
          .protocol=${protocol}
        ></suitability-checker>
        <area-size-guide heading-level="3" value="medium" .protocol=${protocol}></area-size-guide>
        <preparation-checklist
          heading-level="3"
          appointment-date="2026-04-02"
          appointment-time="10:30"
          .protocol=${protocol}
        ></preparation-checklist>
        <aftercare-timeline heading-level="3" treatment-date="2026-03-27" today="2026-03-30" .protocol=${protocol}></aftercare-timeline>
        <complications-list heading-level="3" .protocol=${protocol}></complications-list>
      </div>
    </div>`;
  }
}

/**
 * Registers <clinic-protocol-editor> (once). A function the story calls, not a side effect of the
 * import: package.json's `sideEffects` does not list stories/, so the build would drop a bare import.
 */
export function defineClinicProtocolEditor(): void {
  if (!customElements.get('clinic-protocol-editor')) customElements.define('clinic-protocol-editor', ClinicProtocolEditor);
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-protocol-editor': ClinicProtocolEditor;
  }
}
