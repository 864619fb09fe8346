// A Vite plugin for `npm run build`: the shipped locale modules (lit-localize's output in
// src/generated/locales/) as the build emits them.
// - Short keys. lit-localize keys every message by a 17-character hash of its English words
//   ('s0fbf6dc6a1966408'), which brotli cannot shrink: 1.7 KB of every locale file. The build keys
//   them by the first SHORT_ID_LENGTH characters ('s0fbf6d'), which the runtime
//   (src/internal/localization.ts) looks up when the whole id is not there, and stops if two
//   messages of a locale would share a key.
// - Each module hands its words to the runtime as it runs (`localeModuleRan`), with the code that
//   finds a message among them (`findMessage`, src/internal/message-id.ts, which only translations
//   need and so only they import), so a page that loads its translation with a render-blocking
//   script shows the words at its first paint.
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { SHORT_ID_LENGTH } from '../src/internal/message-id.js';

/** One entry of a generated `templates` object, at the start of its line: `'s0fbf6dc6a1966408': …`. */
const ENTRY = /^(\s*')([sh][0-9a-f]{16})':/gm;

/** A generated locale module (for `locale`) with short keys, which registers its words as it runs. */
export function compactLocale(code: string, locale: string): MagicString {
  const out = new MagicString(code);
  const keys = new Set<string>();
  for (const match of code.matchAll(ENTRY)) {
    const key = match[2]!.slice(0, SHORT_ID_LENGTH);
    if (keys.has(key))
      throw new Error(
        `compact-messages: two messages of ${locale} share the key ${key}; raise SHORT_ID_LENGTH in src/internal/message-id.ts.`,
      );
    keys.add(key);
    const start = match.index + match[1]!.length;
    out.overwrite(start, start + match[2]!.length, key);
  }
  if (keys.size === 0) throw new Error(`compact-messages: no message found in the ${locale} module; has lit-localize's output changed?`);
  out.prepend(
    "import { localeModuleRan } from '../../internal/localization.js';\nimport { findMessage } from '../../internal/message-id.js';\n",
  );
  out.append(`\nlocaleModuleRan(${JSON.stringify(locale)}, templates, findMessage);\n`);
  return out;
}

export function compactMessages(): Plugin {
  return {
    name: 'compact-messages',
    apply: 'build',
    enforce: 'pre', // on the module as lit-localize wrote it
    transform(code: string, id: string) {
      if (!/\/src\/generated\/locales\/[\w-]+\.ts$/.test(id)) return null;
      const out = compactLocale(code, path.basename(id, '.ts'));
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
