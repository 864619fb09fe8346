/**
 * The elements' own localization runtime. The words are written with `msg()` and `str` (the
 * @lit/localize API, so `lit-localize extract` finds them) but looked up here, in a runtime of our
 * own, never through @lit/localize's page-global `configureLocalization`: a host application that
 * uses @lit/localize for its own strings keeps working, whether our code comes from the script-tag
 * bundle or from npm, and neither side's locale switch touches the other's words.
 *
 * The locale follows the page's `<html lang>` (best match: `de-AT` uses `de`; an unknown language
 * uses en-GB with one console note) and its changes, until the host calls `setLocale()`.
 */
import type { msg as litMsg } from '@lit/localize';
import type { LocaleModule, TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { findMessage } from './message-id.js';
import { onDemand } from './on-demand.js';

// From its own module: @lit/localize's main module would bring its page-global runtime with it.
export { str } from '@lit/localize/internal/str-tag.js';
export { sourceLocale, targetLocales };

/** A locale the elements speak: one that ships, or one a clinic added with `addLocale`. */
export type Locale = string;

/** The window event fired when the elements' words change: another locale, or new words for it. */
export const LOCALE_CHANGE_EVENT = 'msc-locale-change';

/** How a message is found in a translation (./message-id.ts). */
type FindMessage = typeof findMessage;

/** The words of every locale loaded or added so far (en-GB, the source, needs none). */
const words = new Map<Locale, TemplateMap>();
/**
 * How a message is found in a translation: the code comes with the first translation (a shipped one
 * hands it over as it runs), so a page in English never loads it.
 */
let find: FindMessage | undefined;
const loadFind = onDemand(async () => (await import('./message-id.js')).findMessage);
const rightToLeft = new Set<Locale>(['ar']);
/** Languages of `<html lang>` already noted in the console as having no translation. */
const noted = new Set<string>();
/** Who chooses the locale: the page's `<html lang>` once an element connects, or the host, who wins. */
let chooser: 'page' | 'host' | undefined;
let active: Locale = sourceLocale;
/** While a locale loads: which one (the last one asked for wins) and what the elements wait for. */
let loading: { locale: Locale; promise: Promise<void>; done: () => void } | undefined;

/** A str`…` message: its words and the values between them (in a translation, the values' order). */
interface StrMessage {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/**
 * Looks a message (a string or a str`…` template; the elements write no html`…` messages) up in the
 * active locale, like @lit/localize's `msg`; English needs no lookup.
 */
function lookUp(template: string | StrMessage, options?: { readonly id?: string; readonly desc?: string }): string {
  const tagged = typeof template !== 'string';
  const templates = words.get(active);
  const found = (templates && find?.(templates, tagged ? template.strings : template, options?.id)) as string | StrMessage | undefined;
  if (typeof found === 'string') return found;
  if (!tagged) return template;
  const { strings, values: order } = found ?? template;
  let text = strings[0]!;
  // A translation's values are the positions of the English values, in the translation's order.
  for (let i = 1; i < strings.length; i++) text += `${template.values[found ? (order[i - 1] as number) : i - 1] as string}${strings[i]}`;
  return text;
}
/** `lit-localize extract` finds the messages by this type: @lit/localize's own `msg`. */
export const msg = lookUp as typeof litMsg;

/** The locale the elements speak now. */
export function currentLocale(): Locale {
  return active;
}

/** The writing direction of the active locale. */
export function currentDirection(): 'ltr' | 'rtl' {
  return rightToLeft.has(active) ? 'rtl' : 'ltr';
}

/** A promise while a locale is loading (the elements wait for it before they render), else undefined. */
export function localeLoading(): Promise<void> | undefined {
  return loading?.promise;
}

/** The locale to use for a language tag: exact, then by language (`de-AT` -> `de`), else undefined. */
export function matchLocale(tag: string): Locale | undefined {
  const asked = tag.trim().toLowerCase();
  if (!asked) return undefined;
  const all: readonly Locale[] = [sourceLocale, ...targetLocales, ...words.keys()];
  const exact = all.find((locale) => locale.toLowerCase() === asked);
  if (exact) return exact;
  const language = asked.split(/[-_]/)[0];
  return language === 'en' ? sourceLocale : all.find((locale) => locale.toLowerCase() === language);
}

/**
 * Whether the elements can speak `locale` at once: en-GB (unless a clinic gave it words of its own),
 * or a locale whose words are here with the code that finds them.
 */
const ready = (locale: Locale): boolean => (words.has(locale) ? find !== undefined : locale === sourceLocale);

/** Makes `locale`, which is ready, the elements' locale, and lets waiting elements render. */
function show(locale: Locale): void {
  active = locale;
  loading?.done();
  loading = undefined;
  window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale } }));
}

