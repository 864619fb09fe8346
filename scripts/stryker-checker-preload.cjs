// Preloaded (with --require) into the process of Stryker's TypeScript checker by stryker.config.mjs.
// The checker type-checks each mutant through TypeScript's watch-mode solution builder, which waits
// 250 ms after every file change before it rebuilds, to batch up an editor's keystrokes. The checker
// writes all of a check's changes at once and then waits for the rebuild, so the wait only adds
// 250 ms to each of the 2,000 or so checks of a run (about 8 minutes). Starting that rebuild at once
// gives the same diagnostics; no other timer is changed.
'use strict';
const ts = require('typescript');

const setTimeout = ts.sys.setTimeout;
if (typeof setTimeout === 'function') {
  ts.sys.setTimeout = (callback, ms, ...args) => setTimeout(callback, args[0] === 'timerToBuildInvalidatedProject' ? 0 : ms, ...args);
}
