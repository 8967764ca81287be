import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { buildWorkspace, type TextDiagnostic } from './helpers.js';
import { editDistance, nearest } from '../src/model/edit-distance.js';

/**
 * Messages that teach (docs/language.md §4.1, docs/slips.md): one diagnostic per
 * slip, named after the slip, with the repair as a quick fix where there is one.
 */
const AGREEMENT = (lines: string) => `agreement A "协议" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n${lines}\n}\n`;

async function diagnose(text: string) {
    const ws = await buildWorkspace({ 'a.citypact': text });
    return { ws, diagnostics: ws.diagnostics('a.citypact') };
}

/** The one quick fix of a diagnostic, applied: the repaired text. */
async function repair(text: string, diagnostic: TextDiagnostic): Promise<{ title: string; fixed: string }> {
    const ws = await buildWorkspace({ 'a.citypact': text });
    const document = ws.documents.get('a.citypact')!;
    const same = (document.diagnostics ?? []).find(d => d.message === diagnostic.message)!;
    const actions = await ws.services.CityPact.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: same.range, context: { diagnostics: [same] },
    }) as CodeAction[];
    assert.equal(actions.length, 1, 'one quick fix');
    const edits = actions[0].edit!.changes![document.uri.toString()];
    return { title: actions[0].title, fixed: TextDocument.applyEdits(TextDocument.create('x', 'citypact', 1, text), edits) };
}

