import assert from 'node:assert/strict';
import { buildWorkspace } from '../helpers.js';
import { hoverAt } from './lsp-helpers.js';
import { exportDocument } from '../../src/export/export-agreements.js';
import type { ExportDocument } from '../../src/export/export-format.js';
import { schemaValidator } from '../export/export-helpers.js';

/** docs/language.md §2.1: a county-level division's kind, shown wherever a level is shown. */
const REGISTRY = [
    'province Hebei "河北省" {', '  code 130000', '}',
    'city Langfang "廊坊市" {', '  within Hebei', '  code 131000', '}',
    'district Sanhe "三河市" of Langfang {', '  code 131082', '  kind county-level-city', '}',
    'district Anci "安次区" of Langfang {', '  code 131002', '}',
    'department Government "三河市人民政府办公室" of Langfang.Sanhe', '',
].join('\n');
const AGREEMENT = [
    'agreement A "协议" {', '  version 1.0.0', '  dimensions cross-region, cross-level', '  effective 2024-01-01',
    '  party Langfang.Sanhe.Government', '  party Beijing',
    '  body B "联席会议" {', '    members Langfang.Sanhe.Government, Beijing', '    chair Beijing', '    decides by majority', '  }',
    '  disputes by B then arbitration', '  amendment by unanimity', '  termination notice 90 days', '}', '',
].join('\n');

describe('county-level kinds (§2.1)', () => {
    it('checks clean, and kind is a single-valued property', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, 'agreement.citypact': AGREEMENT });
        assert.deepEqual(ws.codes('registry.citypact'), []);
        assert.deepEqual(ws.codes('agreement.citypact'), []);
        const twice = await buildWorkspace({ 'r.citypact': REGISTRY.replace('  kind county-level-city', '  kind county-level-city\n  kind county') });
        assert.deepEqual(twice.codes('r.citypact'), ['syntax']);
    });

    it('hover says 县级市 for Langfang.Sanhe, 市辖区 for a district without a kind, and on a department of it', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, 'agreement.citypact': AGREEMENT });
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        assert.match((await hoverAt(ws, 'registry.citypact', 'district San|he'))!, /\*\*层级:\*\* 县级市（县级）/);
        assert.match((await hoverAt(ws, 'registry.citypact', 'district An|ci'))!, /\*\*层级:\*\* 市辖区（县级）/);
        assert.match((await hoverAt(ws, 'registry.citypact', 'department Gov|ernment'))!, /\*\*层级:\*\* 县级市（县级）/);
        ws.services.CityPact.workspace.Settings.localeOverride = 'en';
        assert.match((await hoverAt(ws, 'registry.citypact', 'district San|he'))!, /\*\*Level:\*\* county-level city \(county level\)/);
    });

    it('export carries districtKind (format 1.1.0), valid against the schema', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, 'agreement.citypact': AGREEMENT });
        const result = exportDocument(ws.documents.get('agreement.citypact')!, ws.services.CityPact, { format: 'json', workspaceRoot: '/ws' });
        assert.deepEqual(result.refused, []);
        const document = result.exported[0].document as ExportDocument;
        assert.equal(document.agreement.parties[0].districtKind, 'county-level-city');
        assert.equal(document.agreement.parties[1].districtKind, undefined);
        const schema = schemaValidator();
        assert.ok(schema.validate(document), schema.errors());
    });
});
