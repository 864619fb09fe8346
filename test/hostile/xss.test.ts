/**
 * Markup and script in every string attribute of every element: known XSS payloads are rendered as
 * text or refused, and nothing executes: no dialog, no `__xss()` call, no new script, frame or
 * element with an event-handler attribute anywhere (page or shadow roots), no link to anything but
 * an http(s), relative or tel: address, and no navigation.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import { suitabilityQuestions } from '../../src/core/index.js';
import { plainText, safeUrl } from '../../src/internal/attributes.js';
import { captureConsole } from '../support/console.js';
import { TAGS, deepElements, installTraps, settle, shadowText, stringAttributesOf, type Tag } from './support.js';

/** Known payloads (OWASP filter-evasion cheat sheet, PortSwigger's XSS list, template injection, bidi spoofing). */
export const PAYLOADS: readonly string[] = [
  '<script>__xss(1)</script>',
  '<script src="data:text/javascript,__xss(2)"></script>',
  '"><script>__xss(3)</script>',
  "'><script>__xss(4)</script>",
  '<img src=x onerror="__xss(5)">',
  '<img src="x" onerror=alert(6)>',
  '<svg onload=__xss(7)>',
  '<svg><script>__xss(8)</script></svg>',
  '<svg><animate onbegin=__xss(9) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(10)>',
  '<iframe src="javascript:__xss(11)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(12)</script>"></iframe>',
  '<object data="javascript:__xss(13)"></object>',
  '<embed src="javascript:__xss(14)">',
  '<body onload=__xss(15)>',
  '<details open ontoggle=__xss(16)>',
  '<input autofocus onfocus=__xss(17)>',
  '<a href="javascript:__xss(18)">click</a>',
  '<form><button formaction="javascript:__xss(19)">x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(20)">',
  '<base href="javascript:__xss(21)//">',
  '<link rel="import" href="data:text/html,<script>__xss(22)</script>">',
  '<style>@import "javascript:__xss(23)";</style>',
  '<div style="background:url(javascript:__xss(24))">',
  '<marquee onstart=__xss(25)>',
  '<video><source onerror="__xss(26)">',
  '<audio src=x onerror=__xss(27)>',
  '<template><img src=x onerror=__xss(28)></template>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(29)>">',
  '<!--<img src="--><img src=x onerror=__xss(30)//">',
  'javascript:__xss(31)',
  'JaVaScRiPt:__xss(32)',
  ' javascript:__xss(33)',
  'java\tscript:__xss(34)',
  'java\u0000script:__xss(35)',
  '&#106;avascript:__xss(36)',
  'javascript&colon;__xss(37)',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygzOCk8L3NjcmlwdD4=',
  'vbscript:msgbox(39)',
  '//evil.example/book',
  '\\\\evil.example\\book',
  'https://evil.example/"onmouseover="__xss(42)',
  '${__xss(43)}',
  '{{constructor.constructor("__xss(44)")()}}',
  '<%= __xss(45) %>',
  '#{__xss(46)}',
  '{{7*7}}[[7*7]]',
  'Leafy Lane \u202Egnp.exe\u202C Clinic',
  '\u2066\u2067\u2068abc\u2069\u200F\u200E\u061C',
  '\u202Dhttps://evil.example\u202C',
  '</style></script><script>__xss(51)</script>',
  '"; __xss(52); "',
  "'; __xss(53); '",
  '`${__xss(54)}`',
  '<x contenteditable onblur=__xss(55)>',
  '<a id=x tabindex=1 onfocusin=__xss(56)></a>',
  '\u003cimg src=x onerror=__xss(57)\u003e',
  '%3Cscript%3E__xss(58)%3C%2Fscript%3E',
  '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">__xss(59)</x:script>',
  '<isindex type=image src=1 onerror=__xss(60)>',
];

type Journey = (el: Element) => Promise<void>;

/**
 * Answers every question of a `mode="list"` checker and shows the result: with `clear`, the answer
 * that raises nothing (legs, "No", "Yes" to "Can you walk?"); with `unsure`, "Not sure" to each.
 */
const answerChecker =
  (answer: 'clear' | 'unsure'): Journey =>
  async (el) => {
    const root = el.shadowRoot!;
    for (const fieldset of root.querySelectorAll<HTMLElement>('fieldset[data-question]')) {
      const question = suitabilityQuestions.find((q) => q.id === fieldset.dataset.question)!;
      const clear = question.options.find((option) => !question.raises.includes(option))!;
      const wanted = question.id === 'location' ? 'legs' : answer === 'clear' ? clear : answer;
      fieldset.querySelector<HTMLInputElement>(`input[value="${wanted}"]`)!.click();
    }
    await settle(el);
    root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await settle(el);
  };

/**
 * Fixed attributes each test adds so that the attribute under test is shown: the checker in list
 * mode (its result shows the links and the clinic's name), a date on the timeline and checklist.
 */
const context: Record<Tag, Record<string, string>> = {
  'suitability-checker': { mode: 'list', today: '2026-03-01' },
  'area-size-guide': { value: 'small', currency: 'GBP' },
  'aftercare-timeline': { 'treatment-date': '2026-03-01', today: '2026-03-02' },
  'complications-list': {},
  'preparation-checklist': { 'appointment-date': '2026-03-10' },
};

