import assert from 'node:assert/strict';
import { expectHover } from 'langium/test';
import { buildWorkspace } from '../helpers.js';
import { hoverAt, sampleWorkspace } from './lsp-helpers.js';

/** Asserts that every expected line appears in the hover, in this order. */
function assertInOrder(hover: string | undefined, expected: string[]): void {
    assert.ok(hover, 'no hover');
    let from = 0;
    for (const line of expected) {
        const index = hover.indexOf(line, from);
        assert.ok(index >= 0, `missing (or out of order) ${JSON.stringify(line)} in:\n${hover}`);
        from = index + line.length;
    }
}

describe('hover', () => {
    it('on a department declaration: kind, qualified name, label and translation, jurisdiction, level, USCC', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'registry.citypact', 'department Medical|Security "上海');
        assertInOrder(hover, [
            '```citypact\ndepartment Shanghai.MedicalSecurity\n```',
            '**上海市医疗保障局**  \nen: Shanghai Healthcare Security Administration',
            '- **Jurisdiction:** `Shanghai` 上海市',
            '- **Level:** city',
            '- **Division code:** `310000`',
            '- **USCC:** `11310000MB2F06207Q`',
        ]);
    });

    it('on a city: code, tier with its meaning, province and population', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'registry.citypact', 'city Su|zhou');
        assertInOrder(hover, [
            'city Suzhou',
            '**苏州市**  \nen: Suzhou',
            '- **Division code:** `320500`',
            '- **Tier:** `super` — super city: 10,000,000 or more urban residents',
            '- **Population:** 12,910,000',
            '- **Province:** `Jiangsu` 江苏省',
        ]);
    });

    it('on a standard-library city, from the first segment of a qualified reference', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'agreement.citypact', 'party Shang|hai.MedicalSecurity');
        assertInOrder(hover, [
            '```citypact\ncity Shanghai\n```',
            '*city · standard library, read-only*',
            '**上海市**',
            '- **Division code:** `310000`',
            '- **Province:** none: a municipality directly under the central government',
        ]);
        assert.doesNotMatch(hover!, /Party of/, 'the party facts belong to the whole actor, not to its city');
    });

    it('on a district: code and parent city', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'registry.citypact', 'district Gu|su');
        assertInOrder(hover, ['district Suzhou.Gusu', '**姑苏区**', '- **Division code:** `320508`', '- **City:** `Suzhou` 苏州市']);
    });

    it('on an organization: kind and USCC', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'registry.citypact', 'organization Ali|Health');
        assertInOrder(hover, ['organization AliHealth', '**阿里健康信息技术有限公司**', '- **Kind:** `enterprise`', '- **USCC:** `91330108MA27Y5GT3R`']);
    });

    it('on a dataset reference: doc comment, holder, sharing with its condition, classification, personal data', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'agreement.citypact', 'data Shanghai.MedicalSecurity.Insured|Persons');
        assertInOrder(hover, [
            '```citypact\ndataset Shanghai.MedicalSecurity.InsuredPersons\n```',
            '**参保人员基本信息**',
            "Insured persons of Shanghai's basic medical insurance.",
            '- **Holder:** `Shanghai.MedicalSecurity` 上海市医疗保障局',
            '- **Sharing:** `conditional` — shared under conditions: “仅限异地就医结算使用”',
            '- **Classification:** `important` — important data (Data Security Law)',
            '- **Personal data:** `sensitive` — sensitive personal information, e.g. health data',
            '- **Fields:** “姓名”, “公民身份号码”, “参保状态”',
        ]);
    });

    it('says when classification and personal data are the defaults, and shows the basis of a dataset that is not shared', async () => {
        const ws = await buildWorkspace({ 'a.citypact': 'dataset Secret "涉密数据" of Shanghai {\n  sharing none "《保守国家秘密法》"\n}\n' });
        const hover = await hoverAt(ws, 'a.citypact', 'dataset Sec|ret');
        assertInOrder(hover, [
            '- **Sharing:** `none` — not shared (with the legal or policy basis): “《保守国家秘密法》”',
            '- **Classification:** `general` — general data (default)',
            '- **Personal data:** `none` — no personal information (default)',
        ]);
    });

    it('on an agreement: doc comment, version, term, parties and dimensions', async () => {
        const ws = await sampleWorkspace();
        const hover = await hoverAt(ws, 'agreement.citypact', 'agreement YRD|MedicalSettlement');
        assertInOrder(hover, [
            '```citypact\nagreement YRDMedicalSettlement\n```',
            '**长三角异地就医直接结算合作协议**  \nen: YRD Cross-City Medical Settlement',
            'Direct settlement of medical expenses across the Yangtze River Delta.',
            '- **Version:** `2.1.0`',
            '- **Term:** 2024-01-01 – 2027-12-31',
            '- **Signed:** 2023-12-15',
            '- **Parties:** 4: `Shanghai.MedicalSecurity` (lead), `Hangzhou.MedicalSecurity`, `Nanjing.MedicalSecurity`, `AliHealth` (contractor)',
            '- **Dimensions declared:** cross-region, cross-department',
            '- **Dimensions supported:** cross-region, cross-department, public-private',
        ]);
    });

    it('on the actor of a party line: the actor, then its role and signatory in this agreement', async () => {
        const ws = await sampleWorkspace();
        const lead = await hoverAt(ws, 'agreement.citypact', 'party Shanghai.Medical|Security role lead');
        assertInOrder(lead, [
            'department Shanghai.MedicalSecurity',
            '- **Jurisdiction:** `Shanghai` 上海市',
            '---',
            '- **Party of:** `YRDMedicalSettlement` 长三角异地就医直接结算合作协议',
            '- **Role:** `lead` — lead party',
            '- **Signatory:** 局长',
        ]);
        const member = await hoverAt(ws, 'agreement.citypact', 'party Hangzhou.Medical|Security');
        assertInOrder(member, ['department Hangzhou.MedicalSecurity', '- **Role:** `member` — member party (default)']);
        assert.doesNotMatch(member!, /Signatory/);
        const contractor = await hoverAt(ws, 'agreement.citypact', 'party Ali|Health');
        assertInOrder(contractor, ['organization AliHealth', '- **Role:** `contractor`']);
    });

    it('on agreement members: a service with its cost total, an exchange with its data class, a body', async () => {
        const ws = await sampleWorkspace();
        assertInOrder(await hoverAt(ws, 'agreement.citypact', 'service Direct|Settlement'), [
            'service YRDMedicalSettlement.DirectSettlement',
            '- **Mode:** `proxy` — collected in one place, processed in another',
            '- **Provider:** `Shanghai.MedicalSecurity` 上海市医疗保障局',
            '- **Responds within:** 5 days',
            '- **Cost shares:** 3, total 100%',
        ]);
        assertInOrder(await hoverAt(ws, 'agreement.citypact', 'exchange Settlement|Records'), [
            'exchange YRDMedicalSettlement.SettlementRecords',
            '- **Data:** `Shanghai.MedicalSecurity.InsuredPersons` 参保人员基本信息 (personal data: sensitive, classification: important)',
            '- **Basis:** `statutory-duty` — necessary to perform a statutory duty “《中华人民共和国社会保险法》第二十九条”',
            '- **Onward transfer:** `forbidden` — no onward transfer to third parties',
        ]);
        // From the simple-name reference inside the agreement.
        assertInOrder(await hoverAt(ws, 'agreement.citypact', 'disputes by Joint|Committee'), [
            'body YRDMedicalSettlement.JointCommittee',
            '- **Chair:** `Shanghai.MedicalSecurity` 上海市医疗保障局',
            '- **Decides by:** `unanimity`',
            '- **Meets:** `quarterly` — every quarter',
        ]);
        assertInOrder(await hoverAt(ws, 'agreement.citypact', 'clause Confiden|tiality'), [
            'clause YRDMedicalSettlement.Confidentiality',
            '**各方对交换数据负有保密义务。**  \nen: Each party keeps exchanged data confidential.',
        ]);
    });

    it('explains an enumerated value, and says nothing on plain keywords and white space', async () => {
        const ws = await sampleWorkspace();
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'mode pro|xy'), '`proxy` — collected in one place, processed in another');
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'basis statutory-du|ty'), '`statutory-duty` — necessary to perform a statutory duty');
        // A meaning that would only repeat the word is not worth a hover.
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'security encryp|tion'), undefined);
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'prov|ider Shanghai'), undefined);
        assert.equal(await hoverAt(ws, 'agreement.citypact', '|  version 2.1.0'), undefined);
    });

    it('speaks Chinese when the locale is zh-CN', async () => {
        const ws = await sampleWorkspace();
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        assertInOrder(await hoverAt(ws, 'registry.citypact', 'department Medical|Security "上海'), [
            'department Shanghai.MedicalSecurity',
            '*部门*',
            '**上海市医疗保障局**  \nen: Shanghai Healthcare Security Administration',
            '- **所属辖区:** 上海市（`Shanghai`）',
            '- **层级:** 市级',
            '- **统一社会信用代码:** `11310000MB2F06207Q`',
        ]);
        assertInOrder(await hoverAt(ws, 'agreement.citypact', 'party Shanghai.Medical|Security role lead'), [
            '- **角色:** `lead` — 牵头方',
            '- **签署人:** 局长',
        ]);
    });

    it('is Markdown, never raw JSON, and escapes Markdown in labels', async () => {
        const ws = await buildWorkspace({ 'a.citypact': 'organization Star "*星*_科技_ [公司]" {\n  kind enterprise\n}\n' });
        const hover = await hoverAt(ws, 'a.citypact', 'organization St|ar');
        assert.ok(hover);
        assert.match(hover, /\*\*\\\*星\\\*\\_科技\\_ \\\[公司\\\]\*\*/);
        assert.doesNotMatch(hover, /\$type|\{"|"label":/);
    });

    it('works through langium/test\'s expectHover on a document added to the workspace', async () => {
        const ws = await buildWorkspace({});
        await expectHover(ws.services.CityPact)({
            text: 'department Police "公安局" of Shang<|>hai',
            index: 0,
            hover: /^```citypact\ncity Shanghai\n```/,
            disposeAfterCheck: true,
        });
    });
});
