/** The library's version (kept equal to package.json's by a test); named when two copies meet on a page. */
export const version = '0.1.0';