/**
 * Takes the words of a shipped locale and the code that finds its messages: from the `import()`s
 * below, and, in the build, from the module itself as it runs (scripts/compact-messages.ts adds the
 * call and the import of ./message-id.ts). A page that loads the translation with a render-blocking
 * script (README "Where clinics embed") so gets its words before its first paint; the `import()` of a
 * module the page already ran settles only after that paint.
 */
export function localeModuleRan(locale: Locale, templates: TemplateMap, findMessage: FindMessage): void {
  find ??= findMessage;
  if (!words.has(locale)) words.set(locale, templates); // a clinic's own words for it win
  if (loading?.locale === locale) show(locale);
}

/** Shows `locale` once it is ready (see `ready`); while one loads, the last one asked for wins. */
function load(locale: Locale): Promise<void> {
  if (ready(locale)) {
    if (locale !== active || loading) show(locale);
    return Promise.resolve();
  }
  if (loading) loading.locale = locale;
  else {
    let done!: () => void;
    const promise = new Promise<void>((resolve) => {
      done = resolve;
    });
    loading = { locale, promise, done };
  }
  // The words of a language a clinic added are here; a shipped translation is loaded. The code that
  // finds messages is loaded beside it (not after it) the first time.
  const templates =
    words.get(locale) ?? (import(`../generated/locales/${locale}.ts`) as Promise<LocaleModule>).then((module) => module.templates);
  return Promise.all([loadFind(), templates]).then(
    ([findMessage, templates]) => {
      localeModuleRan(locale, templates, findMessage);
    },
    (error: unknown) => {
      if (loading?.locale === locale) show(active); // stay with the words the elements have
      throw error;
    },
  );
}

/**
 * Adds a language of the clinic's own: `templates` is the `templates` export of a module that
 * `lit-localize build` made from a translated copy of one of the package's XLIFF files. Messages it
 * lacks fall back to en-GB. Call `setLocale(locale)` to use it, or let `<html lang>` choose it.
 */
export function addLocale(locale: string, templates: TemplateMap, direction: 'ltr' | 'rtl' = 'ltr'): void {
  words.set(locale, templates);
  if (direction === 'rtl') rightToLeft.add(locale);
  else rightToLeft.delete(locale);
  if (locale !== active) {
    followPage();
  } else if (ready(locale)) {
    show(locale); // new words for the locale showing
  } else {
    void load(locale); // the elements wait for the code that finds its messages
  }
}

/**
 * Makes every element speak `locale` (a shipped locale or a language tag that matches one) from now
 * on, instead of following `<html lang>`. Resolves when the words are loaded.
 */
export function setLocale(locale: string): Promise<void> {
  chooser = 'host';
  const match = matchLocale(locale);
  if (!match) return Promise.reject(new RangeError(`microsclerotherapy-widgets: no translation for "${locale}".`));
  return load(match);
}

/** Follows the page's language: the closest match of `<html lang>`, or en-GB with one console note. */
function followPage(): void {
  if (chooser !== 'page') return;
  const lang = document.documentElement.lang;
  const match = lang ? matchLocale(lang) : sourceLocale;
  if (!match && !noted.has(lang)) {
    noted.add(lang);
    console.info(`microsclerotherapy-widgets: no translation for lang="${lang}"; showing en-GB.`);
  }
  void load(match ?? sourceLocale);
}

/**
 * Starts following `<html lang>` (called when an element connects), unless the host has chosen. The
 * page's language is read at once, so a page whose language is known at load shows its words from
 * the first render.
 */
export function watchPageLanguage(): void {
  if (chooser) return;
  chooser = 'page';
  new MutationObserver(followPage).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  followPage();
}
