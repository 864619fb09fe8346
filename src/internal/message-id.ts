/**
 * lit-localize's id of a message: a hash of its English words, by which the translations are keyed.
 * Only a page in another language needs it, so it is loaded with the translation (by the runtime,
 * src/internal/localization.ts, and by each built locale module), never by a page in English.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const ids = new Map<string | readonly string[], string>();

/** The id of a message's words (a string, or the strings of a str`…` message), worked out once. */
export function messageId(words: string | readonly string[]): string {
  let id = ids.get(words);
  if (id === undefined) ids.set(words, (id = generateMsgId(words as string | string[], false)));
  return id;
}
