import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { brotliCompressSync } from 'node:zlib';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const bySrc = {};
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i], n = mappings[i + 1];
  if (n && n.generatedLine !== m.generatedLine) { continue; }
  const end = n ? n.generatedColumn : lines[m.generatedLine - 1].length;
  const s = (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  bySrc[s] = (bySrc[s] || '') + lines[m.generatedLine - 1].slice(m.generatedColumn, end);
}
const total = brotliCompressSync(code).length;
const rows = Object.entries(bySrc).map(([s, t]) => [s, t.length, brotliCompressSync(t).length]).sort((a, b) => b[1] - a[1]);
console.log('total brotli', total, 'raw', code.length);
for (const r of rows) console.log(String(r[1]).padStart(7), String(r[2]).padStart(6), r[0]);
