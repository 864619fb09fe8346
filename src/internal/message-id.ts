/**
 * lit-localize's id of a message: a hash of its English words, by which the translations are keyed.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

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
