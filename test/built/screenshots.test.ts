/**
 * Forced colours and 200% zoom, compared with stored reference screenshots (Chromium only: it needs
 * the DevTools protocol). A new or intended change of look: run `UPDATE_SCREENSHOTS=1 npx wtr --group
 * built`, look at the PNGs in test/built/references/, and commit them.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';

const states = [
  '<suitability-checker today="2026-03-10"></suitability-checker>',
  '<area-size-guide value="medium" price-small="150" price-medium="220" price-large="300" currency="GBP"></area-size-guide>',
  '<aftercare-timeline treatment-date="2026-03-27" today="2026-03-30" compact></aftercare-timeline>',
  '<complications-list group="urgent"></complications-list>',
  '<preparation-checklist appointment-date="2026-03-27" appointment-time="09:30"></preparation-checklist>',
];
const modes = [
  { name: 'forced-colors', forcedColors: true, zoom: false },
  { name: 'zoom-200', forcedColors: false, zoom: true },
];

const image = (base64: string) =>
  new Promise<ImageData>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      resolve(context.getImageData(0, 0, img.width, img.height));
    };
    img.onerror = reject;
    img.src = `data:image/png;base64,${base64}`;
  });

/** The share of pixels that differ clearly (any channel by more than 48 of 255). */
function difference(a: ImageData, b: ImageData): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > 48) {
        differing++;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

describe('forced colours and 200% zoom, against stored references', function () {
  this.timeout(60_000);
  document.documentElement.lang = 'en-GB';
  document.body.style.margin = '0';

  for (const markup of states) {
    for (const mode of modes) {
      const name = `${/^<([a-z-]+)/.exec(markup)![1]!}-${mode.name}`;
      it(`${name} looks as stored`, async () => {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(markup);
        await el.updateComplete;
        el.style.width = '600px';
        const box = el.getBoundingClientRect();
        const clip = { x: 0, y: Math.floor(box.top + scrollY), width: 600, height: Math.min(Math.ceil(box.height), 1600) };
        const shot = await executeServerCommand<string, object>('msc-cdp', { action: 'screenshot', ...mode, clip });
        const stored = await executeServerCommand<string | null, object>('msc-cdp', { action: 'reference', name, data: shot });
        expect(stored, `no reference for ${name}: run UPDATE_SCREENSHOTS=1 npx wtr --group built`).to.be.a('string');
        const share = difference(await image(shot), await image(stored!));
        expect(share, `${name}: ${(share * 100).toFixed(2)}% of pixels differ`).to.be.below(0.01);
      });
    }
  }
});
