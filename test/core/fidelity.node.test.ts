/**
 * Fidelity of the core to the clinic's leaflet, line by line.
 *
 * The leaflet (src/core/leaflet/microsclerotherapy-leaflet.txt) is the only source of clinical truth.
 * This file parses it into sections and items (the same `section/item` scheme as src/core/leaflet.ts),
 * then checks a table of rows. Each row is a verbatim quote from the leaflet, the one core item it
 * becomes, and the values the leaflet's words give that item. For every row the test checks that the
 * quote is in the leaflet, that it stands in the item the core's `ref` (or `actionRef`) points to, and
 * that the core item has the expected values. Then it checks completeness both ways: every core item
 * and every ref is backed by a row, and every item of the clinical sections is quoted by a row.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  aftercareSchedule,
  appointmentEvents,
  areaRule,
  classifyArea,
  complications,
  contentInfo,
  faceAlternative,
  leafletRefs,
  leafletSections,
  preparationSteps,
  sessionsGuidance,
  suitabilityQuestions,
  warningSigns,
  type AftercareEntry,
  type AftercareId,
  type AppointmentEvent,
  type AppointmentEventId,
  type Complication,
  type ComplicationId,
  type LeafletSection,
  type PreparationId,
  type PreparationStep,
  type QuestionId,
  type SuitabilityQuestion,
} from '../../src/core/index.js';

const leafletUrl = new URL('../../src/core/leaflet/microsclerotherapy-leaflet.txt', import.meta.url);
const leafletBytes = readFileSync(leafletUrl);
const leafletText = leafletBytes.toString('utf8');

// ---------------------------------------------------------------------------------------------------
// A small parser: headings are the lines ending in "?"; a section's items are its bullets ("•"), or
// its non-empty paragraphs when it has no bullets. Text before the first bullet of a bulleted section
// is its introduction, not an item.
// ---------------------------------------------------------------------------------------------------

interface ParsedSection {
  readonly heading: string;
  readonly items: readonly string[];
}

interface ParsedLeaflet {
  readonly sections: readonly ParsedSection[];
  /** Text the parser could not place: before the first heading, or after the bullets of a section. */
  readonly problems: readonly string[];
}

