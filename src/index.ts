/**
 * microsclerotherapy-widgets: registers every element (none is built yet) and re-exports the core.
 */
export * from './core/index.js';
