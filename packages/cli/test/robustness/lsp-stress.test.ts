import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type StdioClient } from '../lsp-client.js';
import {
    assertAllAnswered, assertServerHealthy, bigFile, endPosition, exampleWorkspace, hoverText, positionOf, residentMegabytes,
    seededRandom, type PublishParams,
} from './stress-helpers.js';
import { tempWorkspace } from '../run-cli.js';

/**
 * The language server under stress, over stdio as an editor drives it
 * (docs/reliability.md): after each attack it must still answer hover and publish
 * correct diagnostics, without logging an error. Bounds are generous for a loaded
 * 2-core CI machine; each scenario takes a few seconds here.
 */
describe('language server under stress (robustness)', function () {
    this.timeout(60_000);
    let client: StdioClient | undefined;
    let cleanup: (() => void) | undefined;

    afterEach(() => {
        client?.child.kill();
        client = undefined;
        cleanup?.();
        cleanup = undefined;
    });

    const AGREEMENT = 'agreement.citypact';
    /** V8's old generation for the big-file scenario. */
    const HEAP_BUDGET_MB = 160;
    /** Measured at most 200 MB here; a kept 10 MB document would add about 50 MB each time. */
    const RESIDENT_BOUND_MB = 320;

    async function openExample(example = 'gba-transport-link', execArgv: string[] = []) {
        const ws = exampleWorkspace(example);
        cleanup = ws.cleanup;
        client = startServer(ws.dir, execArgv);
        await client.initialize(ws.dir);
        const uri = ws.uri(AGREEMENT);
        const text = ws.text(AGREEMENT);
        const clean = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
        assert.deepEqual((await clean).diagnostics, [], 'the example starts clean');
        return { ws, client, uri, text };
    }

    it('survives 2,000 rapid edits of half-typed and broken text, then answers hover and diagnostics', async () => {
        const { client, uri, text } = await openExample();
        const random = seededRandom(9);
        const responses: Array<Promise<unknown>> = [];
        let version = 1;
        let current = text;

        // 1. Typing a new agreement at the end, one character per didChange (incremental sync).
        const typed = '\n/** 键入中 */\nagreement Typed "键入" {\n  version 1.0.0\n  effective 2024-01-01\n  party Guangzhou.Transport\n  party Shenzhen.Transport\n'
            + '  body Board "委员会" {\n    members Guangzhou.Transport, Shenzhen.Transport\n    chair Guangzhou.Transport\n    decides by majority\n  }\n'
            + '  disputes by Board then arbitration "广州仲裁委员会"\n  amendment by unanimity\n  termination notice 30 days\n}\n';
        for (const char of typed.repeat(3)) {
            const at = endPosition(current);
            current += char;
            client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: char }] });
            if (version % 40 === 0) responses.push(client.request('textDocument/hover', { textDocument: { uri }, position: at }));
            if (version % 97 === 0) responses.push(client.request('textDocument/completion', { textDocument: { uri }, position: at }));
        }
        assert.ok(version > 1_000);

        // 2. Whole-document replacements with broken text: cut short, unbalanced, random bytes.
        const damage = ['{', '}', '"', '/*', '"\\', '\u0000', '\uD800', '9'.repeat(400), '{'.repeat(200), 'party', '.'];
        while (version < 2_000) {
            const cut = random(current.length);
            const broken = random(2) === 0
                ? current.slice(0, cut)
                : current.slice(0, cut) + damage[random(damage.length)] + current.slice(cut + random(20));
            client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: broken }] });
            if (version % 50 === 0) responses.push(client.request('textDocument/documentSymbol', { textDocument: { uri } }));
            if (version % 77 === 0) responses.push(client.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
        }

        // 3. The final text: valid except for one unresolved name on a known line.
        const final = text.replace('party Dongguan.Transport', 'party Dongguan.Nowhere');
        const settled = client.waitFor<PublishParams>('textDocument/publishDiagnostics',
            p => p.uri === uri && p.diagnostics.some(d => d.message.includes('Dongguan.Nowhere')), 30_000);
        client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: final }] });
        const diagnostics = (await settled).diagnostics;
        assert.deepEqual(diagnostics.map(d => d.code).filter(c => c !== 'not-a-party' && c !== 'body-coverage'), ['unresolved-reference'], JSON.stringify(diagnostics));
        const unresolved = diagnostics.find(d => d.code === 'unresolved-reference')!;
        assert.deepEqual(unresolved.range.start, positionOf(final, 'Dongguan.Nowhere'));

        await assertAllAnswered(responses, 20_000);
        assert.match(await hoverText(client, uri, positionOf(final, 'Guangzhou.Transport role lead', 12)), /广州市交通运输局/);
        assertServerHealthy(client);
    });

    it('answers every request cancelled mid-flight, and keeps answering', async () => {
        const { client, uri, text } = await openExample();
        const random = seededRandom(17);
        const position = positionOf(text, 'Shenzhen.Transport', 10);
        const requests: Array<[string, unknown]> = [
            ['textDocument/hover', { textDocument: { uri }, position }],
            ['textDocument/completion', { textDocument: { uri }, position }],
            ['textDocument/definition', { textDocument: { uri }, position }],
            ['textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }],
            ['textDocument/documentSymbol', { textDocument: { uri } }],
            ['textDocument/semanticTokens/full', { textDocument: { uri } }],
            ['textDocument/codeLens', { textDocument: { uri } }],
            ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }],
            ['textDocument/rename', { textDocument: { uri }, position, newName: 'Transit' }],
        ];
        const responses: Array<Promise<unknown>> = [];
        let version = 1;
        // A long document keeps the server rebuilding, so requests wait, and are cancelled while they wait.
        const long = text + Array.from({ length: 3_000 }, (_, i) => `department D${i} "部门${i}" of Guangzhou\n`).join('');
        for (let round = 0; round < 8; round++) {
            client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: round % 2 ? text : long }] });
            for (const [method, params] of requests) {
                const { id, response } = client.send(method, params);
                responses.push(response);
                const when = random(3);
                if (when === 0) client.cancel(id);
                else if (when === 1) setTimeout(() => client.cancel(id), random(5));
            }
        }
        const clean = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && p.diagnostics.length === 0);
        client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        const { cancelled } = await assertAllAnswered(responses, 20_000);
        assert.ok(cancelled > 0, 'some requests were really cancelled');
        await clean;
        assert.match(await hoverText(client, uri, position), /深圳市交通运输局/);
        assertServerHealthy(client);
    });

    it('keeps an open file whose file on disk is deleted and recreated', async () => {
        const { ws, client, uri, text } = await openExample();
        const registry = ws.uri('registry.citypact');
        const registryText = ws.text('registry.citypact');
        const registryPath = path.join(ws.dir, 'registry.citypact');
        client.notify('textDocument/didOpen', { textDocument: { uri: registry, languageId: 'citypact', version: 1, text: registryText } });
        const hoverGuangzhou = () => hoverText(client, uri, positionOf(text, 'Guangzhou.Transport role lead', 12));
        assert.match(await hoverGuangzhou(), /广州市交通运输局/);

        // Deleted on disk while open: the editor's buffer still declares the departments.
        fs.rmSync(registryPath);
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: registry, type: 3 }] });
        assert.match(await hoverText(client, registry, positionOf(registryText, 'Transport "广州', 3)), /广州市交通运输局/, 'hover in the open, deleted file');
        assert.match(await hoverGuangzhou(), /广州市交通运输局/, 'references into it still resolve');

        // Recreated with other content, then closed: the server goes back to the disk.
        fs.writeFileSync(registryPath, registryText.replace(/department Transport "广州市交通运输局"[^\n]*\n/, ''));
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: registry, type: 1 }] });
        const unresolved = client.waitFor<PublishParams>('textDocument/publishDiagnostics',
            p => p.uri === uri && p.diagnostics.some(d => d.code === 'unresolved-reference' && d.message.includes('Guangzhou.Transport')));
        client.notify('textDocument/didClose', { textDocument: { uri: registry } });
        await unresolved;

        // A closed file deleted and recreated: its declarations leave and come back.
        fs.writeFileSync(registryPath, registryText);
        const clean = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && p.diagnostics.length === 0);
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: registry, type: 2 }] });
        await clean;
        assertServerHealthy(client);
    });

    it('forgets a closed untitled buffer, or a CityPact buffer without the extension, and does not crash', async () => {
        const { ws, client, uri, text } = await openExample();
        // VS Code's new unsaved files, and a .txt file switched to the CityPact language mode.
        const clash = 'department Transport "重名" of Guangzhou\n';
        for (const other of ['untitled:Untitled-1', ws.uri('notes.txt')]) {
            const clashing = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === other && p.diagnostics.some(d => d.code === 'duplicate-name'));
            client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'citypact', version: 1, text: clash } });
            await clashing;
            const cleared = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === other && p.diagnostics.length === 0);
            client.notify('textDocument/didClose', { textDocument: { uri: other } });
            await cleared;
        }
        // The next build must neither crash nor still see the closed declarations.
        const edited = text.replace('version 1.0.0', 'version 1.0.1');
        const rebuilt = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri);
        client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
        assert.deepEqual((await rebuilt).diagnostics, []);
        assert.match(await hoverText(client, uri, positionOf(text, 'Guangzhou.Transport role lead', 12)), /广州市交通运输局/);
        assertServerHealthy(client);
    });

    it('opens four 10 MB files one after another in a fixed memory budget, answering in each', async () => {
        // The old generation is capped at 160 MB. One 10 MB file needs about 50 MB of it;
        // four only fit one after another if each is given back when it closes.
        const { ws, client, uri, text } = await openExample('gba-transport-link', [`--max-old-space-size=${HEAP_BUDGET_MB}`]);
        const outside = tempWorkspace({}); // opened from outside the workspace folder
        const previousCleanup = cleanup;
        cleanup = () => { previousCleanup?.(); outside.cleanup(); };
        const big = bigFile(10 * 1024 * 1024);
        const lines = big.split('\n').length;
        const resident: number[] = [];
        for (let round = 1; round <= 4; round++) {
            // A new name each time: a document kept after closing would stay in memory.
            const file = path.join(outside.dir, `big-${round}.citypact`);
            fs.writeFileSync(file, big);
            const bigUri = pathToFileURL(file).toString();
            const opened = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === bigUri, 40_000);
            client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'citypact', version: 1, text: big } });
            assert.deepEqual((await opened).diagnostics, []);
            assert.match(await hoverText(client, bigUri, { line: lines - 2, character: 12 }), /部门/, 'hover at the end of the big file');
            const closed = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === bigUri && p.diagnostics.length === 0, 40_000);
            client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
            await closed;
            resident.push(residentMegabytes(client.child.pid!) ?? 0);
        }
        // Its declarations left with it: the same name declared again is no duplicate.
        const again = ws.uri('again.citypact');
        const checked = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === again);
        client.notify('textDocument/didOpen', { textDocument: { uri: again, languageId: 'citypact', version: 1, text: 'department D7 "部门7" of Guangzhou\n' } });
        assert.deepEqual((await checked).diagnostics, []);
        assert.match(await hoverText(client, uri, positionOf(text, 'Guangzhou.Transport role lead', 12)), /广州市交通运输局/);
        // RSS (Linux): the heap budget, plus code, young generation and I/O buffers.
        assert.ok(Math.max(...resident) <= RESIDENT_BOUND_MB, `resident memory after each close (MB): ${resident.map(r => r.toFixed(0)).join(', ')}`);
        assertServerHealthy(client);
    });

    it('handles a 10,000-character line: columns in UTF-16 code units, hover at its end', async () => {
        const { ws, client } = await openExample();
        // One line: astral and Chinese characters first, then 300 fields, then an error.
        const fields = Array.from({ length: 1_000 }, (_, i) => `"字段${i}𠀀"`).join(', ');
        const line = `dataset Wide "宽表𠀀" of Guangzhou.Transport { sharing unconditional fields ${fields} classification secret }`;
        assert.ok(line.length > 10_000, `${line.length} characters`);
        const file = ws.uri('wide.citypact');
        const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === file && p.diagnostics.length > 0);
        client.notify('textDocument/didOpen', { textDocument: { uri: file, languageId: 'citypact', version: 1, text: line + '\n' } });
        const syntax = (await published).diagnostics.find(d => d.code === 'syntax');
        assert.ok(syntax, 'the bad classification is a syntax error');
        assert.deepEqual(syntax.range.start, { line: 0, character: line.indexOf('secret') }, 'UTF-16 column of `secret`');
        const hover = await hoverText(client, file, { line: 0, character: line.indexOf('Guangzhou.Transport') + 12 });
        assert.match(hover, /广州市交通运输局/);
        assertServerHealthy(client);
    });

    it('keeps answering while citypact.json turns invalid, and recovers when it is fixed', async () => {
        const { ws, client, uri, text } = await openExample();
        const configPath = path.join(ws.dir, 'citypact.json');
        const config = ws.uri('citypact.json');
        const position = positionOf(text, 'Guangzhou.Transport role lead', 12);
        const broken: Array<string | Buffer> = [
            '{ "rules": { "missing-clause": "of',        // cut short
            '',                                          // emptied
            '[1, 2, 3]',                                 // not an object
            '{ "rules": 5, "stdlib": "yes", "locale": 7 }', // wrong types
            Buffer.from([0xff, 0xfe, 0x00, 0x7b]),       // not text at all
            `{ "rules": { ${'"x": "off", '.repeat(2_000)}"y": "off" } }`, // thousands of unknown rules
        ];
        for (const content of broken) {
            const reported = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === config && p.diagnostics.length > 0);
            fs.writeFileSync(configPath, content);
            client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
            await reported;
            assert.match(await hoverText(client, uri, position), /广州市交通运输局/);
        }
        const fixed = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === config && p.diagnostics.length === 0);
        const clean = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && p.diagnostics.length === 0);
        fs.writeFileSync(configPath, '{}\n');
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
        await Promise.all([fixed, clean]);
        assertServerHealthy(client);
    });
});
