import assert from 'node:assert/strict';
import { expectFindReferences, expectFoldings, expectGoToDefinition } from 'langium/test';
import { DocumentHighlightKind, SymbolKind, type LocationLink } from 'vscode-languageserver';
import { STDLIB_TEXT } from '../../src/stdlib/standard-library.js';
import { buildWorkspace } from '../helpers.js';
import { STDLIB, at, doc, sampleWorkspace, uriOf } from './lsp-helpers.js';

async function definitionAt(ws: Awaited<ReturnType<typeof sampleWorkspace>>, file: string, marked: string): Promise<LocationLink[]> {
    const document = doc(ws, file);
    const links = await ws.services.CityPact.lsp.DefinitionProvider!.getDefinition(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, marked),
    });
    return (links ?? []) as LocationLink[];
}

/** The text a range covers in the standard library. */
function stdlibText(range: LocationLink['targetSelectionRange']): string {
    const lines = STDLIB_TEXT.split('\n');
    assert.equal(range.start.line, range.end.line);
    return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('navigation', () => {
    describe('go to definition', () => {
        it('opens the standard library for `Shanghai`', async () => {
            const ws = await sampleWorkspace({ 'a.citypact': 'district Pudong "浦东新区" of Shanghai\n' });
            const [link] = await definitionAt(ws, 'a.citypact', 'of Shang|hai');
            assert.equal(link.targetUri, STDLIB);
            assert.equal(stdlibText(link.targetSelectionRange), 'Shanghai');
            assert.ok(STDLIB_TEXT.split('\n')[link.targetRange.start.line].startsWith('city Shanghai'));
        });

        it('goes to what each segment of a qualified name names', async () => {
            const ws = await sampleWorkspace();
            const [city] = await definitionAt(ws, 'agreement.citypact', 'data Shang|hai.MedicalSecurity.InsuredPersons');
            assert.equal(city.targetUri, STDLIB);
            assert.equal(stdlibText(city.targetSelectionRange), 'Shanghai');
            assert.deepEqual(city.originSelectionRange, {
                start: at(doc(ws, 'agreement.citypact'), 'data |Shanghai.MedicalSecurity.InsuredPersons'),
                end: at(doc(ws, 'agreement.citypact'), 'data Shanghai|.MedicalSecurity.InsuredPersons'),
            });
            const [department] = await definitionAt(ws, 'agreement.citypact', 'data Shanghai.Medical|Security.InsuredPersons');
            assert.equal(department.targetUri, uriOf(ws, 'registry.citypact'));
            assert.deepEqual(department.targetSelectionRange.start, at(doc(ws, 'registry.citypact'), 'department |MedicalSecurity "上海'));
            const [dataset] = await definitionAt(ws, 'agreement.citypact', 'data Shanghai.MedicalSecurity.Insured|Persons');
            assert.deepEqual(dataset.targetSelectionRange.start, at(doc(ws, 'registry.citypact'), 'dataset |InsuredPersons'));
        });

        it('goes to an agreement member named by its simple name (langium/test expectGoToDefinition)', async () => {
            const ws = await buildWorkspace({});
            await expectGoToDefinition(ws.services.CityPact)({
                text: 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n'
                    + '  body <|Board|> "理事会" {\n    members Shanghai, Beijing\n    chair Shanghai\n    decides by majority\n  }\n'
                    + '  disputes by Bo<|>ard\n}\n',
                index: 0,
                rangeIndex: 0,
                disposeAfterCheck: true,
            });
        });
    });

    describe('find references and document highlight, segment by segment', () => {
        it('finds every use of a department across files, names built on it included', async () => {
            const ws = await sampleWorkspace();
            const registry = doc(ws, 'registry.citypact');
            const references = await ws.services.CityPact.lsp.ReferencesProvider!.findReferences(registry, {
                textDocument: { uri: registry.uri.toString() },
                position: at(registry, 'department Medical|Security "上海'),
                context: { includeDeclaration: false },
            });
            const byFile = (file: string) => references.filter(r => r.uri === uriOf(ws, file));
            // party, members, chair, provider, processes-at, costs, data (…InsuredPersons), from, by
            assert.equal(byFile('agreement.citypact').length, 9);
            // `of Shanghai.MedicalSecurity` in the dataset declaration
            assert.equal(byFile('registry.citypact').length, 1);
            const agreement = doc(ws, 'agreement.citypact').textDocument;
            assert.ok(byFile('agreement.citypact').every(r => agreement.getText(r.range) === 'MedicalSecurity'));
            // Hangzhou's and Nanjing's departments of the same simple name are not this one.
            const lines = byFile('agreement.citypact').map(r => agreement.getText({ start: { line: r.range.start.line, character: 0 }, end: r.range.end }));
            assert.ok(lines.every(line => line.endsWith('Shanghai.MedicalSecurity')), lines.join('\n'));
        });

        it('finds the uses of the city on its segment, not those of the department', async () => {
            const ws = await sampleWorkspace({ 'pudong.citypact': 'district Pudong "浦东新区" of Shanghai\n' });
            const agreement = doc(ws, 'agreement.citypact');
            const references = await ws.services.CityPact.lsp.ReferencesProvider!.findReferences(agreement, {
                textDocument: { uri: agreement.uri.toString() },
                position: at(agreement, 'chair Shang|hai.MedicalSecurity'),
                context: { includeDeclaration: true },
            });
            const files = new Set(references.map(r => r.uri));
            assert.ok(files.has(uriOf(ws, 'pudong.citypact')) && files.has(uriOf(ws, 'registry.citypact')) && files.has(STDLIB));
            const inAgreement = references.filter(r => r.uri === agreement.uri.toString());
            assert.equal(inAgreement.length, 9);
            assert.ok(inAgreement.every(r => agreement.textDocument.getText(r.range) === 'Shanghai'));
        });

        it('finds references within one document (langium/test expectFindReferences)', async () => {
            const ws = await buildWorkspace({});
            await expectFindReferences(ws.services.CityPact)({
                text: 'department <|H<|>ealth|> "卫健委" of Shanghai\ndataset D "d" of Shanghai.<|Health|> {\n  sharing unconditional\n}\n',
                includeDeclaration: true,
                disposeAfterCheck: true,
            });
        });

        it('highlights a member and its uses inside the agreement, the declaration as written', async () => {
            const ws = await sampleWorkspace();
            const agreement = doc(ws, 'agreement.citypact');
            const highlights = await ws.services.CityPact.lsp.DocumentHighlightProvider!.getDocumentHighlight(agreement, {
                textDocument: { uri: agreement.uri.toString() }, position: at(agreement, 'disputes by Joint|Committee'),
            });
            assert.deepEqual(highlights?.map(h => [h.range.start.line, h.kind]), [[12, DocumentHighlightKind.Write], [53, DocumentHighlightKind.Read]]);
        });

        it('highlights the city segment everywhere it is written', async () => {
            const ws = await sampleWorkspace();
            const registry = doc(ws, 'registry.citypact');
            const highlights = await ws.services.CityPact.lsp.DocumentHighlightProvider!.getDocumentHighlight(registry, {
                textDocument: { uri: registry.uri.toString() }, position: at(registry, 'of Shang|hai {'),
            });
            assert.deepEqual(highlights?.map(h => registry.textDocument.getText(h.range)), ['Shanghai', 'Shanghai']);
        });
    });

    describe('workspace symbols (Langium default, with CityPact icons)', () => {
        it('finds declarations by qualified name, standard library included', async () => {
            const ws = await sampleWorkspace();
            const provider = ws.services.shared.lsp.WorkspaceSymbolProvider!;
            const departments = await provider.getSymbols({ query: 'MedicalSecurity' });
            const names = departments.map(s => s.name);
            for (const name of ['Shanghai.MedicalSecurity', 'Hangzhou.MedicalSecurity', 'Nanjing.MedicalSecurity', 'Shanghai.MedicalSecurity.InsuredPersons']) {
                assert.ok(names.includes(name), name);
            }
            assert.equal(departments.find(s => s.name === 'Shanghai.MedicalSecurity')?.kind, SymbolKind.Class);
            assert.equal(departments.find(s => s.name.endsWith('InsuredPersons'))?.kind, SymbolKind.Variable);
            const shanghai = (await provider.getSymbols({ query: 'Shanghai' })).find(s => s.name === 'Shanghai');
            assert.equal(shanghai?.kind, SymbolKind.Namespace);
            assert.equal((shanghai?.location as { uri: string }).uri, STDLIB);
            const member = (await provider.getSymbols({ query: 'DirectSettlement' })).map(s => [s.name, s.kind]);
            assert.deepEqual(member, [['YRDMedicalSettlement.DirectSettlement', SymbolKind.Function]]);
            // Abbreviations work per segment, as in other editors: `medsec` finds the departments.
            assert.ok((await provider.getSymbols({ query: 'medsec' })).some(s => s.name === 'Nanjing.MedicalSecurity'));
            assert.deepEqual((await provider.getSymbols({ query: 'xyz' })), []);
        });
    });

    describe('folding (Langium default)', () => {
        it('folds doc comments and blocks, keeping the closing brace visible', async () => {
            const ws = await buildWorkspace({});
            await expectFoldings(ws.services.CityPact)({
                text: '/**\n * Direct settlement.\n */\nagreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n'
                    + '  body B "b" {\n    decides by majority\n  }\n}\n',
                assert: foldings => {
                    assert.deepEqual(foldings.map(f => [f.startLine, f.endLine, f.kind]), [
                        [0, 1, 'comment'],
                        [3, 8, undefined],
                        [6, 7, undefined],
                    ]);
                },
                disposeAfterCheck: true,
            });
        });
    });
});
