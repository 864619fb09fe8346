// The writing direction of every shipped locale: the runtime (src/internal/localization.ts) lays the
// elements out right to left for the locales in its `rightToLeft` set, so a right-to-left language
// added to lit-localize.json but not to that set would ship with its words laid out left to right.
// For each target locale, the direction the runtime reports once the locale is loaded must be the
// one the JavaScript engine's locale data gives the language (Intl.Locale text info).
import { expect } from 'chai';
import { sourceLocale, targetLocales } from '../../src/generated/locale-codes.js';

import { currentDirection, currentLocale, setLocale } from '../../src/internal/localization.js';

/** Intl.Locale's text info: `getTextInfo()` in newer engines, the `textInfo` getter in older ones (Node 20). */
interface WithTextInfo {
  readonly textInfo?: { readonly direction?: string };
  getTextInfo?(): { readonly direction?: string };
}
function directionOf(tag: string): string | undefined {
  const locale = new Intl.Locale(tag) as Intl.Locale & WithTextInfo;
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
}

describe('text direction of the shipped locales', function () {
  // The runtime announces a loaded locale with an event on window, which Node does not have: a
  // stand-in for these tests only.
  const hadWindow = 'window' in globalThis;
  before(function () {
    if (!hadWindow) globalThis.window = new EventTarget() as Window & typeof globalThis;
  });
  after(function () {
    if (!hadWindow) Reflect.deleteProperty(globalThis, 'window');
  });

  it("reads a language's direction from the engine's locale data (Arabic and Hebrew right to left, English left to right)", function () {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('en-GB')).to.equal('ltr');
  });

  for (const locale of [sourceLocale, ...targetLocales]) {
    it(`lays out ${locale} in its language's direction (a right-to-left locale must be in the rightToLeft set of src/internal/localization.ts)`, async function () {
      await setLocale(locale);
      expect(currentLocale(), 'the locale loaded').to.equal(locale);
      expect(currentDirection(), `${locale}: rightToLeft in src/internal/localization.ts`).to.equal(directionOf(locale));
    });
  }
});
