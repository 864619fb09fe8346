/** The language the elements' words are written in (the source of every translation). */
export const sourceLocale = 'en-GB';

/**
 * The locale the elements speak now, for `Intl` formatting. Only the source locale ships so far;
 * runtime localization (@lit/localize's `configureLocalization`) will report the active one here.
 */
export function currentLocale(): string {
  return sourceLocale;
}