function parseLeaflet(text: string): ParsedLeaflet {
  const problems: string[] = [];
  const raw: { heading: string; lines: string[] }[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (line.endsWith('?')) raw.push({ heading: line, lines: [] });
    else if (raw.length > 0) raw[raw.length - 1]!.lines.push(line);
    else if (line !== '') problems.push(`text before the first heading: "${line}"`);
  }
  const sections = raw.map(({ heading, lines }) => {
    const firstBullet = lines.findIndex((l) => l.startsWith('•'));
    if (firstBullet >= 0) {
      for (const line of lines.slice(firstBullet)) {
        if (line !== '' && !line.startsWith('•')) problems.push(`text after the bullets of "${heading}": "${line}"`);
      }
      const items = lines.filter((l) => l.startsWith('•')).map((l) => l.slice(1).trim());
      return { heading, items };
    }
    const paragraphs = lines
      .join('\n')
      .split(/\n{2,}/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter((p) => p !== '');
    return { heading, items: paragraphs };
  });
  return { sections, problems };
}

/** The leaflet's headings, by the section id leaflet.ts gives them. */
const headings: Record<LeafletSection, string> = {
  'what-is': 'What is microsclerotherapy?',
  causes: 'Why have I developed thread veins?',
  suitability: 'Am I a suitable candidate for microsclerotherapy?',
  preparation: 'Is there anything I need to do to prepare for my microsclerotherapy treatment?',
  appointment: 'What will my microsclerotherapy appointment involve?',
  complications: 'What are the complications of microsclerotherapy?',
  pain: 'Will my microsclerotherapy treatment hurt?',
  sessions: 'Will one microsclerotherapy treatment be enough?',
  'area-size': 'How do you decide what a small, medium and large area are?',
  aftercare: 'What should I do after my microsclerotherapy treatment?',
  face: 'Can you use microsclerotherapy for thread veins on the face?',
};

const parsed = parseLeaflet(leafletText);

/** Every item of the leaflet by its reference (`section/item`), in leaflet order. */
const leafletItems = new Map<string, string>();
parsed.sections.forEach((section, s) => {
  const id = leafletSections[s] ?? `unknown-section-${s + 1}`;
  section.items.forEach((item, i) => leafletItems.set(`${id}/${i + 1}`, item));
});

/** The references of the leaflet items that contain `quote`. */
const whereIs = (quote: string): string[] => [...leafletItems].filter(([, item]) => item.includes(quote)).map(([ref]) => ref);

// ---------------------------------------------------------------------------------------------------
// The core, as a list of items with the references they carry.
// ---------------------------------------------------------------------------------------------------

const schedule = aftercareSchedule();
const preparation = preparationSteps();
if (!schedule.ok || !preparation.ok) throw new Error('the core could not build its undated aftercare or preparation');

type Target =
  | { readonly kind: 'question'; readonly id: QuestionId }
  | { readonly kind: 'aftercare'; readonly id: AftercareId }
  | { readonly kind: 'complication'; readonly id: ComplicationId }
  | { readonly kind: 'preparation'; readonly id: PreparationId }
  | { readonly kind: 'appointment'; readonly id: AppointmentEventId }
  | { readonly kind: 'area' }
  | { readonly kind: 'sessions' }
  | { readonly kind: 'warning-signs' }
  | { readonly kind: 'face-alternative' };

const keyOf = (target: Target) => ('id' in target ? `${target.kind}:${target.id}` : target.kind);

interface CoreItem {
  readonly key: string;
  readonly value: object;
  /** `ref`, then `actionRef` where the item has one. */
  readonly refs: readonly string[];
}

const refsOf = (value: { ref: string; actionRef?: string }) => (value.actionRef ? [value.ref, value.actionRef] : [value.ref]);

const coreItems: readonly CoreItem[] = [
  ...suitabilityQuestions.map((q) => ({ key: `question:${q.id}`, value: q, refs: refsOf(q) })),
  ...preparation.steps.map((p) => ({ key: `preparation:${p.id}`, value: p, refs: refsOf(p) })),
  ...schedule.entries.map((a) => ({ key: `aftercare:${a.id}`, value: a, refs: refsOf(a) })),
  ...complications.map((c) => ({ key: `complication:${c.id}`, value: c, refs: refsOf(c) })),
  ...appointmentEvents.map((a) => ({ key: `appointment:${a.id}`, value: a, refs: refsOf(a) })),
  { key: 'area', value: areaRule, refs: refsOf(areaRule) },
  { key: 'sessions', value: sessionsGuidance, refs: refsOf(sessionsGuidance) },
  { key: 'warning-signs', value: warningSigns, refs: refsOf(warningSigns) },
  { key: 'face-alternative', value: faceAlternative, refs: refsOf(faceAlternative) },
];

// ---------------------------------------------------------------------------------------------------
// The fidelity table: quote | core item | what the leaflet's words give that item.
// ---------------------------------------------------------------------------------------------------

type Expected<T> = { readonly [K in keyof T]?: unknown };

type Row =
  | { quote: string; item: Extract<Target, { kind: 'question' }>; expected: Expected<SuitabilityQuestion> }
  | { quote: string; item: Extract<Target, { kind: 'preparation' }>; expected: Expected<PreparationStep> }
  | { quote: string; item: Extract<Target, { kind: 'aftercare' }>; expected: Expected<AftercareEntry> }
  | { quote: string; item: Extract<Target, { kind: 'complication' }>; expected: Expected<Complication> }
  | { quote: string; item: Extract<Target, { kind: 'appointment' }>; expected: Expected<AppointmentEvent> }
  | { quote: string; item: { kind: 'area' }; expected: Expected<typeof areaRule> }
  | { quote: string; item: { kind: 'sessions' }; expected: Expected<typeof sessionsGuidance> }
  | { quote: string; item: { kind: 'warning-signs' }; expected: Expected<typeof warningSigns> }
  | { quote: string; item: { kind: 'face-alternative' }; expected: Expected<typeof faceAlternative> };

const WEEK = 7;
const waitFor = (days: number) => ({ category: 'wait', acceptsDate: true, windowDays: days });
const talkToClinic = { category: 'talk-to-clinic', acceptsDate: false };

// prettier-ignore
const rows: readonly Row[] = [
  // Suitability: exclusions and cautions ---------------------------------------------------------------
  { quote: 'Pregnant women',                                item: { kind: 'question', id: 'pregnant-or-breastfeeding' }, expected: { category: 'wait', acceptsDate: false } },
  { quote: 'breastfeeding mothers',                         item: { kind: 'question', id: 'pregnant-or-breastfeeding' }, expected: { category: 'wait', acceptsDate: false } },
  { quote: 'Patients with a current infection',             item: { kind: 'question', id: 'current-infection' },  expected: { category: 'wait', acceptsDate: false } },
  { quote: 'antibiotics in the last fortnight',             item: { kind: 'question', id: 'antibiotics' },        expected: { ...waitFor(14), window: { amount: 2, unit: 'weeks' } } },
  { quote: 'you need to have treatment of the varicose veins first', item: { kind: 'question', id: 'varicose-veins' }, expected: { category: 'varicose-veins-first', acceptsDate: false } },
  { quote: 'If there is any suspicion that you have varicose veins we will refer you to a vascular surgeon', item: { kind: 'question', id: 'varicose-veins' }, expected: { advice: 'varicose-veins-treated-first', actionRef: 'appointment/1' } },
  { quote: 'previous deep vein thrombosis or pulmonary embolism', item: { kind: 'question', id: 'dvt-or-pe' },    expected: talkToClinic },
  { quote: 'medical conditions prone to blood clots (such as Factor V Leiden or cancer)', item: { kind: 'question', id: 'clotting-condition' }, expected: talkToClinic },
  { quote: 'skin changes associated with their thread veins (such as pigmentation of the skin, eczema or skin ulcers)', item: { kind: 'question', id: 'skin-changes' }, expected: talkToClinic },
  { quote: 'inflamed leg veins (thrombophlebitis) over the previous 12 weeks', item: { kind: 'question', id: 'thrombophlebitis' }, expected: { ...waitFor(12 * WEEK), window: { amount: 12, unit: 'weeks' } } },
  // Asked positively ("Can you walk?"): the concerning answer is "no".
  { quote: 'Patients who are unable to walk.',              item: { kind: 'question', id: 'able-to-walk' },       expected: { ...talkToClinic, raises: ['no', 'unsure'] } },
  { quote: 'a recent heart problem in the last 12 weeks',   item: { kind: 'question', id: 'heart-problem' },      expected: { ...waitFor(12 * WEEK), window: { amount: 12, unit: 'weeks' } } },
  { quote: 'Patients currently taking Tamoxifen',           item: { kind: 'question', id: 'tamoxifen' },          expected: talkToClinic },
  { quote: 'Patients currently taking Disulfiram',          item: { kind: 'question', id: 'disulfiram' },         expected: talkToClinic },

  // Preparation (printed inside the suitability list, and in "Will it hurt?") ------------------------------
  { quote: 'avoid shaving your legs for 24 hours prior to treatment', item: { kind: 'preparation', id: 'no-shaving' }, expected: { timing: { kind: 'hours-before', hours: 24 }, optional: false } },
  { quote: 'Do not apply moisturisers or lotions to your legs on the day of treatment', item: { kind: 'preparation', id: 'no-moisturiser' }, expected: { timing: { kind: 'on-the-day' }, optional: false } },
  { quote: 'You should buy some class 1 compression hosiery', item: { kind: 'preparation', id: 'buy-compression-hosiery' }, expected: { timing: { kind: 'before' }, optional: false, details: { compressionClass: 1 } } },
  { quote: 'bought over the counter in most pharmacies',    item: { kind: 'preparation', id: 'buy-compression-hosiery' }, expected: { timing: { kind: 'before' } } },
  { quote: 'put on the compression stockings you have brought with you', item: { kind: 'preparation', id: 'buy-compression-hosiery' }, expected: { actionRef: 'appointment/2' } },
  { quote: 'You may choose to wear a swimming costume or shorts for your treatment', item: { kind: 'preparation', id: 'shorts-or-swimming-costume' }, expected: { timing: { kind: 'on-the-day' }, optional: true } },
  { quote: 'If you are concerned then you can take some Paracetamol before your appointment', item: { kind: 'preparation', id: 'paracetamol-if-worried' }, expected: { timing: { kind: 'on-the-day' }, optional: true } },

  // Complications: each one with what the leaflet says about it; no group claims an outcome ------------------
  { quote: 'irritation and changes in the pigment of the skin for upto 1 year', item: { kind: 'complication', id: 'irritation-and-pigment-changes' }, expected: { group: 'other', action: 'pigment-changes-can-last', duration: { amount: 1, unit: 'years' } } },
  { quote: 'Post Inflammatory Hyperpigmentation (darkening of the skin)', item: { kind: 'complication', id: 'hyperpigmentation' }, expected: { group: 'other' } },
  { quote: 'If you develop darkening of your skin you should avoid sun exposure for at least 12 months', item: { kind: 'complication', id: 'hyperpigmentation' }, expected: { action: 'avoid-sun-if-darker', actionRef: 'aftercare/6', duration: { amount: 12, unit: 'months', atLeast: true } } },
  // The leaflet names no action for the next three: the core's "ask-the-clinic" is a neutral line, no outcome.
  { quote: 'Skin ulceration and necrosis',                  item: { kind: 'complication', id: 'ulceration-and-necrosis' }, expected: { group: 'other', action: 'ask-the-clinic' } },
  { quote: 'Allergic reactions',                            item: { kind: 'complication', id: 'allergic-reaction' }, expected: { group: 'other', action: 'ask-the-clinic' } },
  { quote: 'Low blood pressure',                            item: { kind: 'complication', id: 'low-blood-pressure' }, expected: { group: 'other', action: 'ask-the-clinic' } },
  { quote: 'Formation of a matt of fine blood vessels',     item: { kind: 'complication', id: 'matting' },        expected: { group: 'other' } },
  { quote: 'these can be treated with laser if necessary',  item: { kind: 'complication', id: 'matting' },        expected: { action: 'laser-if-necessary' } },
  { quote: 'Superficial thrombophlebitis (inflammation of the blood vessels)', item: { kind: 'complication', id: 'superficial-thrombophlebitis' }, expected: { group: 'other' } },
  { quote: 'this responds well to Non-Steroidal Anti-Inflammatory drugs like Ibuprofen', item: { kind: 'complication', id: 'superficial-thrombophlebitis' }, expected: { action: 'clinic-may-advise-anti-inflammatories' } },
  { quote: 'Deep vein thrombosis and pulmonary embolism.',  item: { kind: 'complication', id: 'dvt-and-pe' },     expected: { group: 'urgent' } },
  { quote: 'attend your local Accident & Emergency department to rule out a blood clot', item: { kind: 'complication', id: 'dvt-and-pe' }, expected: { action: 'warning-signs' } },

  // The appointment: information for the patient, in the leaflet's order ----------------------------------
  { quote: 'taking a thorough medical history from you',   item: { kind: 'appointment', id: 'medical-history' }, expected: {} },
  { quote: 'performing a thorough examination',            item: { kind: 'appointment', id: 'examination' },     expected: {} },
  { quote: 'take photographs of the area to be treated as a record of your starting point', item: { kind: 'appointment', id: 'photographs' }, expected: {} },
  { quote: 'If there is any suspicion that you have varicose veins we will refer you to a vascular surgeon', item: { kind: 'appointment', id: 'referral-if-varicose-veins' }, expected: { condition: 'varicose-veins-suspected' } },
  { quote: 'lie on a couch on your side',                  item: { kind: 'appointment', id: 'lie-on-couch' },    expected: {} },
  { quote: 'The area to be treated will be cleaned with an alcohol solution', item: { kind: 'appointment', id: 'cleaning' }, expected: {} },
  { quote: 'multiple injections with tiny needles',        item: { kind: 'appointment', id: 'injections' },      expected: {} },
  { quote: 'Dressings will then be applied',               item: { kind: 'appointment', id: 'dressings-and-stockings' }, expected: {} },

  // Sessions and the review -------------------------------------------------------------------------------
  { quote: 'For small uncomplicated areas one treatment with microsclerotherapy may be enough', item: { kind: 'sessions' }, expected: { oneSessionMayBeEnoughFor: 'small', onlyIfUncomplicated: true } },
  { quote: 'you should attend a review at 4-6 weeks',       item: { kind: 'sessions' },                           expected: { reviewFromWeeks: 4, reviewToWeeks: 6 } },
  { quote: 'you should attend a review at 4-6 weeks',       item: { kind: 'aftercare', id: 'review' },            expected: { kind: 'review', startDay: 4 * WEEK, endDay: 6 * WEEK } },
  { quote: 'should expect to require a second treatment session', item: { kind: 'sessions' },                     expected: { expectSecondSession: true } },

  // Area size, in (female) hands --------------------------------------------------------------------------
  { quote: 'A small area is the size of a female hand or less', item: { kind: 'area' },                           expected: { unit: 'female-hand', smallAtMostHands: 1 } },
  { quote: 'a large area is at least the size of two hands', item: { kind: 'area' },                              expected: { largeAtLeastHands: 2 } },
  { quote: 'a medium area is between these two',            item: { kind: 'area' },                               expected: { smallAtMostHands: 1, largeAtLeastHands: 2 } },

  // Aftercare: day 0 is the treatment day; "for N weeks after treatment" is day 0 to day 7N inclusive --------
  { quote: 'remove the dressings we have applied when you go to bed on the night of your treatment', item: { kind: 'aftercare', id: 'remove-dressings' }, expected: { kind: 'instruction', startDay: 0, endDay: 0 } },
  { quote: 'Take some mild exercise',                       item: { kind: 'aftercare', id: 'exercise' },          expected: { kind: 'window' } },
  { quote: 'a 30 minute walk or gentle cycle ride, twice a day for 1 week after your treatment', item: { kind: 'aftercare', id: 'exercise' }, expected: { startDay: 0, endDay: WEEK, duration: { amount: 1, unit: 'weeks' }, details: { minutes: 30, timesPerDay: 2 } } },
  { quote: 'Make sure the exercise is not too vigorous',    item: { kind: 'aftercare', id: 'exercise' },          expected: { kind: 'window' } },
  { quote: 'Wear your compression stockings immediately after treatment and for 1 week after treatment', item: { kind: 'aftercare', id: 'stockings' }, expected: { kind: 'window', startDay: 0, endDay: WEEK, duration: { amount: 1, unit: 'weeks' } } },
  { quote: 'including overnight for the first 3 days',     item: { kind: 'aftercare', id: 'stockings-day-and-night' }, expected: { kind: 'window', startDay: 0, endDay: 3, duration: { amount: 3, unit: 'days' } } },
  { quote: 'Avoid hot baths or showers for 1 week after your treatment', item: { kind: 'aftercare', id: 'no-hot-baths' }, expected: { kind: 'window', startDay: 0, endDay: WEEK, duration: { amount: 1, unit: 'weeks' } } },
  { quote: 'use lukewarm water instead',                    item: { kind: 'aftercare', id: 'no-hot-baths' },      expected: { kind: 'window' } },
  { quote: 'Avoid sun exposure to your legs for 6 weeks after treatment', item: { kind: 'aftercare', id: 'no-sun' }, expected: { kind: 'window', startDay: 0, endDay: 6 * WEEK, duration: { amount: 6, unit: 'weeks' } } },
  { quote: 'If you develop darkening of your skin you should avoid sun exposure for at least 12 months', item: { kind: 'aftercare', id: 'sun-if-darkened' }, expected: { kind: 'window', condition: 'skin-darkening', startDay: 0, endDay: null, duration: { amount: 12, unit: 'months', atLeast: true } } },
  { quote: 'If you develop any leg swelling or shortness of breath', item: { kind: 'aftercare', id: 'warning-signs' }, expected: { kind: 'warning-sign', startDay: 0, endDay: null } },
  { quote: 'The healing process can take several weeks',   item: { kind: 'aftercare', id: 'healing' },           expected: { kind: 'healing', startDay: 0, endDay: null } },
  { quote: 'tenderness, discolouration, hardening, or develop a mat of tiny red blood vessels', item: { kind: 'aftercare', id: 'healing' }, expected: { kind: 'healing' } },
  { quote: 'This is normal and should resolve spontaneously over a few months', item: { kind: 'aftercare', id: 'healing' }, expected: { kind: 'healing', endDay: null } },
  { quote: 'Avoid air travel for 4 weeks after treatment',  item: { kind: 'aftercare', id: 'no-air-travel' },     expected: { kind: 'window', startDay: 0, endDay: 4 * WEEK, duration: { amount: 4, unit: 'weeks' } } },

  // Warning signs: one definition for every element --------------------------------------------------------
  { quote: 'If you develop any leg swelling or shortness of breath', item: { kind: 'warning-signs' },            expected: { symptoms: ['leg-swelling', 'shortness-of-breath'] } },
  { quote: 'you should attend your local Accident & Emergency department', item: { kind: 'warning-signs' },      expected: { action: 'go-to-a-and-e' } },
  { quote: 'to rule out a blood clot',                      item: { kind: 'warning-signs' },                      expected: { reason: 'rule-out-blood-clot' } },

  // The face: not offered ----------------------------------------------------------------------------------
  { quote: 'No – this is an unsafe technique',              item: { kind: 'question', id: 'location' },           expected: { category: 'not-offered', options: ['legs', 'face', 'both'], raises: ['face', 'both'] } },
  { quote: 'can result in blindness in the most severe cases', item: { kind: 'question', id: 'location' },        expected: { category: 'not-offered', advice: 'face-not-offered' } },
  { quote: 'We offer Thermavein treatments for facial thread veins', item: { kind: 'face-alternative' },          expected: { name: 'Thermavein' } },
];

/** Sections whose every item carries clinical content and must be quoted by a row. */
const clinicalSections: readonly LeafletSection[] = [
  'suitability',
  'preparation', // printed empty; any bullet the clinic adds there must be modelled
  'appointment',
  'complications',
  'pain',
  'sessions',
  'area-size',
  'aftercare',
  'face',
];

const describeRow = (row: Row) => `row "${row.quote}" -> ${keyOf(row.item)}`;

// ---------------------------------------------------------------------------------------------------

describe('core fidelity to the leaflet', () => {
  describe('the leaflet parser', () => {
    it('finds exactly the sections of leafletSections, in order, by their headings', () => {
      expect(
        parsed.sections.map((s) => s.heading),
        'headings found in the leaflet',
      ).to.deep.equal(leafletSections.map((id) => headings[id]));
    });

    it("places every line of the leaflet (no text outside a heading or after a section's bullets)", () => {
      expect(parsed.problems, 'text the parser could not place').to.deep.equal([]);
    });

    it('finds the bullets and paragraphs the leaflet prints', () => {
      const counts = Object.fromEntries(leafletSections.map((id, s) => [id, parsed.sections[s]?.items.length]));
      expect(counts, 'items per section').to.deep.equal({
        'what-is': 1,
        causes: 6,
        suitability: 15,
        preparation: 0,
        appointment: 2,
        complications: 8,
        pain: 1,
        sessions: 1,
        'area-size': 1,
        aftercare: 9,
        face: 1,
      });
    });
  });

  describe('content governance', () => {
    it('contentInfo.leaflet.sha256 is the SHA-256 of the leaflet (edit the leaflet: review and bump contentInfo.version)', () => {
      const sha256 = createHash('sha256').update(leafletBytes).digest('hex');
      expect(contentInfo.leaflet.sha256, 'contentInfo.leaflet.sha256').to.equal(sha256);
      expect(leafletUrl.pathname.endsWith(`/${contentInfo.leaflet.file}`), 'contentInfo.leaflet.file').to.equal(true);
    });
  });

  describe('the fidelity table', () => {
    for (const row of rows) {
      describe(describeRow(row), () => {
        const matches = coreItems.filter((core) => core.key === keyOf(row.item));

        it('maps to exactly one core item', () => {
          expect(matches.length, `${describeRow(row)}: core items with this id`).to.equal(1);
        });

        it('quotes the leaflet verbatim, in one item only', () => {
          expect(leafletText.includes(row.quote), `${describeRow(row)}: quote not found verbatim in the leaflet`).to.equal(true);
          expect(whereIs(row.quote), `${describeRow(row)}: leaflet items containing the quote`).to.have.lengthOf(1);
        });

        it("stands in the leaflet item the core item's ref or actionRef points to", () => {
          const refs = matches[0]?.refs ?? [];
          expect(refs, `${describeRow(row)}: the quote is in ${whereIs(row.quote).join(', ') || 'no item'}`).to.include(
            whereIs(row.quote)[0],
          );
        });

        it('has the values the leaflet gives', () => {
          expect(matches[0]?.value, `${describeRow(row)}: core values`).to.deep.include(row.expected);
        });
      });
    }
  });

  describe('completeness', () => {
    it('every core item (question, preparation, aftercare, complication, area, sessions, warning signs) is backed by a row', () => {
      const quoted = new Set(rows.map((row) => keyOf(row.item)));
      const unquoted = coreItems.map((core) => core.key).filter((key) => !quoted.has(key));
      expect(unquoted, 'core items without a leaflet statement in the table').to.deep.equal([]);
    });

    it('every ref and actionRef in the core is backed by a row quoting that item', () => {
      const backed = new Set(rows.flatMap((row) => whereIs(row.quote).map((ref) => `${keyOf(row.item)} ${ref}`)));
      const unbacked = coreItems.flatMap((core) => core.refs.map((ref) => `${core.key} ${ref}`)).filter((k) => !backed.has(k));
      expect(unbacked, 'core refs no row quotes').to.deep.equal([]);
    });

    it('every ref in the core parses as section/item and points to an existing leaflet item', () => {
      const bad = coreItems.flatMap((core) =>
        core.refs
          .filter((ref) => {
            const match = /^([a-z-]+)\/([1-9]\d*)$/.exec(ref);
            return !match || !(leafletSections as readonly string[]).includes(match[1]!) || !leafletItems.has(ref);
          })
          .map((ref) => `${core.key}: ${ref}`),
      );
      expect(bad, 'refs that do not point to a leaflet item').to.deep.equal([]);
    });

    it('every item of the clinical sections of the leaflet is quoted by at least one row', () => {
      const quotedRefs = new Set(rows.flatMap((row) => whereIs(row.quote)));
      const unquoted = [...leafletItems]
        .filter(([ref]) => clinicalSections.some((section) => ref.startsWith(`${section}/`)))
        .filter(([ref]) => !quotedRefs.has(ref))
        .map(([ref, item]) => `${ref}: ${item}`);
      expect(unquoted, 'leaflet items no row covers').to.deep.equal([]);
    });

    it("every ref of the leaflet's protocol points to a leaflet item that a row quotes", () => {
      const quotedRefs = new Set(rows.flatMap((row) => whereIs(row.quote)));
      const bad = Object.entries(leafletRefs)
        .filter(([, ref]) => !leafletItems.has(ref) || !quotedRefs.has(ref))
        .map(([setting, ref]) => `${setting}: ${ref}`);
      expect(bad, 'protocol refs without a quoted leaflet item').to.deep.equal([]);
    });

    it('no two rows repeat the same quote for the same core item', () => {
      const seen = rows.map((row) => `${keyOf(row.item)} ${row.quote}`);
      expect(
        seen.filter((key, i) => seen.indexOf(key) !== i),
        'duplicated rows',
      ).to.deep.equal([]);
    });
  });

  describe('preparation advice is not a suitability question', () => {
    it('no suitability question shares an id or a leaflet item with a preparation step', () => {
      const questionIds = new Set<string>(suitabilityQuestions.map((q) => q.id));
      const questionRefs = new Set<string>(suitabilityQuestions.map((q) => q.ref));
      const clashes = preparation.steps
        .filter((step) => questionIds.has(step.id) || questionRefs.has(step.ref))
        .map((step) => `${step.id} (${step.ref})`);
      expect(clashes, 'preparation steps among the suitability questions').to.deep.equal([]);
    });

    it('the rows quoting the preparation bullets of the suitability list map to preparation steps only', () => {
      const preparationRefs = new Set<string>(preparation.steps.map((step) => step.ref));
      const wrong = rows
        .filter((row) => whereIs(row.quote).some((ref) => preparationRefs.has(ref)))
        .filter((row) => row.item.kind !== 'preparation')
        .map(describeRow);
      expect(wrong, 'rows on preparation bullets mapped elsewhere').to.deep.equal([]);
    });
  });

  describe('area size follows the leaflet rule', () => {
    it('one hand or less is small, between one and two is medium, two or more is large', () => {
      const sizes = [0.5, 1, 1.5, 2, 3].map((hands) => {
        const result = classifyArea(hands);
        return result.ok ? result.size : result.error;
      });
      expect(sizes, 'classifyArea for 0.5, 1, 1.5, 2 and 3 hands').to.deep.equal(['small', 'small', 'medium', 'large', 'large']);
    });
  });
});
