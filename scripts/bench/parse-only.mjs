// The parse-only baseline (issue #8): a process shaped like `citypact check` (load
// the language, read every .citypact file under the root, standard library
// included) that runs Langium's parser on each file and nothing else: no index, no
// scopes, no linking, no validation. Like any workspace build, it keeps every parsed
// document until the end (a check must hold them all at once to link across files);
// `--drop` lets each go as soon as it is parsed, for comparison. Prints a JSON line
// with its phase times.
//
// Usage: node --import ./scripts/polyfill.mjs scripts/bench/parse-only.mjs <root>

import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCityPactServices, STDLIB_TEXT, STDLIB_URI } from 'citypact-language';

const loaded = performance.now();
const root = path.resolve(process.argv[2] ?? '.');
const keep = !process.argv.includes('--drop');

/** Every .citypact file below a folder, sorted, skipping dot folders and node_modules (as the CLI does). */
function walk(folder) {
    const result = [];
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) result.push(...walk(full));
        else if (entry.isFile() && entry.name.endsWith('.citypact')) result.push(full);
    }
    return result;
}

const { shared } = createCityPactServices(NodeFileSystem);
const factory = shared.workspace.LangiumDocumentFactory;
const servicesReady = performance.now();

const files = walk(root);
const texts = files.map(file => fs.readFileSync(file, 'utf8'));
const read = performance.now();

let lexerErrors = 0;
let parserErrors = 0;
const kept = [];
const count = document => {
    if (keep) kept.push(document);
    lexerErrors += document.parseResult.lexerErrors.length;
    parserErrors += document.parseResult.parserErrors.length;
};
count(factory.fromString(STDLIB_TEXT, STDLIB_URI));
for (let i = 0; i < files.length; i++) count(factory.fromString(texts[i], URI.file(files[i])));
const parsed = performance.now();

process.stdout.write(JSON.stringify({
    files: files.length + 1,
    kept: kept.length,
    loadMs: loaded,
    servicesMs: servicesReady - loaded,
    readMs: read - servicesReady,
    parseMs: parsed - read,
    totalMs: parsed,
    lexerErrors,
    parserErrors,
}) + '\n');
