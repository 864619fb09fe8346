/**
 * Writes the JSON Schema of a clinic protocol (`protocolSchema`, src/core/protocol.ts) to
 * dist/protocol.schema.json, or to the path given: `node --import tsx scripts/protocol-schema.js [file]`.
 * Run by `npm run build` after Vite has emptied dist/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { protocolSchema } from '../src/core/protocol.js';

const file = process.argv[2] ?? 'dist/protocol.schema.json';
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(protocolSchema, null, 2)}\n`);
