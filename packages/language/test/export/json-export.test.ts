import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXPORT_FORMAT_VERSION, EXPORT_SCHEMA_ID, GENERATOR_VERSION, type ExportDocument } from '../../src/export/export-format.js';
import { stripCommentMarkers } from '../../src/export/doc-comments.js';
import { exportDocument } from '../../src/export/export-agreements.js';
import { buildWorkspace } from '../helpers.js';
import {
    exportAgreement, exportFile, fixture, gbaWorkspace, sampleWorkspace, SECTION_2_4,
} from './export-helpers.js';

const S = 'Shanghai.MedicalSecurity';
const H = 'Hangzhou.MedicalSecurity';
const N = 'Nanjing.MedicalSecurity';

describe('export: JSON document (docs/language.md §6)', () => {
    it('exports every field of the §2.4 agreement, as in the §6 example', async () => {
        const ws = await sampleWorkspace();
        assert.deepEqual(ws.diagnostics('main.citypact').filter(d => d.severity === 1).map(d => d.message), []);
        const document = exportAgreement(ws, 'main.citypact', 'YRDMedicalSettlement');
        assert.deepEqual(document, {
            $schema: EXPORT_SCHEMA_ID,
            formatVersion: '1.1.0',
            generator: { name: 'citypact', version: GENERATOR_VERSION },
            source: { path: 'main.citypact', sha256: '0'.repeat(64) },
            agreement: {
                id: 'YRDMedicalSettlement',
                name: '长三角异地就医直接结算合作协议',
                translations: { en: 'YRD Cross-City Medical Settlement' },
                doc: 'Direct settlement of medical expenses across the Yangtze River Delta.',
                version: '2.1.0',
                supersedes: 'YRDMedicalSettlement2021',
                dimensions: { declared: ['cross-region', 'cross-department'], supported: ['cross-department', 'cross-region', 'public-private'] },
                signed: '2023-12-15',
                effective: '2024-01-01',
                until: '2027-12-31',
                parties: [
                    { id: S, kind: 'department', name: '上海市医疗保障局', role: 'lead', signatory: '局长', level: 'city', jurisdiction: 'Shanghai', divisionCode: '310000', uscc: '11310000MB2F06207Q' },
                    { id: H, kind: 'department', name: '杭州市医疗保障局', role: 'member', level: 'city', jurisdiction: 'Hangzhou', divisionCode: '330100' },
                    { id: N, kind: 'department', name: '南京市医疗保障局', role: 'member', level: 'city', jurisdiction: 'Nanjing', divisionCode: '320100' },
                    { id: 'AliHealth', kind: 'organization', name: '阿里健康信息技术有限公司', role: 'contractor', organizationKind: 'enterprise', uscc: '91330108MA27Y5GT3R' },
                ],
                bodies: [{
                    id: 'YRDMedicalSettlement.JointCommittee', name: '长三角医保联席会议',
                    members: [S, H, N], chair: S, decidesBy: 'unanimity', meets: 'quarterly',
                }],
                services: [{
                    id: 'YRDMedicalSettlement.DirectSettlement', name: '异地就医直接结算',
                    mode: 'proxy', provider: S, users: [H, N], collectsAt: H, processesAt: S,
                    respondsWithin: { value: 5, unit: 'day' },
                    costs: [{ actor: S, share: 50 }, { actor: H, share: 30 }, { actor: N, share: 20 }],
                }],
                datasets: [{
                    id: 'Shanghai.MedicalSecurity.InsuredPersons', name: '参保人员基本信息', holder: S,
                    sharing: { class: 'conditional', condition: '仅限异地就医结算使用' },
                    classification: 'important', personalData: 'sensitive', fields: ['姓名', '公民身份号码', '参保状态'],
                }],
                exchanges: [{
                    id: 'YRDMedicalSettlement.SettlementRecords', name: '结算数据交换',
                    data: 'Shanghai.MedicalSecurity.InsuredPersons', from: S, to: [H, N],
                    purpose: '异地就医费用结算', basis: 'statutory-duty', citation: '《中华人民共和国社会保险法》第二十九条',
                    retention: { value: 5, unit: 'year' }, security: ['encryption', 'audit-log', 'access-control'],
                    onward: { rule: 'forbidden' }, frequency: 'daily', approval: '沪医保〔2023〕12号',
                }],
                fundings: [],
                obligations: [{
                    id: 'YRDMedicalSettlement.BuildPlatform', name: '建设统一结算平台',
                    by: S, for: [H, N], due: '2024-06-30', remedy: '由联席会议督办',
                }],
                clauses: [{
                    id: 'YRDMedicalSettlement.Confidentiality', name: '各方对交换数据负有保密义务。',
                    translations: { en: 'Each party keeps exchanged data confidential.' },
                }],
                disputes: { by: 'YRDMedicalSettlement.JointCommittee', then: 'arbitration', forum: '上海仲裁委员会' },
                amendment: 'unanimity',
                termination: { notice: { value: 90, unit: 'day' } },
            },
        } satisfies ExportDocument);
    });

    it('writes the keys in the order of the §6 example', async () => {
        const document = exportAgreement(await sampleWorkspace(), 'main.citypact', 'YRDMedicalSettlement');
        assert.deepEqual(Object.keys(document), ['$schema', 'formatVersion', 'generator', 'source', 'agreement']);
        assert.deepEqual(Object.keys(document.agreement), [
            'id', 'name', 'translations', 'doc', 'version', 'supersedes', 'dimensions', 'signed', 'effective', 'until',
            'parties', 'bodies', 'services', 'datasets', 'exchanges', 'fundings', 'obligations', 'clauses', 'disputes', 'amendment', 'termination',
        ]);
        assert.deepEqual(Object.keys(document.agreement.parties[0]),
            ['id', 'kind', 'name', 'role', 'signatory', 'level', 'jurisdiction', 'divisionCode', 'uscc']);
        assert.equal(document.formatVersion, EXPORT_FORMAT_VERSION);
    });

    it('exports every party kind, zh translations, member docs, defaults and allowed-to', async () => {
        const ws = await gbaWorkspace();
        assert.deepEqual(ws.diagnostics('gba/agreement.citypact').filter(d => d.severity === 1).map(d => d.message), []);
        const { agreement } = exportAgreement(ws, 'gba/agreement.citypact', 'GBALink');
        assert.deepEqual(agreement.translations, { en: 'GBA Transport Link', zh: '大湾区交通互联协议（简称）' });
        assert.equal(agreement.doc, 'Bay Area transport link.\n  Second line, indented.');
        assert.deepEqual(agreement.dimensions, { declared: [], supported: ['cross-department', 'cross-level', 'cross-region', 'public-private'] });
        assert.deepEqual(agreement.parties, [
            { id: 'Guangdong', kind: 'province', name: '广东省', translations: { en: 'Guangdong Province' }, role: 'lead', level: 'province', jurisdiction: 'Guangdong', divisionCode: '440000' },
            { id: 'Guangzhou.Tianhe', kind: 'district', name: '天河区', translations: { en: 'Tianhe District' }, role: 'member', level: 'district', jurisdiction: 'Guangzhou.Tianhe', divisionCode: '440106', districtKind: 'district' },
            { id: 'Guangzhou.Transport', kind: 'department', name: '广州市交通运输局', role: 'member', level: 'city', jurisdiction: 'Guangzhou', divisionCode: '440100' },
            { id: 'Shenzhen.Transport', kind: 'department', name: '深圳市交通运输局', role: 'member', level: 'city', jurisdiction: 'Shenzhen', divisionCode: '440300' },
            { id: 'Metro', kind: 'organization', name: '广州地铁集团有限公司', role: 'funder', organizationKind: 'public-institution' },
        ]);
        const [service] = agreement.services;
        assert.equal(service.doc, 'Clears fares between the two cities.');
        assert.deepEqual(service.respondsWithin, { value: 48, unit: 'hour' });
        assert.deepEqual(service.costs.map(c => c.share), [33.33, 33.33, 33.34]);
        assert.equal(service.collectsAt, undefined);
        // Each dataset once, in order of first mention, wherever it is declared.
        assert.deepEqual(agreement.datasets, [
            { id: 'Guangzhou.Transport.Trips', name: '出行数据', holder: 'Guangzhou.Transport', sharing: { class: 'unconditional' }, classification: 'general', personalData: 'none', fields: [] },
            { id: 'Shenzhen.Transport.Cards', name: '交通卡数据', holder: 'Shenzhen.Transport', sharing: { class: 'conditional', condition: '仅限票款清分' }, classification: 'general', personalData: 'ordinary', fields: ['卡号', '交易时间'] },
        ]);
        const [trips, cards] = agreement.exchanges;
        assert.deepEqual(trips, {
            id: 'GBALink.TripFeed', name: '出行数据交换', data: 'Guangzhou.Transport.Trips', from: 'Guangzhou.Transport',
            to: ['Shenzhen.Transport'], purpose: '线网规划', security: [], onward: { rule: 'allowed-to', allowedTo: ['Metro'] },
        });
        // A plain /* */ comment is not a doc comment.
        assert.equal(cards.doc, undefined);
        assert.deepEqual(cards.retention, { value: 6, unit: 'month' });
        assert.equal(cards.basis, 'contract');
        assert.equal(cards.citation, undefined);
        assert.deepEqual(agreement.obligations, [{ id: 'GBALink.Report', name: '年度报告', by: 'Guangzhou.Transport', for: [], due: '2024-12-31' }]);
        assert.deepEqual(agreement.clauses, []);
        assert.deepEqual(agreement.bodies, []);
        assert.equal(agreement.disputes, undefined);
        assert.equal(agreement.termination, undefined);
        assert.equal(agreement.amendment, 'majority');
        assert.equal('until' in agreement, false, 'absent optional values are omitted, never null');
    });

    it('exports the shared §2.4 fixture without errors', async () => {
        const ws = await buildWorkspace({ 'main.citypact': fixture('language-sample.citypact') });
        const result = exportFile(ws, 'main.citypact');
        assert.deepEqual(result.refused, []);
        assert.ok(result.exported.some(e => e.agreementId === 'YRDMedicalSettlement'));
        assert.deepEqual(result.exported.map(e => e.fileName), result.exported.map(e => `${e.agreementId}.json`));
    });

    it('records source.path relative to the workspace root and the SHA-256 of the bytes', async () => {
        const ws = await gbaWorkspace();
        const [exported] = exportFile(ws, 'gba/agreement.citypact').exported;
        const document = exported.document as ExportDocument;
        assert.equal(document.source.path, 'gba/agreement.citypact');
        assert.equal(document.source.sha256, createHash('sha256').update(Buffer.from(ws.documents.get('gba/agreement.citypact')!.textDocument.getText())).digest('hex'));
        const bytes = Buffer.from('\ufeffwhatever bytes the caller read');
        const withBytes = exportDocument(ws.documents.get('gba/agreement.citypact')!, ws.services.CityPact, {
            format: 'json', workspaceRoot: '/ws/gba', sourceBytes: bytes,
        }).exported[0].document as ExportDocument;
        assert.equal(withBytes.source.path, 'agreement.citypact');
        assert.equal(withBytes.source.sha256, createHash('sha256').update(bytes).digest('hex'));
    });

    it('refuses every agreement of a file with error diagnostics', async () => {
        const broken = SECTION_2_4.replace('party Nanjing.MedicalSecurity', 'party Nanjing.Nowhere');
        const ws = await buildWorkspace({ 'main.citypact': broken });
        const result = exportFile(ws, 'main.citypact');
        assert.deepEqual(result.exported, []);
        assert.deepEqual(result.refused.map(r => r.agreementId), ['YRDMedicalSettlement2021', 'YRDMedicalSettlement']);
        assert.ok(result.refused[1].reasons.some(r => /^\d+:\d+: .*\[unresolved-reference\]$/.test(r)), result.refused[1].reasons.join('\n'));
    });

    it('refuses an unresolved reference even when citypact.json turns the rule off', async () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-export-'));
        try {
            fs.writeFileSync(path.join(root, 'citypact.json'), '{ "rules": { "unresolved-reference": "off" } }');
            const broken = SECTION_2_4.replace('chair Shanghai.MedicalSecurity', 'chair Shanghai.Nobody');
            const ws = await buildWorkspace({ 'main.citypact': broken }, root);
            assert.deepEqual(ws.codes('main.citypact').filter(c => c === 'unresolved-reference'), []);
            const result = exportFile(ws, 'main.citypact', 'json', root);
            assert.deepEqual(result.exported.map(e => e.agreementId), ['YRDMedicalSettlement2021']);
            assert.equal(result.refused.length, 1);
            assert.match(result.refused[0].reasons[0], /JointCommittee: chair: the reference "Shanghai\.Nobody" does not resolve/);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });

    it('strips doc comment markers and keeps inner lines', () => {
        assert.equal(stripCommentMarkers('/** One line. */'), 'One line.');
        assert.equal(stripCommentMarkers('/**\r\n * First.\r\n *\r\n * Third.\r\n */'), 'First.\n\nThird.');
        assert.equal(stripCommentMarkers('/**   */'), '');
    });
});
