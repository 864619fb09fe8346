import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { version } from '../../src/internal/version.js';
import { captureConsole } from '../support/console.js';

describe('define', () => {
  const calls = captureConsole('info');

  it('registers once, and importing the same element again does nothing', () => {
    class First extends HTMLElement {
      static readonly libraryVersion = version;
    }
    define('msc-test-define-a', First);
    define('msc-test-define-a', First);
    expect(customElements.get('msc-test-define-a')).to.equal(First);
    expect(calls).to.deep.equal([]);
  });

  it('never throws for a second copy of the library, and notes it once, naming both versions', () => {
    class Old extends HTMLElement {
      static readonly libraryVersion = '0.0.1';
    }
    class OldToo extends HTMLElement {
      static readonly libraryVersion = '0.0.1';
    }
    class Current extends HTMLElement {
      static readonly libraryVersion = version;
    }
    define('msc-test-define-b', Old);
    define('msc-test-define-c', OldToo);
    expect(() => {
      define('msc-test-define-b', Current);
      define('msc-test-define-c', Current);
    }).to.not.throw();
    expect(customElements.get('msc-test-define-b')).to.equal(Old);
    expect(calls).to.have.length(1);
    expect(String(calls[0]?.[0])).to.include('0.0.1').and.include(version);
  });
});