describe('messages that teach (§4.1)', () => {
    it('edit distance counts a swap of neighbours as one slip and Chinese per character', () => {
        assert.equal(editDistance('HSRR', 'HRSS'), 2);
        assert.equal(editDistance('purpse', 'purpose'), 1);
        assert.equal(editDistance('puprose', 'purpose'), 1);
        assert.equal(editDistance('医保局', '医疗保障局'), 2);
        assert.equal(nearest('Chongqing.HSRR', ['Chongqing.HRSS', 'Chengdu.HRSS']), 'Chongqing.HRSS');
        assert.equal(nearest('xyz', ['purpose']), undefined);
    });

    it('a full-width comma is named with the ASCII comma meant, once, with a quick fix for the line', async () => {
        const text = AGREEMENT('  body B "b" {\n    members Shanghai，Beijing\n    chair Shanghai\n    decides by majority\n  }');
        const { diagnostics } = await diagnose(text);
        const syntax = diagnostics.filter(d => d.code === 'syntax');
        assert.equal(syntax.length, 1, JSON.stringify(syntax.map(d => d.message)));
        assert.match(syntax[0].message, /full-width comma '，'.*ASCII ','/);
        const { title, fixed } = await repair(text, syntax[0]);
        assert.equal(title, "Replace with ','");
        assert.ok(fixed.includes('members Shanghai,Beijing'));
        assert.deepEqual((await diagnose(fixed)).diagnostics.filter(d => d.code === 'syntax'), []);
    });

    it('Chinese quotes give one diagnostic that names ASCII quotes, and the fix replaces both', async () => {
        const text = AGREEMENT('').replace('party Shanghai', 'party Shanghai signatory “厅长”');
        const syntax = (await diagnose(text)).diagnostics.filter(d => d.code === 'syntax');
        assert.equal(syntax.length, 1, JSON.stringify(syntax.map(d => d.message)));
        assert.match(syntax[0].message, /Chinese quotation mark “.*ASCII quotes "…"/);
        const { fixed } = await repair(text, syntax[0]);
        assert.ok(fixed.includes('signatory "厅长"'), fixed);
    });

    it('a misspelt keyword names the nearest keyword of its block, with a quick fix', async () => {
        const text = 'city C "c" {\n  whithin Hebei\n}\n';
        const syntax = (await diagnose(text)).diagnostics.filter(d => d.code === 'syntax');
        assert.equal(syntax.length, 1);
        assert.equal(syntax[0].message, "Unknown keyword 'whithin': did you mean 'within'?");
        assert.equal((await repair(text, syntax[0])).fixed, 'city C "c" {\n  within Hebei\n}\n');
        const fr = (await diagnose(AGREEMENT('  exchange X "x" {\n    fr Shanghai\n  }'))).diagnostics.filter(d => d.code === 'syntax');
        assert.match(fr[0].message, /did you mean 'from'\?/);
    });

    it('a missing } names the line of the { it leaves open', async () => {
        const text = AGREEMENT('  body B "b" {\n    members Shanghai, Beijing\n    chair Shanghai\n    decides by majority\n').replace(/\}\n$/, '');
        const syntax = (await diagnose(text)).diagnostics.filter(d => d.code === 'syntax');
        assert.ok(syntax.some(d => /close the '\{' of line 6 \(body B\)/.test(d.message)), JSON.stringify(syntax.map(d => d.message)));
    });

    it('a percentage with three decimals says two are allowed, in one diagnostic', async () => {
        const text = AGREEMENT('  service S "s" {\n    mode online\n    provider Shanghai\n    users Beijing\n    costs {\n      Shanghai 33.340%\n      Beijing 66.66%\n    }\n  }');
        const syntax = (await diagnose(text)).diagnostics.filter(d => d.code === 'syntax');
        assert.equal(syntax.length, 1, JSON.stringify(syntax.map(d => d.message)));
        assert.equal(syntax[0].message, 'The percentage 33.340% has 3 decimals; at most two are allowed (33.33%)');
    });

    it('a date without leading zeros is shown written right, with a quick fix', async () => {
        const text = AGREEMENT('  signed 2024-8-1');
        // The lexer reads the short date as a date: the rest of the agreement still parses and is checked.
        const syntax = (await diagnose(text)).diagnostics.filter(d => d.code === 'syntax');
        assert.deepEqual(syntax.map(d => d.message), ['Write the date 2024-8-1 as 2024-08-01: dates are YYYY-MM-DD, with leading zeros']);
        assert.ok((await repair(text, syntax[0])).fixed.includes('signed 2024-08-01'));
    });

    it('a list after by explains that by names one actor', async () => {
        const text = AGREEMENT('  obligation O "o" {\n    by Shanghai, Beijing\n    due 2024-06-01\n  }');
        const syntax = (await diagnose(text)).diagnostics.filter(d => d.code === 'syntax');
        assert.equal(syntax.length, 1, JSON.stringify(syntax.map(d => d.message)));
        assert.match(syntax[0].message, /^'by' names exactly one actor, not a list; name the others with 'for'/);
    });

    it('a bad escape gives one diagnostic naming the escape', async () => {
        const text = AGREEMENT('  clause C "坏\\x转义"');
        const syntax = (await diagnose(text)).diagnostics;
        assert.deepEqual(syntax.map(d => d.message), ["The escape '\\x' is not allowed in a string; the escapes are \\\" \\\\ \\n \\t \\uXXXX (write \\\\ for a backslash)"]);
    });

    it('a misspelt name suggests the nearest declared name of the right kind; the quick fix puts it in', async () => {
        const text = 'department HRSS "重庆市人力资源和社会保障局" of Chongqing\n' + AGREEMENT('').replace('party Beijing', 'party Chongqing.HSRR');
        const unresolved = (await diagnose(text)).diagnostics.filter(d => d.code === 'unresolved-reference');
        assert.equal(unresolved.length, 1);
        assert.match(unresolved[0].message, /did you mean 'Chongqing\.HRSS' \(重庆市人力资源和社会保障局\)\?$/);
        const { title, fixed } = await repair(text, unresolved[0]);
        assert.equal(title, "Replace with 'Chongqing.HRSS'");
        assert.ok(fixed.includes('party Chongqing.HRSS\n'));
    });

    it('a Chinese label written as a name suggests the declaration it labels', async () => {
        const unresolved = (await diagnose(AGREEMENT('').replace('party Beijing', 'party 北京'))).diagnostics.filter(d => d.code === 'unresolved-reference');
        assert.match(unresolved[0].message, /did you mean 'Beijing' \(北京市\)\?$/);
    });

    it('a name of the wrong kind is not suggested', async () => {
        const text = 'dataset Beijng "d" of Shanghai {\n  sharing unconditional\n}\n' + AGREEMENT('').replace('party Beijing', 'party Bejing');
        const unresolved = (await diagnose(text)).diagnostics.filter(d => d.code === 'unresolved-reference');
        assert.match(unresolved[0].message, /did you mean 'Beijing'/);
    });
});
