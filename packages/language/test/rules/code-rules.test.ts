import assert from 'node:assert/strict';
import { computeCheckCharacter, validateUscc } from '../../src/model/uscc.js';
import { coveredText, diagnosticsOf, fixOf, lineOf, linesOf } from './rule-helpers.js';

describe('uscc-format', () => {
    it('accepts the sample codes of docs/language.md (GB 32100-2015 check characters R and Q)', () => {
        assert.equal(computeCheckCharacter('91330108MA27Y5GT3'), 'R');
        assert.equal(computeCheckCharacter('11310000MB2F06207'), 'Q');
        assert.equal(validateUscc('91330108MA27Y5GT3R'), undefined);
        assert.equal(validateUscc('11310000MB2F06207Q'), undefined);
    });

    it('fires on `uscc` when the check character is wrong, with the corrected code for the quick fix', async () => {
        const text = 'organization AliHealth "阿里健康信息技术有限公司" {\n  kind enterprise\n  uscc "91330108MA27Y5GT3A"\n}';
        const diagnostics = await diagnosticsOf(text, 'uscc-format');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [2]);
        assert.deepEqual(fixOf(diagnostics[0]), { corrected: '91330108MA27Y5GT3R' });
        assert.match(diagnostics[0].message, /should be 'R', not 'A'/);
        assert.equal(coveredText(text, diagnostics[0]), '"91330108MA27Y5GT3A"');
    });

    it('fires on a department code of the wrong length', async () => {
        const text = 'department MedicalSecurity "上海市医疗保障局" of Shanghai {\n  uscc "11310000MB2F0620"\n}';
        const diagnostics = await diagnosticsOf(text, 'uscc-format');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [1]);
        assert.match(diagnostics[0].message, /16 characters, not 18/);
        assert.equal(fixOf(diagnostics[0]), undefined);
    });

    it('fires on letters outside the alphabet (I, O, S, V, Z, lower case)', async () => {
        for (const code of ['91330108MA27Y5GT3I', '91330108MA27Y5GO3R', '91330108ma27y5gt3r']) {
            const text = `organization X "某公司" {\n  uscc "${code}"\n}`;
            assert.deepEqual(await linesOf(text, 'uscc-format'), [1], code);
        }
    });

    it('stays silent for valid codes on organizations and departments', async () => {
        const text = [
            'organization AliHealth "阿里健康信息技术有限公司" {', '  uscc "91330108MA27Y5GT3R"', '}',
            'department MedicalSecurity "上海市医疗保障局" of Shanghai {', '  uscc "11310000MB2F06207Q"', '}',
        ].join('\n');
        assert.deepEqual(await linesOf(text, 'uscc-format'), []);
    });
});

describe('division-code', () => {
    it('fires on a district code that does not start with its city\'s first 4 digits', async () => {
        const text = 'district Tianhe "天河区" of Guangzhou {\n  code 310106\n}';
        const diagnostics = await diagnosticsOf(text, 'division-code');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [1]);
        assert.match(diagnostics[0].message, /'4401'/);
    });

    it('stays silent for a district nested under its city', async () => {
        assert.deepEqual(await linesOf('district Tianhe "天河区" of Guangzhou {\n  code 440106\n}', 'division-code'), []);
    });

    it('fires on codes of the wrong length: 6 digits, 9 for a township', async () => {
        const text = [
            'province Anhui "安徽省" {', '  code 34000', '}',
            'district Tianhe "天河区" of Guangzhou {', '  code 440106', '}',
            'township Shipai "石牌街道" of Guangzhou.Tianhe {', '  code 440106', '}',
        ].join('\n');
        assert.deepEqual(await linesOf(text, 'division-code'), [1, 7]);
    });

    it('checks a township against its district and a city against its province', async () => {
        const text = [
            'district Tianhe "天河区" of Guangzhou {', '  code 440106', '}',
            'township Shipai "石牌街道" of Guangzhou.Tianhe {', '  code 440105001', '}',
            'city Wenzhou "温州市" {', '  within Zhejiang', '  code 440300', '}',
        ].join('\n');
        assert.deepEqual(await linesOf(text, 'division-code'), [lineOf(text, 'code 440105001'), lineOf(text, 'code 440300')]);
    });

    it('stays silent for a consistent township and city, and for a city without `within`', async () => {
        const text = [
            'district Tianhe "天河区" of Guangzhou {', '  code 440106', '}',
            'township Shipai "石牌街道" of Guangzhou.Tianhe {', '  code 440106005', '}',
            'city Wenzhou "温州市" {', '  within Zhejiang', '  code 330300', '}',
            'city Xiongan "雄安新区" {', '  code 130600', '}',
        ].join('\n');
        assert.deepEqual(await linesOf(text, 'division-code'), []);
    });

    it('accepts the real codes of a municipality\'s districts (Pudong 310115 in Shanghai 310000)', async () => {
        assert.deepEqual(await linesOf('district Pudong "浦东新区" of Shanghai {\n  code 310115\n}', 'division-code'), []);
        assert.deepEqual(await linesOf('district Pudong "浦东新区" of Shanghai {\n  code 320115\n}', 'division-code'), [1]);
    });

    it('does not compare with a parent whose own code is malformed', async () => {
        const text = ['district Tianhe "天河区" of Guangzhou {', '  code 44010', '}', 'township Shipai "石牌街道" of Guangzhou.Tianhe {', '  code 310106005', '}'].join('\n');
        assert.deepEqual(await linesOf(text, 'division-code'), [1]);
    });
});
