/**
 * The script-tag bundle on a page served with a strict Content-Security-Policy (Chromium, the
 * engine that enforces Trusted Types): `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html` (web-test-runner.config.js serves
 * test/built/fixtures/csp.html with it). Every element renders (styled, in the page's language,
 * loaded on demand) and works, with no violation report; a control shows the policy is enforced.
 */
import { expect } from '@open-wc/testing';

const PAGE = '/test/built/fixtures/csp.html';
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface CspReport {
  failed?: string;
  violations: string[];
  errors: string[];
  headings: string[];
  headingWeights: string[];
  dir: string | null;
  result: boolean;
  resultHeadingWeight: string;
  bookingLink: string | null;
  size: string;
  dated: boolean;
  ticked: string;
  exported: number;
  enforced: { refused: boolean; directive: string };
}

describe('the script-tag bundle under a strict Content-Security-Policy with Trusted Types', () => {
  it('the page is served with the policy the README documents', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('renders and works with no violation report, no error, and the policy enforced', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<CspReport>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent<{ cspReport?: CspReport }>) {
        if (event.source !== frame.contentWindow || !event.data.cspReport) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data.cspReport);
      });
    });
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.src = PAGE;
    document.body.append(frame);
    const got = await report;
    frame.remove();
    expect(got.failed).to.equal(undefined);
    expect(got.violations).to.deep.equal([]);
    expect(got.errors).to.deep.equal([]);
    for (const heading of got.headings) expect(heading).to.not.equal('');
    expect(got.headings[3]).to.not.equal('Possible complications'); // Arabic, loaded from beside the bundle
    expect(got.dir).to.equal('rtl');
    expect(got.headingWeights).to.deep.equal(['700', '700', '700', '700', '700']); // its styles apply
    expect(got.result).to.equal(true);
    expect(got.resultHeadingWeight).to.equal('700'); // the result's styles, loaded with it, apply too
    expect(got.bookingLink).to.equal('/book');
    expect(got.size).to.not.equal('');
    expect(got.dated).to.equal(true);
    expect(got.ticked).to.match(/1/);
    expect(got.exported).to.be.greaterThan(0);
    expect(got.enforced).to.deep.equal({ refused: true, directive: 'require-trusted-types-for' });
  });
});
