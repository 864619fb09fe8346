/**
 * The bad-input matrix: every attribute of every element (read from the element classes) with
 * empty, whitespace, wrong-type, out-of-range and huge (1 MB) values, and every property set from
 * script to a value of the wrong type. No exception reaches the page, no element renders empty, and
 * each bad attribute warns at most once per element (exactly once where the value is refused).
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import { captureConsole } from '../support/console.js';
import { TAGS, attributesOf, headingText, installTraps, settle, shadowText } from './support.js';

const MB = 2 ** 20;

/** The matrix of values, by kind. */
export const BAD_VALUES: Readonly<Record<string, string>> = {
  empty: '',
  whitespace: ' \t\n\u00A0 ',
  'wrong type: word': 'abc',
  'wrong type: number': '12',
  'wrong type: boolean': 'true',
  'wrong type: JSON': '{"a":1}',
  'wrong type: object': '[object Object]',
  'wrong type: null': 'null',
  'wrong type: NaN': 'NaN',
  'out of range: 0': '0',
  'out of range: 7': '7',
  'out of range: negative': '-1',
  'out of range: huge number': '1e309',
  'out of range: 30 February': '2026-02-30',
  'out of range: month 13': '2026-13-01',
  'out of range: year 0': '0000-01-01',
  'out of range: year 99999': '99999-01-01',
  'out of range: 24:00': '24:00',
  'out of range: 12:60': '12:60',
  'out of range: price with 3 decimals': '99.999',
  'out of range: 10 digit price': '1000000000',
  'huge: 1 MB of letters': 'x'.repeat(MB),
  'huge: 1 MB of digits': '9'.repeat(MB),
  'huge: 1 MB of dates': '2026-03-01'.repeat(MB / 10),
  'huge: 1 MB of markup': '<b>'.repeat(MB / 3),
};

/** A value every checked attribute must refuse: not a date, keyword, number, phone number, URL or time. */
const REFUSED = 'not valid: <x>';

/** Free text (shown as given) and flags have no wrong value; every other attribute is checked. */
const FREE_TEXT = new Set(['reviewed-by', 'clinic-name', 'face-alternative', 'emergency-text', 'name']);

/** Values of the wrong type set from script (a framework that sets properties, not attributes). */
const WRONG_TYPES: readonly unknown[] = [42, 0, true, false, Number.NaN, {}, [], ['small'], undefined, () => 'x', new Date(0)];

const warningsFor = (calls: unknown[][], tag: string, attribute: string) =>
  calls.filter((args) => String(args[0]).startsWith(`<${tag}>: the ${attribute} attribute is not valid`));

/**
 * The element still shows its heading and its content: it never goes blank. A protocol that cannot be
 * read is the one exception to "its content": the element then says so in place of numbers that may be
 * wrong for the clinic (test/components/protocol.test.ts).
 */
function expectNotEmpty(el: Element, what: string, protocolRefused = false): void {
  expect(headingText(el), `${what}: heading`).to.not.equal('');
  const problem = el.shadowRoot?.querySelector('[part="protocol-problem"]');
  if (protocolRefused) expect(problem?.textContent, `${what}: the message`).to.match(/treatment settings could not be read/);
  else expect(shadowText(el).length, `${what}: content`).to.be.greaterThan(200);
}

/** Renders the element again a few times (another attribute, a forced update), as a live page would. */
async function rerender(el: Element): Promise<void> {
  for (const value of ['A. Editor', 'B. Editor']) {
    el.setAttribute('reviewed-by', value);
    await settle(el);
  }
  (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
  await settle(el);
}

describe('bad input in every attribute of every element', () => {
  const traps = installTraps();
  const warnings = captureConsole('warn');
  afterEach(() => {
    fixtureCleanup();
  });

  it('the matrix has empty, whitespace, wrong-type, out-of-range and 1 MB values', () => {
    const kinds = Object.keys(BAD_VALUES).map((k) => k.split(':')[0]);
    expect(new Set(kinds)).to.deep.equal(new Set(['empty', 'whitespace', 'wrong type', 'out of range', 'huge']));
    expect(Object.values(BAD_VALUES).filter((v) => v.length >= MB - 10)).to.have.length(4);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const { name: attribute, property } of attributesOf(tag)) {
        it(`${attribute}: no exception, never blank, at most one warning per element`, async () => {
          for (const [kind, value] of Object.entries(BAD_VALUES)) {
            const before = warnings.length;
            const el = document.createElement(tag);
            el.setAttribute(attribute, value);
            await fixture(el);
            await settle(el);
            await rerender(el);
            expectNotEmpty(el, `${attribute}=${kind}`, attribute === 'protocol' && value.trim() !== '');
            expect(warningsFor(warnings.slice(before), tag, attribute).length, `${attribute}=${kind}`).to.be.at.most(1);
            el.remove();
          }
          expect(traps.hits).to.deep.equal([]);
          expect(property).to.be.a('string');
        });

        if (!FREE_TEXT.has(attribute) && !attributesOf(tag).find((a) => a.name === attribute)?.boolean) {
          it(`${attribute}: a refused value warns exactly once, naming the element, the attribute and the expected form`, async () => {
            const el = document.createElement(tag);
            el.setAttribute(attribute, REFUSED);
            await fixture(el);
            await rerender(el);
            const mine = warningsFor(warnings, tag, attribute);
            expect(mine, `${tag} ${attribute}`).to.have.length(1);
            expect(String(mine[0]![0])).to.match(/; expected .+\.$/);
            expectNotEmpty(el, attribute, attribute === 'protocol');
            expect(traps.hits).to.deep.equal([]);
          });
        }

        it(`${property} property: values of the wrong type set from script never throw or blank the element`, async () => {
          for (const value of WRONG_TYPES) {
            const before = warnings.length;
            const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
            el[property] = value;
            await fixture(el);
            await settle(el);
            await rerender(el);
            expectNotEmpty(el, `${property}=${String(value)}`, property === 'protocol' && value !== undefined);
            expect(warningsFor(warnings.slice(before), tag, attribute).length, `${property}=${String(value)}`).to.be.at.most(1);
            el.remove();
          }
          expect(traps.hits).to.deep.equal([]);
        });
      }
    });
  }

  it('every element with every attribute bad at once still renders, one warning per attribute at most', async () => {
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      for (const { name } of attributesOf(tag)) el.setAttribute(name, REFUSED);
      await fixture(el);
      await rerender(el);
      expectNotEmpty(el, tag, true);
      for (const { name } of attributesOf(tag)) expect(warningsFor(warnings, tag, name).length, `${tag} ${name}`).to.be.at.most(1);
      el.remove();
    }
    expect(traps.hits).to.deep.equal([]);
  });
});
