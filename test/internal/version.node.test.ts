import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { version } from '../../src/internal/version.js';

describe('library version', () => {
  it('is the version in package.json, so two copies on a page name the right versions', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).to.equal(pkg.version);
  });
});
