/**
 * The accessibility gate: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) over every element in every
 * state of test/support/states.ts, in every locale, with no violation. The result screens of the
 * checker, the opened disclosures and the keyboard journeys are checked in each element's own tests.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale, sourceLocale, targetLocales } from '../../src/internal/localization.js';
import { captureConsole } from '../support/console.js';
import { elementStates } from '../support/states.js';

const wcag = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };

describe('accessibility gate (axe, WCAG 2.2 AA)', function () {
  this.timeout(120_000);
  captureConsole('warn'); // the invalid-attribute states warn, as they should
  after(async () => {
    await setLocale(sourceLocale);
  });

  for (const locale of [sourceLocale, ...targetLocales]) {
    it(`finds no violation in any state in ${locale}`, async () => {
      await setLocale(locale);
      document.documentElement.lang = locale;
      let checked = 0;
      for (const markup of elementStates) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(markup);
        await el.updateComplete;
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expect(el, `${locale}: ${markup}`).to.be.accessible(wcag);
        checked++;
      }
      expect(checked).to.equal(elementStates.length);
    });
  }
});