/** The journeys after which an attribute shows: the checker's links appear only in its result. */
const journeys: Partial<Record<string, Journey[]>> = {
  'suitability-checker booking-url': [answerChecker('clear')],
  'suitability-checker contact-url': [answerChecker('unsure')],
  'suitability-checker contact-phone': [answerChecker('unsure')],
  'suitability-checker clinic-name': [answerChecker('clear'), answerChecker('unsure')],
};

/** Text attributes whose value (without bidi controls) the element shows as text, in these journeys. */
const shownAsText: Record<string, true> = {
  'suitability-checker clinic-name': true,
  'suitability-checker face-alternative': true,
  'aftercare-timeline emergency-text': true,
  'complications-list emergency-text': true,
};

/** Checks one rendered element: no dangerous node in it, every link is one the element may offer. */
function checkRendered(el: Element, attribute: string, payload: string): void {
  const root = el.shadowRoot!;
  expect(shadowText(el), 'renders something').to.not.equal('');
  for (const node of deepElements(root)) {
    for (const name of node.getAttributeNames()) expect(name, `<${node.localName}>`).to.not.match(/^on/i);
  }
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const url = new URL(href, location.href);
    expect(['http:', 'https:', 'tel:', 'blob:'], href).to.include(url.protocol);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      // An http(s) link comes only from a URL attribute, exactly as safeUrl accepted it.
      expect(attribute).to.match(/-url$/);
      expect(href).to.equal(safeUrl(payload));
    }
  }
}

describe('XSS payloads in every string attribute of every element', () => {
  const traps = installTraps();
  const warnings = captureConsole('warn');
  afterEach(() => {
    fixtureCleanup();
  });

  it(`tries at least 30 distinct payloads, including javascript: URLs, SVG, onerror, <script>, template injection and bidi overrides`, () => {
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
    expect(PAYLOADS.length).to.be.at.least(30);
    for (const kind of [/^javascript:/, /<svg/, /onerror/, /<script/, /\$\{|\{\{/, /[\u202A-\u202E\u2066-\u2069]/]) {
      expect(
        PAYLOADS.some((p) => kind.test(p)),
        String(kind),
      ).to.equal(true);
    }
  });

  it('as a URL, every payload is refused, or stays on the page’s site unless it is a plain https address', () => {
    for (const payload of PAYLOADS) {
      const url = safeUrl(payload);
      if (url === undefined) continue;
      const resolved = new URL(url, location.href);
      expect(['http:', 'https:'], payload).to.include(resolved.protocol);
      if (!/^https?:\/\//i.test(url)) expect(resolved.origin, payload).to.equal(location.origin);
    }
    // Bidi controls removed, this one is an ordinary https address (a clinic may link to another site).
    expect(safeUrl('\u202Dhttps://evil.example\u202C')).to.equal('https://evil.example');
    expect(safeUrl('\\\\evil.example\\book'), 'backslashes are slashes in a URL').to.equal(undefined);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('has string attributes to fuzz', async () => {
        await customElements.whenDefined(tag);
        expect(stringAttributesOf(tag).length).to.be.at.least(4);
      });

      // One test per attribute, every payload in it (the list is read from the class when the test runs).
      const names = stringAttributesOf(tag).map((a) => a.name);
      for (const attribute of names) {
        it(`${attribute}: every payload is shown as text or refused, and nothing runs`, async () => {
          const steps: Journey[] = [
            async () => {
              // the element as first rendered
            },
            ...(journeys[`${tag} ${attribute}`] ?? []),
          ];
          for (const step of steps) {
            for (const payload of PAYLOADS) {
              const el = document.createElement(tag);
              for (const [name, value] of Object.entries(context[tag])) if (name !== attribute) el.setAttribute(name, value);
              el.setAttribute(attribute, payload);
              const before = warnings.length;
              await fixture(el);
              await settle(el);
              await step(el);
              el.setAttribute('reviewed-by', 'a re-render');
              await settle(el);
              const mine = warnings.slice(before).filter((args) => String(args[0]).includes(`the ${attribute} attribute`));
              expect(mine.length, `warnings for ${JSON.stringify(payload)}`).to.be.at.most(1);
              checkRendered(el, attribute, payload);
              const text = plainText(payload);
              if (shownAsText[`${tag} ${attribute}`] && text !== undefined) {
                expect(shadowText(el), `shows ${JSON.stringify(payload)} as text`).to.include(text.replace(/\s+/g, ' '));
                expect(shadowText(el)).to.not.match(/[\u202A-\u202E\u2066-\u2069]/);
              }
              el.remove();
            }
          }
          expect(traps.hits).to.deep.equal([]);
        });
      }
    });
  }

  it('the traps catch a payload that runs (the test can fail)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<img src="data:," onerror="__xss(\'control\')">';
    await new Promise((resolve) => {
      host.querySelector('img')!.addEventListener('error', resolve);
      host.querySelector('img')!.addEventListener('load', resolve);
    });
    expect(traps.hits.join()).to.include('<img').and.include('__xss(control)');
    traps.hits.length = 0;
    // Inside a shadow root too (the traps watch every shadow root made while they are installed).
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<svg><a href="javascript:__xss(1)">x</a></svg>';
    await Promise.resolve();
    host.remove();
    expect(traps.hits.join()).to.include('javascript:');
    traps.hits.length = 0;
  });
});
