import { expect } from '@open-wc/testing';
import { headingLevel, keyword, phoneNumber, plainText, safeUrl } from '../../src/internal/attributes.js';

describe('attribute checks', () => {
  it('offers only http, https and relative links', () => {
    for (const good of ['https://clinic.example/book', 'http://clinic.example', '/book', 'book.html', '?q=1#top']) {
      expect(safeUrl(good), good).to.equal(good);
    }
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\u202Escript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/',
      'https://x.example/"><img src=x onerror=alert(1)>',
      '',
      '   ',
      null,
    ]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('accepts telephone numbers as people write them and refuses anything else', () => {
    expect(phoneNumber('+44 (0)20 7946 0000')).to.deep.equal({ display: '+44 (0)20 7946 0000', href: 'tel:+4402079460000' });
    expect(phoneNumber('999')).to.deep.equal({ display: '999', href: 'tel:999' });
    for (const bad of ['12', 'call us', '+44 20 7946 0000 ext 2', '<b>0207</b>', '1'.repeat(21), null]) {
      expect(phoneNumber(bad), String(bad)).to.equal(undefined);
    }
  });

  it('takes heading levels 1 to 6 and known keywords only', () => {
    expect(headingLevel(' 3 ')).to.equal(3);
    for (const bad of ['0', '7', 'h2', '2.5', '', null]) expect(headingLevel(bad), String(bad)).to.equal(undefined);
    expect(keyword(' List ', ['list', 'stepwise'])).to.equal('list');
    expect(keyword('grid', ['list', 'stepwise'])).to.equal(undefined);
  });

  it('strips direction overrides from text and treats blank text as missing', () => {
    expect(plainText('  Leafy\u202E Lane  ')).to.equal('Leafy Lane');
    expect(plainText('   ')).to.equal(undefined);
  });
});
