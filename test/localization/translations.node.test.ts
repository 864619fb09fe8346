/**
 * Every message of the source has a valid translation in every target locale: extracted from the
 * sources as `lit-localize extract` does, compared with locales/*.xlf.
 */
import { expect } from 'chai';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';

const config = readConfigFileAndWriteSchema(new URL('../../lit-localize.json', import.meta.url).pathname);
const localizer = new RuntimeLitLocalizer(config as typeof config & { output: RuntimeOutputConfig });

describe('translations', function () {
  this.timeout(120_000);
  const { messages, errors } = localizer.extractSourceMessages();
  const { translations } = localizer.readTranslationsSync();

  it('extracts the source messages without errors', () => {
    expect(errors.map((e) => (typeof e.messageText === 'string' ? e.messageText : e.messageText.messageText))).to.deep.equal([]);
    expect(messages.length).to.be.greaterThan(100);
  });

  for (const locale of config.targetLocales) {
    it(`has every message translated in ${locale}, with the same placeholders`, () => {
      const translated = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
      const missing = messages.filter((m) => !translated.has(m.name)).map((m) => m.name);
      expect(missing, `untranslated in ${locale}`).to.deep.equal([]);
      const placeholders = (contents: readonly unknown[]) =>
        contents
          .filter((c) => typeof c !== 'string')
          .map((c) => JSON.stringify(c))
          .sort();
      for (const message of messages) {
        const target = translated.get(message.name)!;
        expect(placeholders(target.contents), `${locale} ${message.name}`).to.deep.equal(placeholders(message.contents));
        const words = (contents: readonly unknown[]) =>
          contents
            .filter((c): c is string => typeof c === 'string')
            .join('')
            .trim();
        if (words(message.contents) !== '') expect(words(target.contents), `${locale} ${message.name} is empty`).to.not.equal('');
      }
    });
  }

  it('types no number into a message: every number comes from the core, formatted with Intl', () => {
    const typed = messages
      .map((m) => m.contents.filter((c): c is string => typeof c === 'string').join('·'))
      .filter((words) => /\d/.test(words));
    expect(typed, 'messages with a number in their fixed words').to.deep.equal([]);
  });

  for (const locale of config.targetLocales) {
    it(`types no number into a translation in ${locale}`, () => {
      const typed = (translations.get(locale) ?? [])
        .map((m) => m.contents.filter((c): c is string => typeof c === 'string').join('·'))
        .filter((words) => /\d/.test(words));
      expect(typed, `${locale} translations with a number in their fixed words`).to.deep.equal([]);
    });
  }

  it('has no translation of a message the sources no longer have', () => {
    const names = new Set(messages.map((m) => m.name));
    for (const locale of config.targetLocales) {
      const stale = (translations.get(locale) ?? []).filter((m) => !names.has(m.name)).map((m) => m.name);
      expect(stale, locale).to.deep.equal([]);
    }
  });
});
