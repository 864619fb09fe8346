/** Registers `<complications-list>`. */
export * from './components/complications-list/complications-list.js';
