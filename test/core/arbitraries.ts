/** fast-check generators shared by the core tests. */
import fc from 'fast-check';
import { MAX_YEAR, MIN_YEAR } from '../../src/core/index.js';

/** Any calendar date at least two years inside the years the core accepts, as YYYY-MM-DD. */
export const isoDate = fc
  .date({ min: new Date(Date.UTC(MIN_YEAR + 2, 0, 1)), max: new Date(Date.UTC(MAX_YEAR - 2, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
