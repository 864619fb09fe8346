// The WordPress plugin's sidebar and settings checks (wordpress/src/checks.ts) against the elements:
// every attribute in custom-elements.json has a check (the protocol: parseProtocol), and the built
// plugin (dist/wordpress/, from `npm run build`) has one block per element with every attribute.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementTags } from '../../src/elements.js';
import { checks, crossProblems, problemWith, protocolProblems } from '../../wordpress/src/checks.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifestFile = path.join(root, 'custom-elements.json');
interface Attribute {
  readonly name: string;
  readonly type?: { readonly text: string };
}
const declarations = existsSync(manifestFile)
  ? (
      JSON.parse(readFileSync(manifestFile, 'utf8')) as { modules: { declarations?: { tagName?: string; attributes?: Attribute[] }[] }[] }
    ).modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
  : [];

describe('WordPress plugin: sidebar checks', () => {
  it('every attribute of every element has a check (the protocol is checked with parseProtocol)', () => {
    expect(declarations, 'custom-elements.json (npm run build)').to.not.be.empty;
    const missing = declarations.flatMap((d) =>
      (d.attributes ?? []).filter((a) => !(a.name in checks) && a.name !== 'protocol').map((a) => `<${d.tagName!}> ${a.name}`),
    );
    expect(missing).to.deep.equal([]);
  });

  it('refuses what the elements refuse and accepts what they accept', () => {
    expect(problemWith('treatment-date', '2026-02-30')).to.match(/YYYY-MM-DD/);
    expect(problemWith('treatment-date', '2026-02-28')).to.equal(undefined);
    expect(problemWith('booking-url', 'javascript:alert(1)')).to.match(/link/);
    expect(problemWith('booking-url', '//other.example/book')).to.match(/link/);
    expect(problemWith('booking-url', '/book')).to.equal(undefined);
    expect(problemWith('contact-phone', 'call us')).to.match(/telephone/);
    expect(problemWith('contact-phone', '+44 20 7946 0000')).to.equal(undefined);
    expect(problemWith('appointment-time', '24:00')).to.match(/HH:MM/);
    expect(problemWith('price-small', '£120')).to.match(/number/);
    expect(problemWith('currency', 'XYZ')).to.match(/ISO 4217/);
    expect(problemWith('currency', 'eur')).to.equal(undefined);
    expect(problemWith('heading-level', '7')).to.match(/1 to 6/);
    expect(problemWith('clinic-name', '')).to.equal(undefined);
    expect(crossProblems({ 'price-small': '120' })).to.have.property('currency');
    expect(crossProblems({ 'price-small': '120', currency: 'GBP' })).to.deep.equal({});
  });

  it("checks a block's own protocol as the elements read it, and names each problem by its path", () => {
    expect(problemWith('protocol', '{"id": "x",')).to.match(/^Not valid: protocol: not JSON/);
    const bad = JSON.stringify({ id: 'city', name: 'City', version: '1.0.0', aftercare: { review: { fromWeeks: 9, toWeeks: 8 } } });
    expect(problemWith('protocol', bad)).to.match(/protocol aftercare\.review/);
    expect(protocolProblems(JSON.stringify({ id: 'City Clinic', name: 'x', version: '1', colour: 'red' }))).to.have.length.of.at.least(3);
    expect(problemWith('protocol', JSON.stringify({ id: 'city', name: 'City', version: '1.0.0' }))).to.equal(undefined);
    expect(problemWith('protocol', '  ')).to.equal(undefined);
  });

  it('the built plugin has one apiVersion 2 block per element, with every attribute', () => {
    const plugin = path.join(root, 'dist/wordpress/microsclerotherapy-widgets');
    expect(existsSync(plugin), 'dist/wordpress/ (npm run build)').to.equal(true);
    for (const tag of elementTags) {
      const block = JSON.parse(readFileSync(path.join(plugin, 'blocks', tag, 'block.json'), 'utf8')) as {
        apiVersion: number;
        name: string;
        attributes: Record<string, unknown>;
      };
      expect(block.apiVersion, tag).to.equal(2);
      expect(block.name).to.equal(`microsclerotherapy-widgets/${tag}`);
      const attributes = declarations.find((d) => d.tagName === tag)!.attributes!;
      expect(Object.keys(block.attributes), tag).to.have.members(
        attributes.map((a) => a.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())),
      );
    }
    const header = readFileSync(path.join(plugin, 'microsclerotherapy-widgets.php'), 'utf8');
    expect(header).to.match(/Requires at least: +6\.1/);
  });
});
