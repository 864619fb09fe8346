/** Registers `<area-size-guide>`. */
export * from './components/area-size-guide/area-size-guide.js';
