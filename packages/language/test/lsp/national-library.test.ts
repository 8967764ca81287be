import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCityPactServices } from '../../src/citypact-module.js';
import { buildWorkspace } from '../helpers.js';
import { hoverAt } from './lsp-helpers.js';
import { isCity, isDistrict, type City, type Model } from '../../src/generated/ast.js';
import { NATIONAL_TEXT, NATIONAL_URI } from '../../src/stdlib/standard-library.js';
import { parseConfig } from '../../src/workspace/config.js';

/** docs/language.md §3 "National library" (issue 14 part 6): `"stdlib": "national"`. */
const USES = [
    'department Government "三河市人民政府办公室" of Langfang.Sanhe',
    'department HebeiOffice "河北省人民政府办公厅" of Hebei',
    'department Xiantao "仙桃市人民政府" of Xiantao',
    'department Jiangsu "泰州市人民政府" of JiangsuTaizhou',
    'department Zhejiang "台州市人民政府" of ZhejiangTaizhou',
    '',
].join('\n');
const AGREEMENT = [
    'agreement A "协议" {', '  version 1.0.0', '  dimensions cross-region, cross-level', '  effective 2024-01-01',
    '  party Hebei', '  party Langfang.Sanhe',
    '  body B "联席会议" {', '    members Hebei, Langfang.Sanhe', '    chair Hebei', '    decides by majority', '  }',
    '  disputes by B then arbitration', '  amendment by unanimity', '  termination notice 90 days', '}', '',
].join('\n');

function folderWith(stdlib: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-national-'));
    fs.writeFileSync(path.join(dir, 'citypact.json'), `{ "stdlib": ${stdlib} }`);
    return dir;
}

describe('national standard library (§3)', () => {
    const dirs: string[] = [];
    const folder = (stdlib: string) => {
        const dir = folderWith(stdlib);
        dirs.push(dir);
        return dir;
    };
    after(() => dirs.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

    it('accepts "stdlib": "national" in citypact.json', () => {
        assert.deepEqual(parseConfig('{ "stdlib": "national" }'), { config: { stdlib: 'national', rules: {} }, problems: [] });
        assert.match(parseConfig('{ "stdlib": "nation" }').problems[0].message, /true, false or "national"/);
    });

    it('resolves Hebei, Langfang.Sanhe, JiangsuTaizhou, ZhejiangTaizhou and Xiantao, and checks clean', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': USES, 'agreement.citypact': AGREEMENT }, folder('"national"'));
        assert.deepEqual(ws.codes('registry.citypact'), []);
        assert.deepEqual(ws.codes('agreement.citypact'), []);
        const model = ws.documents.get('registry.citypact')!.parseResult.value;
        const cityOf = (i: number) => (model.declarations[i] as { jurisdiction?: { ref?: unknown } }).jurisdiction?.ref;
        const sanhe = cityOf(0);
        assert.ok(isDistrict(sanhe) && sanhe.kind === 'county-level-city' && sanhe.code === '131082');
        const xiantao = cityOf(2) as City;
        assert.ok(isCity(xiantao) && xiantao.code === '429004');
        assert.equal(xiantao.within?.ref?.name, 'Hubei');
        assert.equal((cityOf(3) as City).code, '321200');
        assert.equal((cityOf(4) as City).code, '331000');
        assert.equal((cityOf(4) as City).within?.ref?.name, 'Zhejiang');
    });

    it('hover on Langfang.Sanhe says 县级市', async () => {
        const ws = await buildWorkspace({ 'agreement.citypact': AGREEMENT }, folder('"national"'));
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        assert.match((await hoverAt(ws, 'agreement.citypact', 'party Langfang.San|he'))!, /县级市/);
    });

    it('keeps the default library by default: Hebei does not resolve with "stdlib": true', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': USES }, folder('true'));
        assert.deepEqual(ws.codes('registry.citypact'), Array(5).fill('unresolved-reference'));
        assert.equal(ws.services.shared.workspace.LangiumDocuments.getDocument(NATIONAL_URI), undefined);
    });

    it('the language server loads it when the folder\'s citypact.json asks for it, and only then', async () => {
        for (const [stdlib, resolves] of [['"national"', true], ['true', false]] as const) {
            const dir = folder(stdlib);
            fs.writeFileSync(path.join(dir, 'registry.citypact'), USES);
            const { shared } = createCityPactServices(NodeFileSystem);
            await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: URI.file(dir).toString(), name: 'ws' }]);
            const registry = shared.workspace.LangiumDocuments.getDocument(URI.file(path.join(dir, 'registry.citypact'))) as LangiumDocument<Model>;
            const sanhe = (registry.parseResult.value.declarations[0] as { jurisdiction?: { ref?: unknown } }).jurisdiction?.ref;
            assert.equal(isDistrict(sanhe), resolves, stdlib);
            assert.equal(shared.workspace.LangiumDocuments.hasDocument(NATIONAL_URI), resolves, stdlib);
        }
    });

    it('the generated library checks with zero diagnostics as a user file (codes, no duplicate names)', async () => {
        const ws = await buildWorkspace({ 'national.citypact': NATIONAL_TEXT }, folder('true'));
        assert.deepEqual(ws.diagnostics('national.citypact').slice(0, 5), []);
        const count = ws.documents.get('national.citypact')!.parseResult.value.declarations.length;
        assert.ok(count > 3000 && count < 3400, `${count} declarations`);
    });
});
