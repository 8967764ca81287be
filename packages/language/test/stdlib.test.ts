import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCityPactServices } from '../src/citypact-module.js';
import { isCity, isProvince, type City, type Model } from '../src/generated/ast.js';
import { STDLIB_TEXT, STDLIB_URI } from '../src/stdlib/standard-library.js';
import { buildWorkspace } from './helpers.js';

const TABLE: Array<[string, string, string, string, string | undefined]> = [
    ['Beijing', '北京市', '110000', 'super', undefined], ['Shanghai', '上海市', '310000', 'super', undefined],
    ['Tianjin', '天津市', '120000', 'super', undefined], ['Chongqing', '重庆市', '500000', 'super', undefined],
    ['Guangzhou', '广州市', '440100', 'super', 'Guangdong'], ['Shenzhen', '深圳市', '440300', 'super', 'Guangdong'],
    ['Dongguan', '东莞市', '441900', 'mega', 'Guangdong'], ['Wuhan', '武汉市', '420100', 'mega', 'Hubei'],
    ['Chengdu', '成都市', '510100', 'mega', 'Sichuan'], ['Hangzhou', '杭州市', '330100', 'mega', 'Zhejiang'],
    ['Nanjing', '南京市', '320100', 'mega', 'Jiangsu'], ['Zhengzhou', '郑州市', '410100', 'mega', 'Henan'],
    ['Xian', '西安市', '610100', 'mega', 'Shaanxi'], ['Jinan', '济南市', '370100', 'mega', 'Shandong'],
    ['Shenyang', '沈阳市', '210100', 'mega', 'Liaoning'], ['Qingdao', '青岛市', '370200', 'mega', 'Shandong'],
];

describe('standard library (§3)', () => {
    it('declares the sixteen cities and nine provinces of docs/language.md §3, and checks clean', async () => {
        const ws = await buildWorkspace({ 'empty.citypact': '' });
        const stdlib = ws.services.shared.workspace.LangiumDocuments.getDocument(STDLIB_URI)!;
        const model = stdlib.parseResult.value as Model;
        assert.equal(stdlib.parseResult.parserErrors.length, 0);
        const cities = model.declarations.filter(isCity);
        assert.deepEqual(cities.map((c: City) => [c.name, c.label, c.code, c.tier, c.within?.ref?.name]), TABLE);
        assert.deepEqual(model.declarations.filter(isProvince).map(p => `${p.name} ${p.code} ${p.label}`), [
            'Guangdong 440000 广东省', 'Hubei 420000 湖北省', 'Sichuan 510000 四川省', 'Zhejiang 330000 浙江省', 'Jiangsu 320000 江苏省',
            'Henan 410000 河南省', 'Shaanxi 610000 陕西省', 'Shandong 370000 山东省', 'Liaoning 210000 辽宁省',
        ]);
        // The library, checked as if it were a user file, has no diagnostics at all.
        const asUser = await buildWorkspace({ 'copy.citypact': STDLIB_TEXT });
        assert.deepEqual(asUser.codes('copy.citypact').filter(c => c !== 'duplicate-name'), []);
    });

    it('is the source of truth for the embedded text', () => {
        const source = fs.readFileSync(new URL('../../src/stdlib/stdlib.citypact', import.meta.url), 'utf8');
        assert.equal(STDLIB_TEXT, source, 'run npm run build to re-embed stdlib.citypact');
    });

    it('is hidden from files whose citypact.json sets "stdlib": false', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-stdlib-'));
        try {
            fs.mkdirSync(path.join(dir, 'off'));
            fs.writeFileSync(path.join(dir, 'off', 'citypact.json'), '{ "stdlib": false }');
            const text = 'district Pudong "浦东新区" of Shanghai\ncity Beijing "北京"';
            fs.writeFileSync(path.join(dir, 'off', 'a.citypact'), text);
            fs.writeFileSync(path.join(dir, 'on.citypact'), 'district Minhang "闵行区" of Shanghai');
            const { shared } = createCityPactServices(NodeFileSystem);
            const documents = shared.workspace.LangiumDocuments;
            const stdlib = shared.workspace.LangiumDocumentFactory.fromString(STDLIB_TEXT, STDLIB_URI);
            documents.addDocument(stdlib);
            const off = await documents.getOrCreateDocument(URI.file(path.join(dir, 'off', 'a.citypact')));
            const on = await documents.getOrCreateDocument(URI.file(path.join(dir, 'on.citypact')));
            await shared.workspace.DocumentBuilder.build([stdlib, off, on], { validation: true });
            assert.deepEqual(off.diagnostics?.map(d => d.code), ['unresolved-reference']);
            assert.deepEqual(on.diagnostics?.map(d => d.code), []);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
