// In-process keystroke simulation, for profiling and quick comparisons while the
// machine is busy (CPU time is less disturbed by other processes than wall time).
// Loads a corpus the way the language server does (the real services, every file,
// the standard library), validates it, opens the large file and the shared registry,
// then types into them through the same DocumentBuilder.update the server runs on
// didChange. Reports wall and CPU time per keystroke, and where the time went by
// build phase.
//
// Usage: node --import ./scripts/polyfill.mjs scripts/bench/keystrokes.mjs <corpus root> [--edits N] [--registry] [--national]
//        (--national also loads the national library, as the server does for a folder whose
//        citypact.json says "stdlib": "national"; give it such a corpus)
//        (add --cpu-prof --cpu-prof-dir DIR before the script to profile)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCityPactServices, NATIONAL_TEXT, NATIONAL_URI, STDLIB_TEXT, STDLIB_URI } from 'citypact-language';
import { MANIFEST } from './generate.mjs';

const root = path.resolve(process.argv[2]);
const editsIndex = process.argv.indexOf('--edits');
const edits = editsIndex > 0 ? Number(process.argv[editsIndex + 1]) : 50;
const manifest = JSON.parse(fs.readFileSync(path.join(root, MANIFEST), 'utf8'));

const { shared } = createCityPactServices(NodeFileSystem);
const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder, TextDocuments } = shared.workspace;

const phaseTimes = new Map();
let phaseStart = 0;
for (const state of [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
    DocumentBuilder.onBuildPhase(state, () => {
        const now = performance.now();
        phaseTimes.set(state, (phaseTimes.get(state) ?? 0) + now - phaseStart);
        phaseStart = now;
    });
}
DocumentBuilder.onUpdate(() => { phaseStart = performance.now(); });

const t0 = performance.now();
const documents = [LangiumDocumentFactory.fromString(STDLIB_TEXT, STDLIB_URI)];
if (process.argv.includes('--national')) documents.push(LangiumDocumentFactory.fromString(NATIONAL_TEXT, NATIONAL_URI));
for (const file of manifest.fileList) {
    documents.push(LangiumDocumentFactory.fromString(fs.readFileSync(path.join(root, file), 'utf8'), URI.file(path.join(root, file))));
}
documents.forEach(d => LangiumDocuments.addDocument(d));
await DocumentBuilder.build(documents, { validation: true });
console.log(`loaded and validated ${documents.length} documents in ${((performance.now() - t0) / 1000).toFixed(2)} s; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

const TYPED = '各方按季度通报协议执行情况并接受社会监督';

async function typeInto(relative, findLine) {
    const uri = URI.file(path.join(root, relative));
    let text = fs.readFileSync(path.join(root, relative), 'utf8');
    let version = 1;
    TextDocuments.set(TextDocument.create(uri.toString(), 'citypact', version, text));
    await DocumentBuilder.update([uri], []);
    const lines = text.split('\n');
    const line = findLine(lines);
    let offset = text.split('\n').slice(0, line).join('\n').length + 1 + lines[line].lastIndexOf('"');
    const wall = [];
    const cpu = [];
    phaseTimes.clear();
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    for (let k = 0; k < edits; k++) {
        text = text.slice(0, offset) + TYPED[k % TYPED.length] + text.slice(offset);
        offset++;
        TextDocuments.set(TextDocument.create(uri.toString(), 'citypact', ++version, text));
        const c = process.cpuUsage();
        const t = performance.now();
        await DocumentBuilder.update([uri], []);
        wall.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
        const own = LangiumDocuments.getDocument(uri);
        if (own.diagnostics.some(d => d.severity === 1)) throw new Error('typing produced errors');
    }
    const toUs = Number(process.hrtime.bigint() / 1000n);
    const q = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil(p * values.length) - 1];
    const names = { 1: 'parse', 2: 'index', 3: 'scopes', 4: 'link', 5: 'index refs', 6: 'validate' };
    console.log(`${relative}: wall p50 ${q(wall, 0.5).toFixed(1)} ms, p95 ${q(wall, 0.95).toFixed(1)} ms; cpu p50 ${q(cpu, 0.5).toFixed(1)} ms, p95 ${q(cpu, 0.95).toFixed(1)} ms`);
    const mean = wall.reduce((a, b) => a + b, 0) / edits;
    const phases = [...phaseTimes.values()].reduce((a, b) => a + b, 0) / edits;
    console.log(`  per keystroke (mean ${mean.toFixed(1)} ms): ` + [...phaseTimes].map(([s, ms]) => `${names[s]} ${(ms / edits).toFixed(1)} ms`).join(', ') + `, before the phases ${(mean - phases).toFixed(1)} ms`);
    console.log(`  (profile window: --from ${fromUs} --to ${toUs})`);
}

const middle = lines => {
    const m = Math.floor(lines.length / 2);
    for (let d = 0; ; d++) {
        if (/^\s+purpose "/.test(lines[m + d])) return m + d;
        if (/^\s+purpose "/.test(lines[m - d])) return m - d;
    }
};
await typeInto(manifest.largeFile, middle);
if (process.argv.includes('--registry')) {
    await typeInto(manifest.sharedRegistry, lines => lines.findIndex(l => l.startsWith('department DevelopmentReform')));
}
