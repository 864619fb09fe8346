/**
 * How a translation's message is found from its English words: by lit-localize's id of the message,
 * a hash of those words, by which the translations are keyed. Only a translation needs it (English
 * words are shown as written), so it comes with the translations: each shipped translation as built
 * imports it (scripts/compact-messages.ts), and the runtime (./localization.ts) loads it with the
 * first translation it loads or is given.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { TemplateLike, TemplateMap } from '@lit/localize/internal/types.js';

/**
 * How many characters of an id key a shipped translation as built: lit-localize's 17-character
 * hashes do not compress, and this many tell every message apart (scripts/compact-messages.ts
 * shortens the keys, and stops the build if two messages would share one).
 */
export const SHORT_ID_LENGTH = 5;

const ids = new Map<string | readonly string[], string>();

/** The id of a message's words (a string, or the strings of a str`…` message), worked out once. */
export function messageId(words: string | readonly string[]): string {
  let id = ids.get(words);
  if (id === undefined) ids.set(words, (id = generateMsgId(words as string | string[], false)));
  return id;
}

/**
 * A message in a translation: under its id (the one `msg()` was given, or the id of its words), or,
 * in a shipped translation as built, under the start of that id. A language a clinic adds keeps
 * lit-localize's whole ids.
 */
export function findMessage(templates: TemplateMap, words: string | readonly string[], id = messageId(words)): TemplateLike | undefined {
  return templates[id] ?? templates[id.slice(0, SHORT_ID_LENGTH)];
}
