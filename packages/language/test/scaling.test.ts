import assert from 'node:assert/strict';
import {
    DefaultIndexManager, DefaultReferenceDescriptionProvider, MultiMapScope, URI,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Scope,
} from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isAgreement, isBody, type Agreement } from '../src/generated/ast.js';
import { CityPactIndexManager } from '../src/workspace/index-manager.js';
import { buildWorkspace, type Workspace } from './helpers.js';

/**
 * The incremental indexes and scopes of docs/performance.md must answer exactly what
 * Langium's rebuilt-from-scratch ones answer, including for duplicate names (where the
 * first declaration in index order wins) and after edits, which move the edited
 * document to the end of the index.
 */

const REGISTRY = 'department Health "卫健委" of Shanghai\ndepartment Transport "交通委" of Shanghai\n';
const AGREEMENT = (name: string, actor = 'Shanghai.Health') => `agreement ${name} "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party ${actor}\n  party Beijing\n}\n`;

async function edit(ws: Workspace, file: string, text: string): Promise<void> {
    const { shared } = ws.services;
    const uri = ws.documents.get(file)?.uri ?? URI.file(`/ws/${file}`);
    const open = shared.workspace.TextDocuments!;
    const version = (open.get(uri.toString())?.version ?? 0) + 1;
    open.set(TextDocument.create(uri.toString(), 'citypact', version, text));
    await shared.workspace.DocumentBuilder.update([uri], []);
    const document = shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument | undefined;
    if (document) ws.documents.set(file, document as never);
}

async function remove(ws: Workspace, file: string): Promise<void> {
    const uri = ws.documents.get(file)!.uri;
    ws.documents.delete(file);
    await ws.services.shared.workspace.DocumentBuilder.update([], [uri]);
}

function indexOf(ws: Workspace): CityPactIndexManager {
    const index = ws.services.shared.workspace.IndexManager;
    assert.ok(index instanceof CityPactIndexManager);
    return index;
}

const key = (d: AstNodeDescription) => `${d.documentUri.toString()}#${d.path}:${d.type}`;

/** Every name's declarations, from the name map and from a scan of the whole index, agree in content and order. */
function assertNameMapMatchesIndex(ws: Workspace): void {
    const index = indexOf(ws);
    const scanned = new Map<string, string[]>();
    for (const d of index.allElements()) scanned.set(d.name, [...(scanned.get(d.name) ?? []), key(d)]);
    for (const [name, expected] of scanned) {
        assert.deepEqual(index.namesakes(name).map(e => key(e.description)), expected, name);
    }
    assert.deepEqual(index.namesakes('No.Such.Name'), []);
}

/** Global scopes answer like a MultiMapScope over allElements(type), for every name and type. */
function assertGlobalScopesMatch(ws: Workspace, context: ReferenceInfo): void {
    const { CityPact, shared } = ws.services;
    const provider = CityPact.references.ScopeProvider as unknown as { getGlobalScope(type: string, context: ReferenceInfo): Scope };
    const names = new Set(shared.workspace.IndexManager.allElements().map(d => d.name));
    for (const type of ['Actor', 'Jurisdiction', 'City', 'Province', 'District', 'Department', 'Dataset', 'Agreement', 'Body']) {
        const expected = new MultiMapScope(shared.workspace.IndexManager.allElements(type));
        const actual = provider.getGlobalScope(type, context);
        for (const name of names) {
            const want = expected.getElement(name);
            assert.equal(actual.getElement(name) && key(actual.getElement(name)!), want && key(want), `${type} ${name}`);
            assert.deepEqual(actual.getElements(name).map(key).toArray(), expected.getElements(name).map(key).toArray(), `${type} ${name}`);
        }
        assert.deepEqual(actual.getAllElements().map(key).toArray(), expected.getAllElements().map(key).toArray(), type);
    }
}

function referenceContext(ws: Workspace, file: string): ReferenceInfo {
    const agreement = ws.documents.get(file)!.parseResult.value.declarations.find(isAgreement)!;
    const party = agreement.parties[0];
    return { reference: party.actor, container: party, property: 'actor' };
}

