import assert from 'node:assert/strict';
import { isAgreement, isDepartment, type Agreement } from '../src/generated/ast.js';
import { buildWorkspace } from './helpers.js';

describe('names and scoping (§2)', () => {
    it('resolves qualified names across files, including two departments of the same simple name', async () => {
        const ws = await buildWorkspace({
            'shanghai.citypact': 'department MedicalSecurity "上海市医疗保障局" of Shanghai',
            'hangzhou.citypact': 'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
            'agreement.citypact': 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.MedicalSecurity\n  party Hangzhou.MedicalSecurity\n}',
        });
        for (const file of ['shanghai.citypact', 'hangzhou.citypact', 'agreement.citypact']) {
            assert.deepEqual(ws.codes(file).filter(c => c !== 'missing-clause' && c !== 'dimension-undeclared'), [], file);
        }
        const agreement = ws.documents.get('agreement.citypact')!.parseResult.value.declarations[0] as Agreement;
        const [shanghai, hangzhou] = agreement.parties.map(p => p.actor.ref);
        assert.ok(isDepartment(shanghai) && isDepartment(hangzhou));
        assert.equal(shanghai.label, '上海市医疗保障局');
        assert.equal(hangzhou.label, '杭州市医疗保障局');
    });

    it('names districts, townships, departments and datasets under their parent', async () => {
        const ws = await buildWorkspace({
            'registry.citypact': [
                'district Tianhe "天河区" of Guangzhou',
                'township Shipai "石牌街道" of Guangzhou.Tianhe',
                'department Police "天河区公安分局" of Guangzhou.Tianhe',
                'department Grid "石牌街道网格中心" of Guangzhou.Tianhe.Shipai',
                'dataset Cases "警情" of Guangzhou.Tianhe.Police { sharing conditional "仅限联动处置" }',
            ].join('\n'),
        });
        assert.deepEqual(ws.codes('registry.citypact'), []);
        const index = ws.services.shared.workspace.IndexManager;
        const names = index.allElements().filter(d => d.documentUri.path.endsWith('registry.citypact')).map(d => d.name).toArray();
        assert.deepEqual(names, ['Guangzhou.Tianhe', 'Guangzhou.Tianhe.Shipai', 'Guangzhou.Tianhe.Police', 'Guangzhou.Tianhe.Shipai.Grid', 'Guangzhou.Tianhe.Police.Cases']);
    });

    it('does not resolve a simple name of a department, even within its own file', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'department Health "卫健委" of Shanghai\ndataset D "d" of Health { sharing unconditional }',
        });
        assert.deepEqual(ws.codes('a.citypact'), ['unresolved-reference']);
    });

    it('resolves an agreement member by simple name inside its agreement and by qualified name outside', async () => {
        const ws = await buildWorkspace({
            'a.citypact': [
                'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Beijing',
                '  body Committee "委员会" {', '    members Shanghai, Beijing', '    chair Shanghai', '    decides by majority', '  }',
                '  disputes by Committee', '}',
                'agreement B "b" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Beijing',
                '  disputes by A.Committee', '}',
                'agreement C "c" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Beijing',
                '  disputes by Committee', '}',
            ].join('\n'),
        });
        const unresolved = ws.diagnostics('a.citypact').filter(d => d.code === 'unresolved-reference');
        assert.deepEqual(unresolved.map(d => d.range.start.line), [24]);
        const model = ws.documents.get('a.citypact')!.parseResult.value;
        const [a, b] = model.declarations.filter(isAgreement);
        assert.equal(a.disputes?.body.ref?.name, 'Committee');
        assert.equal(b.disputes?.body.ref, a.members[0]);
    });

    it('resolves only to the right kind and says what the name is', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'department H "h" of Shanghai\ndataset D "d" of Shanghai.H { sharing unconditional }\nagreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.H.D\n  party Shanghai\n}',
        });
        const diagnostic = ws.diagnostics('a.citypact').find(d => d.code === 'unresolved-reference');
        assert.ok(diagnostic);
        assert.equal(diagnostic.range.start.line, 5);
        assert.match(diagnostic.message, /'Shanghai\.H\.D' is a dataset/);
    });

    it('reports duplicate qualified names on each user declaration, never in the library', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'department H "h" of Shanghai',
            'b.citypact': 'department H "h2" of Shanghai\ncity Shanghai "上海"',
        });
        assert.deepEqual(ws.codes('a.citypact'), ['duplicate-name']);
        const b = ws.diagnostics('b.citypact');
        assert.deepEqual(b.map(d => [d.code, d.range.start.line]), [['duplicate-name', 0], ['duplicate-name', 1]]);
        assert.match(b[1].message, /standard library/);
        const stdlib = ws.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'citypact-stdlib')!;
        assert.deepEqual(stdlib.diagnostics ?? [], []);
    });

    it('reports duplicate agreement members', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n  clause X "x"\n  clause X "y"\n}',
        });
        assert.deepEqual(ws.diagnostics('a.citypact').filter(d => d.code === 'duplicate-name').map(d => d.range.start.line), [5, 6]);
    });
});
