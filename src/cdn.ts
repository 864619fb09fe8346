/**
 * The script-tag bundle (`dist/cdn/microsclerotherapy-widgets.js`): Lit inside, every element
 * registered, and the library's API (`setLocale`, the core) for pages that want it.
 */
export * from './index.js';
