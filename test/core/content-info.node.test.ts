/**
 * The content's governance record: which leaflet the clinical content comes from.
 * Node only: it reads the leaflet file.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { contentInfo } from '../../src/core/index.js';

const leaflet = readFileSync(new URL(`../../src/core/leaflet/${contentInfo.leaflet.file}`, import.meta.url), 'utf8');

describe('contentInfo', () => {
  it('names the leaflet by a title: the treatment its first heading asks about', () => {
    const { title } = contentInfo.leaflet;
    expect(title.trim(), 'the title').to.not.equal('');
    const firstHeading = leaflet.split('\n', 1)[0]!;
    expect(firstHeading.toLowerCase(), 'the leaflet’s first heading').to.include(title.toLowerCase());
  });
});
