import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, check } from '../helpers.js';
import { mixedScript, skeleton } from '../../src/model/unicode-text.js';

// Issue 20, item 5: Trojan Source and lookalike names (docs/language.md §1, §4).
const RLO = '\u202E';
const PDF = '\u202C';
const LS = '\u2028';

describe('hidden-text (bidi controls and U+2028/U+2029 anywhere)', () => {
    it('reports each hidden character in strings, comments and code, naming the code point', async () => {
        const text = `// see annex${LS}  city X "Each party pays ${RLO}%001 ot pu${PDF}." { code 120000 }\n/* \u2066 */\n`;
        const diagnostics = (await check(text)).filter(d => d.code === 'hidden-text');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.range.start.character, d.range.end.character]), [
            [0, 12, 13], [0, 39, 40], [0, 50, 51], [1, 3, 4],
        ]);
        assert.match(diagnostics[0].message, /U\+2028 LINE SEPARATOR/);
        assert.match(diagnostics[1].message, /U\+202E RIGHT-TO-LEFT OVERRIDE/);
        assert.equal(diagnostics[0].severity, 1);
    });

    it('reads the text after U+2028 in a // comment as code, as an editor shows it', async () => {
        // The clause must not silently disappear into the comment: the lexer ends the comment there.
        const diagnostics = await check(`// see annex${LS}city Y "y" { code 12 }\n`);
        assert.ok(diagnostics.some(d => d.code === 'division-code'), JSON.stringify(diagnostics.map(d => d.code)));
        assert.ok(diagnostics.some(d => d.code === 'hidden-text'));
    });

    it('accepts right-to-left text itself, and escapes written as \\u202E', async () => {
        const diagnostics = await check('city X "مدينة \\u202E" { code 120000 }\n');
        assert.deepEqual(diagnostics.filter(d => d.code === 'hidden-text'), []);
    });

    it('quick fix removes the character and nothing else', async () => {
        const text = `city X "a${RLO}b" { code 120000 }\n`;
        const ws = await buildWorkspace({ 'main.citypact': text });
        const document = ws.documents.get('main.citypact')!;
        const diagnostic = ws.diagnostics('main.citypact').find(d => d.code === 'hidden-text')!;
        const [action] = await ws.services.CityPact.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        }) as CodeAction[];
        assert.match(action.title, /U\+202E/);
        const edits = action.edit!.changes![document.uri.toString()];
        assert.equal(TextDocument.applyEdits(document.textDocument, edits), 'city X "ab" { code 120000 }\n');
    });
});

describe('confusable-name and NFC names', () => {
    it('computes UTS #39 skeletons and mixed scripts from Unicode data', () => {
        assert.equal(skeleton('Shаnghai'), skeleton('Shanghai'));
        assert.notEqual(skeleton('Shanghai'), skeleton('Shenzhen'));
        assert.deepEqual(mixedScript('Mеd')?.scripts, ['Latin', 'Cyrillic']);
        assert.deepEqual(mixedScript('Ｓhanghai')?.scripts, ['full-width Latin', 'Latin']);
        assert.equal(mixedScript('上海Pudong'), undefined);
        assert.equal(mixedScript('Москва'), undefined);
    });

    it('warns on a Cyrillic lookalike of the standard library\'s Shanghai', async () => {
        const diagnostics = await check('city Shаnghai "上海市" { code 310000 }\n');
        const confusable = diagnostics.find(d => d.code === 'confusable-name');
        assert.ok(confusable, JSON.stringify(diagnostics.map(d => d.code)));
        assert.equal(confusable.severity, 2);
        assert.match(confusable.message, /looks like 'Shanghai' in the standard library/);
        assert.match(confusable.message, /U\+0430/);
        assert.equal(diagnostics.filter(d => d.code === 'duplicate-name').length, 0);
    });

    it('reports the later of two lookalike declarations in the workspace, and a mixed-script name alone', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'organization Med "甲" { kind enterprise }\n',
            'b.citypact': 'organization Mеd "乙" { kind enterprise }\norganization Ｘray "丙" { kind enterprise }\n',
        });
        assert.deepEqual(ws.codes('a.citypact').filter(c => c === 'confusable-name'), []);
        const later = ws.diagnostics('b.citypact').filter(d => d.code === 'confusable-name');
        assert.equal(later.length, 2);
        assert.match(later[0].message, /looks like 'Med' in a\.citypact/);
        assert.match(later[1].message, /mixes full-width Latin \+ Latin letters/);
    });

    it('compares names after NFC: 金 as U+91D1 and U+F90A is one name (duplicate-name, and links)', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'department \u91D1融局 "金融局" of Shanghai\n',
            'b.citypact': 'department \uF90A融局 "金融局" of Shanghai\ndataset X "x" of Shanghai.\uF90A融局 { sharing unconditional }\n',
        });
        const codes = ws.codes('b.citypact');
        assert.ok(codes.includes('duplicate-name'), codes.join());
        assert.ok(!codes.includes('unresolved-reference'), codes.join());
        assert.ok(!codes.includes('confusable-name'), codes.join());
    });

    it('names the other file of a duplicate by its path in the workspace, not its basename', async () => {
        const ws = await buildWorkspace({
            'east/registry.citypact': 'organization Dup "甲" { kind enterprise }\n',
            'west/registry.citypact': 'organization Dup "乙" { kind enterprise }\n',
        });
        const message = ws.diagnostics('west/registry.citypact').find(d => d.code === 'duplicate-name')?.message ?? '';
        assert.match(message, /in \.\.\/east\/registry\.citypact|in east\/registry\.citypact/);
    });
});

describe('lexer errors name invisible characters by code point', () => {
    it('shows U+200B, U+0007 and U+202E as code points, visible ones as themselves', async () => {
        for (const [char, expected] of [['\u200B', /invisible character U\+200B/], ['\u0007', /invisible character U\+0007/], ['\u202E', /U\+202E RIGHT-TO-LEFT OVERRIDE/], ['§', /Unexpected character '§'/]] as const) {
            const syntax = (await check(`city X "x" { code 120000 }\n${char}\n`)).filter(d => d.code === 'syntax');
            assert.equal(syntax.length, 1, char);
            assert.match(syntax[0].message, expected);
        }
    });
});
