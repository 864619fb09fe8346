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

// From its own module: @lit/localize's main module would bring its page-global runtime with it.
export { str } from '@lit/localize/internal/str-tag.js';
export { sourceLocale, targetLocales };

/** A locale the elements speak: one that ships, or one a clinic added with `addLocale`. */
export type Locale = string;

/** The window event fired when the elements' locale has changed (and its words are loaded). */
export const LOCALE_CHANGE_EVENT = 'msc-locale-change';

const rightToLeft = new Set<string>(['ar']);
/** Locales a clinic added at run time, with their words. */
const added = new Map<string, TemplateMap>();
let active: Locale = sourceLocale;
let templates: TemplateMap | undefined;
let pending: Promise<void> | undefined;
let request = 0;
let chosenByHost = false;
let observer: MutationObserver | undefined;
const noted = new Set<string>();

/** Works out a message's id; loaded with the first translation (./message-id.ts), as English needs none. */
let messageId: typeof import('./message-id.js').messageId | undefined;
/** How many characters of an id the active locale's keys have (shipped locales: scripts/compact-messages.ts). */
let keyLength = 0;

/** A str`…` message: its words and the values between them (in a translation, the values' order). */
interface StrMessage {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/**
 * Looks a message (a string or a str`…` template; the elements write no html`…` messages) up in the
 * active locale, like @lit/localize's `msg`. A shipped locale is keyed by the start of each id (the
 * build shortens them), one a clinic added by the whole id; English needs no id.
 */
function lookUp(template: string | StrMessage, options?: { readonly id?: string; readonly desc?: string }): string {
  const tagged = typeof template !== 'string';
  const words = tagged ? template.strings : template;
  let found: string | StrMessage | undefined;
  if (templates && messageId) found = templates[options?.id ?? messageId(words).slice(0, keyLength)] as string | StrMessage | undefined;
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
  return pending;
}

/** The locale to use for a language tag: exact, then by language (`de-AT` -> `de`), else undefined. */
export function matchLocale(tag: string): Locale | undefined {
  const wanted = tag.trim().toLowerCase();
  if (!wanted) return undefined;
  const all: readonly Locale[] = [sourceLocale, ...targetLocales, ...added.keys()];
  const exact = all.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  return language === 'en' ? sourceLocale : all.find((locale) => locale.toLowerCase() === language);
}

/** Shipped locales whose module has run, and the loads waiting for one to run. */
const shipped = new Map<Locale, TemplateMap>();
const awaited = new Map<Locale, (templates: TemplateMap) => void>();

/**
 * Called by a shipped locale module as it runs, with its words and the code that works out message
 * ids (the build adds the call: scripts/compact-messages.ts).
 * A page that loads its translation with a render-blocking script (README "Where clinics embed") has
 * its words as that script runs, so the elements render before the first paint instead of after the
 * `import()` below settles.
 */
export function localeModuleRan(locale: Locale, loaded: TemplateMap, id: typeof messageId): void {
  messageId ??= id;
  shipped.set(locale, loaded);
  awaited.get(locale)?.(loaded);
  awaited.delete(locale);
}

type ShippedLocale = (typeof targetLocales)[number];
/** The shipped translations, each loaded on demand (a language added to lit-localize.json must be added here). */
const shippedModules: Record<ShippedLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  pl: () => import('../generated/locales/pl.js'),
};

const loadTemplates = (locale: Locale): Promise<TemplateMap | undefined> => {
  if (locale === sourceLocale || added.has(locale)) return Promise.resolve(added.get(locale));
  const ran = shipped.get(locale);
  if (ran) return Promise.resolve(ran);
  const imported = shippedModules[locale as ShippedLocale]().then((module) => module.templates);
  return Promise.race([imported, new Promise<TemplateMap>((resolve) => awaited.set(locale, resolve))]);
};

/**
 * Adds a language of the clinic's own: `templates` is the `templates` export of a module that
 * `lit-localize build` made from a translated copy of one of the package's XLIFF files. Messages it
 * lacks fall back to en-GB. Call `setLocale(locale)` to use it, or let `<html lang>` choose it.
 */
export function addLocale(locale: string, templates: TemplateMap, direction: 'ltr' | 'rtl' = 'ltr'): void {
  added.set(locale, templates);
  if (direction === 'rtl') rightToLeft.add(locale);
  else rightToLeft.delete(locale);
  if (locale === active) {
    active = sourceLocale; // reload it with the new words
    void load(locale);
  } else if (!chosenByHost && observer) followPage();
}

/**
 * Makes sure a translation can be looked up: a built locale module brings the code that works out
 * message ids (localeModuleRan); otherwise (a locale a clinic added, or the sources in development)
 * it is imported once, here.
 */
async function withMessageIds(loaded: TemplateMap | undefined): Promise<TemplateMap | undefined> {
  if (loaded && !messageId) messageId = (await import('./message-id.js')).messageId;
  return loaded;
}

function load(locale: Locale): Promise<void> {
  if (locale === active && !pending) return Promise.resolve();
  const mine = ++request;
  const loading = loadTemplates(locale).then(withMessageIds).then((loaded) => {
    if (mine !== request) return;
    templates = loaded;
    keyLength = loaded ? (Object.keys(loaded)[0]?.length ?? 0) : 0;
    active = locale;
    pending = undefined;
    window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale } }));
  });
  pending = loading.catch(() => {
    if (mine === request) pending = undefined;
  });
  return loading;
}

/**
 * Makes every element speak `locale` (a shipped locale or a language tag that matches one) from now
 * on, instead of following `<html lang>`. Resolves when the words are loaded.
 */
export function setLocale(locale: string): Promise<void> {
  chosenByHost = true;
  const match = matchLocale(locale);
  if (!match) return Promise.reject(new RangeError(`microsclerotherapy-widgets: no translation for "${locale}".`));
  return load(match);
}

/** Follows the page's language: the closest match of `<html lang>`, or en-GB with one console note. */
function followPage(): void {
  if (chosenByHost) return;
  const lang = document.documentElement.lang;
  const match = lang ? matchLocale(lang) : sourceLocale;
  if (!match && !noted.has(lang)) {
    noted.add(lang);
    console.info(`microsclerotherapy-widgets: no translation for lang="${lang}"; showing en-GB.`);
  }
  void load(match ?? sourceLocale);
}

/**
 * Starts following `<html lang>` (called when the first element connects). The page's language is
 * read at once, so a page whose language is known at load shows its words from the first render.
 */
export function watchPageLanguage(): void {
  if (observer) return;
  observer = new MutationObserver(followPage);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  followPage();
}