describe('scaling: incremental indexes answer like Langium’s', () => {
    it('keeps the name map in index order through edits, duplicates and deletions', async () => {
        const ws = await buildWorkspace({
            'a.citypact': REGISTRY,
            'b.citypact': REGISTRY.replace(/卫健委/g, '卫生健康委员会'),   // the same names again: duplicates
            'c.citypact': AGREEMENT('A'),
            'd.citypact': AGREEMENT('A', 'Shanghai.Transport'),             // a duplicate agreement name
        });
        assertNameMapMatchesIndex(ws);
        assertGlobalScopesMatch(ws, referenceContext(ws, 'c.citypact'));

        // The edited document moves to the end of the index: its declarations now come last.
        await edit(ws, 'a.citypact', REGISTRY + 'department Police "公安局" of Shanghai\n');
        assertNameMapMatchesIndex(ws);
        assertGlobalScopesMatch(ws, referenceContext(ws, 'c.citypact'));
        const health = ws.documents.get('c.citypact')!.parseResult.value.declarations.find(isAgreement)!.parties[0].actor;
        assert.equal(health.$nodeDescription?.documentUri.path, '/ws/b.citypact', 'the first Shanghai.Health in index order');

        await edit(ws, 'b.citypact', '');
        await edit(ws, 'e.citypact', REGISTRY);
        assertNameMapMatchesIndex(ws);
        await remove(ws, 'a.citypact');
        assertNameMapMatchesIndex(ws);
        assertGlobalScopesMatch(ws, referenceContext(ws, 'c.citypact'));
    });

    it('lists every document, in the trie’s order, after documents are added and removed', async () => {
        const ws = await buildWorkspace({ 'a.citypact': REGISTRY, 'b.citypact': AGREEMENT('A') });
        const documents = ws.services.shared.workspace.LangiumDocuments as unknown as { all: { toArray(): LangiumDocument[] }; documentTrie: { all(): LangiumDocument[] } };
        const before = documents.all.toArray();
        assert.deepEqual(before, documents.documentTrie.all());
        await edit(ws, 'c.citypact', AGREEMENT('C'));
        assert.deepEqual(documents.all.toArray(), documents.documentTrie.all());
        assert.equal(documents.all.toArray().length, before.length + 1);
        assert.equal(before.length, 3, 'an earlier list is a snapshot');
        await remove(ws, 'a.citypact');
        assert.deepEqual(documents.all.toArray(), documents.documentTrie.all());
        assert.ok(ws.codes('b.citypact').includes('unresolved-reference'), 'the agreement that named a deleted department is re-linked');
    });

    it('reports duplicate names from the name map exactly as before', async () => {
        const ws = await buildWorkspace({ 'a.citypact': REGISTRY, 'b.citypact': 'department Health "卫健委" of Shanghai\n' });
        assert.deepEqual(ws.codes('a.citypact'), ['duplicate-name']);
        assert.match(ws.diagnostics('a.citypact')[0].message, /b\.citypact/);
        assert.match(ws.diagnostics('b.citypact')[0].message, /a\.citypact/);
        await edit(ws, 'b.citypact', 'department Police "公安局" of Shanghai\n');
        assert.deepEqual(ws.codes('b.citypact'), []);
        await edit(ws, 'a.citypact', REGISTRY + 'department Police "公安局" of Shanghai\n');
        assert.deepEqual(ws.codes('a.citypact'), ['duplicate-name']);
        assert.match(ws.diagnostics('a.citypact')[0].message, /Shanghai\.Police.*b\.citypact/);
    });

    it('says which documents an edit affects exactly as Langium does', async () => {
        const ws = await buildWorkspace({ 'a.citypact': REGISTRY, 'c.citypact': AGREEMENT('A'), 'd.citypact': AGREEMENT('B', 'Beijing') });
        const index = indexOf(ws);
        const uris = [...ws.documents.values()].map(d => d.uri.toString());
        for (const changed of [[uris[0]], [uris[1]], [uris[0], uris[2]], ['citypact-stdlib:///standard-library.citypact'], []]) {
            for (const document of ws.documents.values()) {
                assert.equal(index.isAffected(document, new Set(changed)), DefaultIndexManager.prototype.isAffected.call(index, document, new Set(changed)), `${document.uri.path} ← ${changed}`);
            }
        }
    });

    it('re-links a document with an unresolved reference when the name appears, and again when it goes', async () => {
        const ws = await buildWorkspace({ 'a.citypact': REGISTRY, 'c.citypact': AGREEMENT('A', 'Shanghai.Police') });
        assert.ok(ws.codes('c.citypact').includes('unresolved-reference'));
        await edit(ws, 'a.citypact', REGISTRY + 'department Police "公安局" of Shanghai\n');
        assert.ok(!ws.codes('c.citypact').includes('unresolved-reference'));
        await edit(ws, 'a.citypact', REGISTRY);
        assert.ok(ws.codes('c.citypact').includes('unresolved-reference'));
    });

    it('resolves an agreement’s own members through the local index, the first of a duplicated name winning', async () => {
        const text = [
            'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Beijing',
            '  body Council "c1" {', '    members Shanghai, Beijing', '    chair Shanghai', '    decides by majority', '  }',
            '  body Council "c2" {', '    members Shanghai, Beijing', '    chair Beijing', '    decides by majority', '  }',
            '  disputes by Council', '}', '',
        ].join('\n');
        const ws = await buildWorkspace({ 'a.citypact': text, 'b.citypact': 'agreement B "b" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n  disputes by A.Council\n}\n' });
        const agreement = ws.documents.get('a.citypact')!.parseResult.value.declarations[0] as Agreement;
        const target = agreement.disputes!.body.ref;
        assert.ok(isBody(target) && target.label === 'c1');
        const other = (ws.documents.get('b.citypact')!.parseResult.value.declarations[0] as Agreement).disputes!.body.ref;
        assert.ok(isBody(other) && other.label === 'c1', 'from elsewhere, by its qualified name');
        // Members are local to their agreement only.
        const scope = ws.services.CityPact.references.ScopeProvider.getScope({ reference: agreement.disputes!.body, container: agreement.disputes!, property: 'body' });
        assert.deepEqual(scope.getElements('Council').map(d => (d.node as AstNode & { label: string }).label).toArray(), ['c1', 'c2']);
        assert.ok(scope.getAllElements().some(d => d.name === 'A.Council'));
    });

    it('describes references lazily with the same paths, ranges and targets as Langium', async () => {
        const ws = await buildWorkspace({ 'a.citypact': REGISTRY, 'c.citypact': AGREEMENT('A') + AGREEMENT('B', 'Shanghai . Transport') });
        const document = ws.documents.get('c.citypact')!;
        const ours = await ws.services.CityPact.workspace.ReferenceDescriptionProvider.createDescriptions(document);
        const langiums = await new DefaultReferenceDescriptionProvider(ws.services.CityPact).createDescriptions(document);
        const plain = (d: typeof ours[number]) => ({
            sourceUri: d.sourceUri.toString(), sourcePath: d.sourcePath, targetUri: d.targetUri.toString(),
            targetPath: d.targetPath, segment: d.segment, local: d.local,
        });
        assert.ok(ours.length >= 4);
        assert.deepEqual(ours.map(plain), langiums.map(plain));
        const target = ws.documents.get('a.citypact')!.parseResult.value.declarations[1];
        const found = ws.services.shared.workspace.IndexManager.findAllReferences(target, '/declarations@1').toArray();
        assert.equal(found.length, 1);
        assert.equal(found[0].sourcePath, '/declarations@1/parties@0');
        assert.equal(found[0].segment.range.start.line, 9);
    });

    it('reports qualified names written with spaces in every reference property, lists included', async () => {
        const ws = await buildWorkspace({
            'a.citypact': [
                'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Beijing',
                '  body Council "c" {', '    members Shanghai, Beijing /* x */ . Dongcheng', '    chair Shanghai', '    decides by majority', '  }',
                '  disputes by Council', '}', 'district Dongcheng "东城区" of Beijing',
            ].join('\n'),
        });
        const spaced = ws.diagnostics('a.citypact').filter(d => d.code === 'syntax');
        assert.equal(spaced.length, 1, JSON.stringify(spaced));
        assert.match(spaced[0].message, /Beijing\/\*x\*\/\.Dongcheng|Beijing.*Dongcheng/);
        assert.equal(spaced[0].range.start.line, 6);
        assert.equal(spaced[0].range.start.character, 22);
    });
});
