// Checks the built package as a consumer sees it: imports `microsclerotherapy-widgets/core` through
// the package's own exports map (Node resolves a package's own name to its dist/ files), calls every
// core function, and checks that `npm pack` would ship the files the exports map names, README and
// LICENSE, and nothing else.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const core = await import('microsclerotherapy-widgets/core');

const result = core.assessSuitability(
  { location: 'legs', antibiotics: 'yes' },
  { today: '2026-03-10', dates: { antibiotics: '2026-03-01' } },
);
assert.equal(result.headline, 'wait'); // a finding outranks the unanswered questions
assert.equal(result.windows[0].lastDay, '2026-03-15');
assert.equal(core.suitabilityQuestions.length, 13);
assert.ok(core.headlineOrder.indexOf('not-offered') > core.headlineOrder.indexOf('wait'));
assert.deepEqual(core.classifyArea(1.5), { ok: true, hands: 1.5, size: 'medium' });
assert.equal(core.classifyArea(0).ok, false);
const schedule = core.aftercareSchedule('2026-03-27');
assert.equal(schedule.entries.find((e) => e.id === 'no-sun').end, '2026-05-08');
assert.equal(core.phaseOn(schedule, '2026-03-30').status, 'during');
assert.match(core.aftercareICalendar(schedule), /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
assert.ok(core.complications.some((c) => c.group === 'urgent'));
assert.deepEqual(core.warningSigns.symptoms, ['leg-swelling', 'shortness-of-breath']);
assert.equal(core.preparationSteps('2026-03-27').steps.find((s) => s.id === 'no-shaving').from, '2026-03-26');
assert.match(core.contentInfo.version, /^\d+\.\d+\.\d+$/);
assert.equal(core.parseProtocol({ id: 'clinic', name: 'Clinic', version: '1.0.0' }).ok, true);
const schemaUrl = import.meta.resolve('microsclerotherapy-widgets/protocol.schema.json');
assert.deepEqual(JSON.parse(readFileSync(new URL(schemaUrl), 'utf8')), core.protocolSchema, 'dist/protocol.schema.json is protocolSchema');

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const shipped = new Set(pack.files.map((f) => f.path));
const { exports: exportsMap } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const exported = Object.values(exportsMap).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
for (const file of [...exported.map((target) => target.replace(/^\.\//, '')), 'README.md']) {
  assert.ok(shipped.has(file), `npm pack would not ship ${file}, which package.json exports`);
}
assert.ok(![...shipped].some((f) => f.startsWith('test/') || f.startsWith('src/')), 'npm pack would ship tests or sources');
// What the package is: the built files, their types and source maps, the manifest and editor data,
// README and LICENSE, and nothing else (no tests, stories, demo or configuration).
for (const file of ['README.md', 'LICENSE', 'package.json', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts']) {
  assert.ok(shipped.has(file), `npm pack would not ship ${file}`);
}
const extra = [...shipped].filter(
  (f) =>
    !f.startsWith('dist/') &&
    !['README.md', 'LICENSE', 'package.json', 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json'].includes(f),
);
assert.deepEqual(extra, [], `npm pack would ship files that are not part of the package: ${extra.join(', ')}`);
const unmapped = [...shipped].filter(
  (f) =>
    /^dist\/(chunks|cdn)\/.*\.js$/.test(f) && !f.endsWith('.classic.js') && !f.includes('rolldown-runtime') && !shipped.has(`${f}.map`),
);
assert.deepEqual(unmapped, [], `npm pack would ship code without its source map: ${unmapped.join(', ')}`);
console.log(`package ok: microsclerotherapy-widgets/core imported and called; npm pack ships ${shipped.size} files`);
