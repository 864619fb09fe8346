/** Registers `<aftercare-timeline>`. */
export * from './components/aftercare-timeline/aftercare-timeline.js';
