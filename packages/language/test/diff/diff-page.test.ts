import assert from 'node:assert/strict';
import { handleDiffRequest } from '../../src/lsp/diff-request.js';
import { buildWorkspace } from '../helpers.js';
import { loadExamples } from '../robustness/example-corpus.js';
import { BASE, REGISTRY, edit } from './diff-helpers.js';

/** The editor's "Compare with Previous Version" (`citypact/diff`), as the language server answers it. */
describe('diff: the compare page (citypact/diff)', () => {
    it('compares an agreement with the one it supersedes, grouped by impact, with links to both files', async () => {
        const yrd = loadExamples().find(e => e.name === 'yrd-medical-settlement')!;
        const ws = await buildWorkspace(yrd.files, '/yrd');
        const uri = ws.documents.get('agreement.citypact')!.uri.toString();
        const result = await handleDiffRequest({ uri }, ws.services.shared, ws.services.CityPact);
        assert.ok(!('error' in result), JSON.stringify(result));
        assert.equal(result.against, 'supersedes');
        assert.equal(result.changes, 34);
        const headings = [...result.html.matchAll(/<h3>.*?<\/span>(.*?)<\/h3>/g)].map(m => m[1]);
        assert.deepEqual(headings, ['数据保护 data protection (7)', '实质性 substantive (20)', '编辑性 editorial (7)']);
        // Before and after side by side, each cell linking to its own file and line.
        const oldUri = ws.documents.get('agreement-2021.citypact')!.uri.toString();
        const row = /<tr><td><span class="cp-tag">widened<\/span> exchange<br><span class="cp-diff-target">YRDMedicalSettlement\.<wbr>HangzhouFilings · frequency<\/span><\/td><td class="cp-diff-value" data-line="(\d+)" data-uri="([^"]+)"[^>]*>daily<\/td><td class="cp-diff-value" data-line="(\d+)" data-uri="([^"]+)"[^>]*>realtime<\/td><\/tr>/.exec(result.html);
        assert.ok(row, 'the frequency row');
        const lineOf = (file: string, text: string) => yrd.files[file].split('\n').findIndex(l => l.includes(text)) + 1;
        assert.equal(Number(row[1]), lineOf('agreement-2021.citypact', 'frequency daily'));
        assert.equal(row[2], oldUri);
        assert.equal(Number(row[3]), lineOf('agreement.citypact', 'frequency realtime'));
        assert.equal(row[4], uri);
        // Sets mark what the other side lacks.
        assert.match(result.html, /cross-region, <ins>cross-level<\/ins>, cross-department/);
    });

    it('else compares with the text at git HEAD, in a workspace of its own, linking only the current file', async () => {
        const current = edit(BASE, 'retention 5 years', 'retention 10 years');
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, 'pact.citypact': current }, '/git');
        const uri = ws.documents.get('pact.citypact')!.uri.toString();
        const result = await handleDiffRequest({ uri, previousText: BASE }, ws.services.shared, ws.services.CityPact);
        assert.ok(!('error' in result), JSON.stringify(result));
        assert.equal(result.against, 'git');
        assert.equal(result.changes, 1);
        assert.match(result.html, /<td class="cp-diff-value">5 years<\/td><td class="cp-diff-value" data-line="\d+" data-uri="[^"]+"[^>]*>10 years<\/td>/);
        // The workspace the editor has is untouched by the comparison.
        assert.equal(ws.documents.get('pact.citypact')!.textDocument.getText(), current);
        const none = await handleDiffRequest({ uri }, ws.services.shared, ws.services.CityPact);
        assert.ok('error' in none && /No previous version/.test(none.error));
    });

    it('escapes what the files say', async () => {
        const hostile = edit(BASE, '"诊疗记录共享"', '"<img src=x onerror=alert(1)>"');
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, 'pact.citypact': hostile }, '/esc');
        const result = await handleDiffRequest({ uri: ws.documents.get('pact.citypact')!.uri.toString(), previousText: BASE }, ws.services.shared, ws.services.CityPact);
        assert.ok(!('error' in result));
        assert.doesNotMatch(result.html, /<img/);
        assert.match(result.html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    });
});
