import assert from 'node:assert/strict';
import { BASE, REGISTRY, diffBase, diffTexts, edit, rows, type Row } from './diff-helpers.js';

/**
 * docs/language.md §8, row by row: each case edits the base agreement and asserts the
 * exact change list (element, change, target, field, impact, before, after).
 */
interface Case {
    name: string;
    after: string;
    before?: string;
    expected: Row[];
}

const P = 'Pact';
const e = (from: string, to: string, text = BASE) => edit(text, from, to);

const CASES: Case[] = [
    // ---- nothing changes
    { name: 'identical text', after: BASE, expected: [] },
    {
        name: 'members, parties and properties reordered',
        after: e(`  clause Secrecy "各方负有保密义务。" en "The parties keep data confidential."\n`, '',
            e('  party Hangzhou.Health\n  party Nanjing.Health\n', '  party Nanjing.Health\n  party Hangzhou.Health\n',
                e('    purpose "远程会诊"\n    basis', '    basis', e('    onward forbidden\n', '    onward forbidden\n    purpose "远程会诊"\n')))).replace('  amendment by unanimity\n', '  amendment by unanimity\n  clause Secrecy "各方负有保密义务。" en "The parties keep data confidential."\n'),
        expected: [],
    },
    {
        name: 'set items reordered (to, users, members, for, security, dimensions)',
        after: e('to Hangzhou.Health, Nanjing.Health', 'to Nanjing.Health, Hangzhou.Health',
            e('users Hangzhou.Health, Nanjing.Health', 'users Nanjing.Health, Hangzhou.Health',
                e('members Shanghai.Health, Hangzhou.Health, Nanjing.Health', 'members Nanjing.Health, Shanghai.Health, Hangzhou.Health',
                    e('for Hangzhou.Health, Nanjing.Health', 'for Nanjing.Health, Hangzhou.Health',
                        e('security encryption, audit-log', 'security audit-log, encryption',
                            e('dimensions cross-region, cross-department', 'dimensions cross-department, cross-region')))))),
        expected: [],
    },
    {
        name: 'layout, blank lines and plain comments',
        after: BASE.replace(/\n {2}/g, '\n      ').replace('  version 1.0.0\n', '  version   1.0.0 // the first\n\n\n  /* note */\n')
            .replace('{\n    kind joint-meeting', '{ kind joint-meeting'),
        expected: [],
    },
    {
        name: 'cost shares reordered, and 50% written 50.00%',
        after: e('      Shanghai.Health 50%\n      Hangzhou.Health 30%\n', '      Hangzhou.Health 30%\n      Shanghai.Health 50.00%\n'),
        expected: [],
    },
    { name: 'retention 5 years written 60 months', after: e('retention 5 years', 'retention 60 months'), expected: [] },
    { name: 'retention 5 years written 1825 days', after: e('retention 5 years', 'retention 1825 days'), expected: [] },
    { name: 'response time 5 days written 120 hours', after: e('responds within 5 days', 'responds within 120 hours'), expected: [] },
    { name: 'the default role written out', after: e('  party Hangzhou.Health\n', '  party Hangzhou.Health role member\n'), expected: [] },
    { name: 'a doc comment re-wrapped', after: e('/** Meets to coordinate. */', '/**\n   * Meets to\n   * coordinate.\n   */'), expected: [] },
    { name: 'a label written with an escape', after: e('"远程会诊" en', '"\\u8FDC程会诊" en'), expected: [] },
    { name: 'disputes naming the body by its qualified name', after: e('disputes by Board', 'disputes by Pact.Board'), expected: [] },
    { name: 'termination 90 days written 3 months', after: e('notice 90 days', 'notice 3 months'), expected: [] },

    // ---- editorial
    { name: 'agreement label', after: e('"卫生合作协议" en', '"卫生健康合作协议" en'), expected: [['label', 'changed', P, 'label', 'editorial', '卫生合作协议', '卫生健康合作协议']] },
    { name: 'translation changed', after: e('en "Remote Care"', 'en "Telemedicine"'), expected: [['label', 'changed', 'Pact.Care', 'translation', 'editorial', { en: 'Remote Care' }, { en: 'Telemedicine' }]] },
    { name: 'translation added', after: e('en "Board" {', 'en "Board" zh "联席会议" {'), expected: [['label', 'changed', 'Pact.Board', 'translation', 'editorial', null, { zh: '联席会议' }]] },
    { name: 'doc comment changed', after: e('/** Meets to coordinate. */', '/** Meets to decide. */'), expected: [['label', 'changed', 'Pact.Board', 'doc', 'editorial', 'Meets to coordinate.', 'Meets to decide.']] },
    { name: 'doc comment removed', after: e('/** Health cooperation. */\n', ''), expected: [['label', 'changed', P, 'doc', 'editorial', 'Health cooperation.', null]] },
    { name: 'version', after: e('version 1.0.0', 'version 1.1.0'), expected: [['agreement', 'changed', P, 'version', 'editorial', '1.0.0', '1.1.0']] },
    {
        name: 'dimensions',
        after: e('dimensions cross-region, cross-department', 'dimensions cross-region, public-private'),
        expected: [['agreement', 'changed', P, 'dimensions', 'editorial', ['cross-region', 'cross-department'], ['cross-region', 'public-private']]],
    },

    // ---- term and governance
    { name: 'signed', after: e('signed 2024-01-01', 'signed 2024-01-02'), expected: [['term', 'changed', P, 'signed', 'substantive', '2024-01-01', '2024-01-02']] },
    { name: 'until removed', after: e(' until 2028-12-31', ''), expected: [['term', 'changed', P, 'until', 'substantive', '2028-12-31', null]] },
    {
        name: 'disputes escalation',
        after: e('then arbitration "上海仲裁委员会"', 'then litigation'),
        expected: [['governance', 'changed', P, 'disputes', 'substantive', 'Pact.Board then arbitration "上海仲裁委员会"', 'Pact.Board then litigation']],
    },
    { name: 'amendment', after: e('amendment by unanimity', 'amendment by two-thirds'), expected: [['governance', 'changed', P, 'amendment', 'substantive', 'unanimity', 'two-thirds']] },
    { name: 'termination notice', after: e('notice 90 days', 'notice 6 months'), expected: [['governance', 'changed', P, 'termination', 'substantive', '90 days', '6 months']] },
    { name: 'supersedes added in place', after: e('  version 1.0.0\n', '  version 1.0.0\n  supersedes Older\n'), expected: [['agreement', 'changed', P, 'supersedes', 'substantive', null, 'Older']] },

    // ---- parties
    { name: 'party added', after: e('  party CareCo role contractor\n', '  party CareCo role contractor\n  party Audit role observer\n'), expected: [['party', 'added', 'Audit', null, 'substantive', null, { role: 'observer', signatory: null }]] },
    { name: 'party removed', after: e('  party Nanjing.Health\n', ''), expected: [['party', 'removed', 'Nanjing.Health', null, 'substantive', { role: 'member', signatory: null }, null]] },
    { name: 'party role', after: e('party CareCo role contractor', 'party CareCo role funder'), expected: [['party', 'changed', 'CareCo', 'role', 'substantive', 'contractor', 'funder']] },
    { name: 'party signatory', after: e('signatory "主任"', 'signatory "副主任"'), expected: [['party', 'changed', 'Shanghai.Health', 'signatory', 'substantive', '主任', '副主任']] },

    // ---- bodies
    { name: 'body kind', after: e('kind joint-meeting', 'kind committee'), expected: [['body', 'changed', 'Pact.Board', 'kind', 'substantive', 'joint-meeting', 'committee']] },
    {
        name: 'body members',
        after: e('members Shanghai.Health, Hangzhou.Health, Nanjing.Health', 'members Shanghai.Health, Hangzhou.Health'),
        expected: [['body', 'changed', 'Pact.Board', 'members', 'substantive', ['Shanghai.Health', 'Hangzhou.Health', 'Nanjing.Health'], ['Shanghai.Health', 'Hangzhou.Health']]],
    },
    { name: 'body chair', after: e('chair Shanghai.Health', 'chair Hangzhou.Health'), expected: [['body', 'changed', 'Pact.Board', 'chair', 'substantive', 'Shanghai.Health', 'Hangzhou.Health']] },
    { name: 'body decides', after: e('decides by unanimity', 'decides by majority'), expected: [['body', 'changed', 'Pact.Board', 'decides', 'substantive', 'unanimity', 'majority']] },
    { name: 'body meets', after: e('meets quarterly', 'meets yearly'), expected: [['body', 'changed', 'Pact.Board', 'meets', 'substantive', 'quarterly', 'yearly']] },

    // ---- services
    { name: 'service mode', after: e('mode proxy', 'mode joint'), expected: [['service', 'changed', 'Pact.Care', 'mode', 'substantive', 'proxy', 'joint']] },
    { name: 'service provider', after: e('provider Shanghai.Health', 'provider Hangzhou.Health'), expected: [['service', 'changed', 'Pact.Care', 'provider', 'substantive', 'Shanghai.Health', 'Hangzhou.Health']] },
    {
        name: 'service users',
        after: e('users Hangzhou.Health, Nanjing.Health', 'users Hangzhou.Health'),
        expected: [['service', 'changed', 'Pact.Care', 'users', 'substantive', ['Hangzhou.Health', 'Nanjing.Health'], ['Hangzhou.Health']]],
    },
    {
        name: 'service locations',
        after: e('collects-at Hangzhou.Health', 'collects-at Nanjing.Health', e('    processes-at Shanghai.Health\n', '')),
        expected: [
            ['service', 'changed', 'Pact.Care', 'collects-at', 'substantive', 'Hangzhou.Health', 'Nanjing.Health'],
            ['service', 'changed', 'Pact.Care', 'processes-at', 'substantive', 'Shanghai.Health', null],
        ],
    },
    { name: 'service response time', after: e('responds within 5 days', 'responds within 48 hours'), expected: [['service', 'changed', 'Pact.Care', 'responds', 'substantive', '5 days', '48 hours']] },
    {
        name: 'cost shares per actor',
        after: e('      Shanghai.Health 50%\n      Hangzhou.Health 30%\n      Nanjing.Health 20%\n', '      Shanghai.Health 40%\n      Hangzhou.Health 30%\n      CareCo 30%\n'),
        expected: [
            ['service', 'changed', 'Pact.Care', 'costs', 'substantive', { 'Shanghai.Health': '50%' }, { 'Shanghai.Health': '40%' }],
            ['service', 'changed', 'Pact.Care', 'costs', 'substantive', { 'Nanjing.Health': '20%' }, null],
            ['service', 'changed', 'Pact.Care', 'costs', 'substantive', null, { CareCo: '30%' }],
        ],
    },

    // ---- exchanges: §8's table, row by row
    {
        name: 'to: a recipient added even though another was removed → widened',
        after: e('to Hangzhou.Health, Nanjing.Health', 'to Hangzhou.Health, Shanghai.Police'),
        expected: [['exchange', 'widened', 'Pact.Flow', 'to', 'data-protection', ['Hangzhou.Health', 'Nanjing.Health'], ['Hangzhou.Health', 'Shanghai.Police']]],
    },
    {
        name: 'to: recipients only removed → narrowed',
        after: e('to Hangzhou.Health, Nanjing.Health', 'to Hangzhou.Health'),
        expected: [['exchange', 'narrowed', 'Pact.Flow', 'to', 'substantive', ['Hangzhou.Health', 'Nanjing.Health'], ['Hangzhou.Health']]],
    },
    { name: 'retention longer', after: e('retention 5 years', 'retention 50 years'), expected: [['exchange', 'widened', 'Pact.Flow', 'retention', 'data-protection', '5 years', '50 years']] },
    { name: 'retention one month longer', after: e('retention 5 years', 'retention 61 months'), expected: [['exchange', 'widened', 'Pact.Flow', 'retention', 'data-protection', '5 years', '61 months']] },
    { name: 'retention one day shorter', after: e('retention 5 years', 'retention 1824 days'), expected: [['exchange', 'narrowed', 'Pact.Flow', 'retention', 'substantive', '5 years', '1824 days']] },
    { name: 'retention shorter', after: e('retention 5 years', 'retention 6 months'), expected: [['exchange', 'narrowed', 'Pact.Flow', 'retention', 'substantive', '5 years', '6 months']] },
    { name: 'retention removed (kept without limit)', after: e('    retention 5 years\n', ''), expected: [['exchange', 'widened', 'Pact.Flow', 'retention', 'data-protection', '5 years', null]] },
    {
        name: 'security: a measure removed even though another was added → widened',
        after: e('security encryption, audit-log', 'security encryption, access-control'),
        expected: [['exchange', 'widened', 'Pact.Flow', 'security', 'data-protection', ['encryption', 'audit-log'], ['encryption', 'access-control']]],
    },
    {
        name: 'security: measures only added → narrowed',
        after: e('security encryption, audit-log', 'security encryption, audit-log, anonymization'),
        expected: [['exchange', 'narrowed', 'Pact.Flow', 'security', 'substantive', ['encryption', 'audit-log'], ['encryption', 'audit-log', 'anonymization']]],
    },
    { name: 'onward: forbidden → allowed-to', after: e('onward forbidden', 'onward allowed-to Audit'), expected: [['exchange', 'widened', 'Pact.Flow', 'onward', 'data-protection', 'forbidden', 'allowed-to Audit']] },
    { name: 'onward: the line removed', after: e('    onward forbidden\n', ''), expected: [['exchange', 'widened', 'Pact.Flow', 'onward', 'data-protection', 'forbidden', null]] },
    {
        name: 'onward: an allowed-to actor added',
        before: e('onward forbidden', 'onward allowed-to Audit'),
        after: e('onward forbidden', 'onward allowed-to Audit, CareCo'),
        expected: [['exchange', 'widened', 'Pact.Flow', 'onward', 'data-protection', 'allowed-to Audit', 'allowed-to Audit, CareCo']],
    },
    {
        name: 'onward: allowed-to → forbidden',
        before: e('onward forbidden', 'onward allowed-to Audit'),
        after: BASE,
        expected: [['exchange', 'narrowed', 'Pact.Flow', 'onward', 'substantive', 'allowed-to Audit', 'forbidden']],
    },
    {
        name: 'onward: an allowed-to actor removed',
        before: e('onward forbidden', 'onward allowed-to Audit, CareCo'),
        after: e('onward forbidden', 'onward allowed-to CareCo'),
        expected: [['exchange', 'narrowed', 'Pact.Flow', 'onward', 'substantive', 'allowed-to Audit, CareCo', 'allowed-to CareCo']],
    },
    { name: 'frequency more frequent', after: e('frequency daily', 'frequency realtime'), expected: [['exchange', 'widened', 'Pact.Flow', 'frequency', 'data-protection', 'daily', 'realtime']] },
    { name: 'frequency less frequent', after: e('frequency daily', 'frequency monthly'), expected: [['exchange', 'narrowed', 'Pact.Flow', 'frequency', 'substantive', 'daily', 'monthly']] },
    { name: 'frequency to on-request', after: e('frequency daily', 'frequency on-request'), expected: [['exchange', 'changed', 'Pact.Flow', 'frequency', 'substantive', 'daily', 'on-request']] },
    { name: 'purpose', after: e('purpose "远程会诊"', 'purpose "远程会诊和科研"'), expected: [['exchange', 'widened', 'Pact.Flow', 'purpose', 'data-protection', '远程会诊', '远程会诊和科研']] },
    {
        name: 'basis citation',
        after: e('basis statutory-duty "《基本医疗卫生与健康促进法》"', 'basis public-interest'),
        expected: [['exchange', 'widened', 'Pact.Flow', 'basis', 'data-protection', 'statutory-duty "《基本医疗卫生与健康促进法》"', 'public-interest']],
    },
    { name: 'data', after: e('data Shanghai.Health.Records', 'data Shanghai.Health.Stats'), expected: [['exchange', 'widened', 'Pact.Flow', 'data', 'data-protection', 'Shanghai.Health.Records', 'Shanghai.Health.Stats']] },
    { name: 'approval removed', after: e('    approval "沪卫〔2024〕1号"\n', ''), expected: [['exchange', 'widened', 'Pact.Flow', 'approval', 'data-protection', '沪卫〔2024〕1号', null]] },
    { name: 'approval changed', after: e('approval "沪卫〔2024〕1号"', 'approval "沪卫〔2024〕2号"'), expected: [['exchange', 'changed', 'Pact.Flow', 'approval', 'substantive', '沪卫〔2024〕1号', '沪卫〔2024〕2号']] },
    { name: 'from (not in the table: changed, data-protection)', after: e('from Shanghai.Health', 'from Hangzhou.Health'), expected: [['exchange', 'changed', 'Pact.Flow', 'from', 'data-protection', 'Shanghai.Health', 'Hangzhou.Health']] },
    { name: 'exchange label (editorial)', after: e('"诊疗记录共享"', '"诊疗记录互认"'), expected: [['label', 'changed', 'Pact.Flow', 'label', 'editorial', '诊疗记录共享', '诊疗记录互认']] },
    {
        name: 'a new exchange of personal data → data-protection',
        after: e('  funding Subsidy', '  exchange Back "回传" {\n    data Shanghai.Health.Records\n    from Hangzhou.Health\n    to Shanghai.Health\n  }\n\n  funding Subsidy'),
        expected: [['exchange', 'added', 'Pact.Back', null, 'data-protection', null, '回传']],
    },
    {
        name: 'a new exchange of general, non-personal data → substantive',
        after: e('  funding Subsidy', '  exchange Back "回传" {\n    data Shanghai.Health.Stats\n    from Hangzhou.Health\n    to Shanghai.Health\n  }\n\n  funding Subsidy'),
        expected: [['exchange', 'added', 'Pact.Back', null, 'substantive', null, '回传']],
    },
    { name: 'an exchange removed → substantive', after: e(BASE.slice(BASE.indexOf('  exchange Flow'), BASE.indexOf('  funding Subsidy')), ''), expected: [['exchange', 'removed', 'Pact.Flow', null, 'substantive', '诊疗记录共享', null]] },

    // ---- fundings (§2.5)
    { name: 'funding amount', after: e('amount 1200000 CNY per year', 'amount 100000 CNY per month'), expected: [['funding', 'changed', 'Pact.Subsidy', 'amount', 'substantive', '1200000 CNY per year', '100000 CNY per month']] },
    { name: 'funding amount written 1200000.00: no change', after: e('amount 1200000 CNY', 'amount 1200000.00 CNY'), expected: [] },
    { name: 'funding form', after: e('form service-purchase', 'form grant'), expected: [['funding', 'changed', 'Pact.Subsidy', 'form', 'substantive', 'service-purchase', 'grant']] },
    { name: 'funding by and to', after: e('    to CareCo\n', '    to Audit\n', e('    by Shanghai.Health\n    to', '    by Hangzhou.Health\n    to')), expected: [
        ['funding', 'changed', 'Pact.Subsidy', 'by', 'substantive', 'Shanghai.Health', 'Hangzhou.Health'],
        ['funding', 'changed', 'Pact.Subsidy', 'to', 'substantive', 'CareCo', 'Audit'],
    ] },
    { name: 'funding until removed', after: e('    until 2026-12-31\n', ''), expected: [['funding', 'changed', 'Pact.Subsidy', 'until', 'substantive', '2026-12-31', null]] },
    { name: 'funding basis', after: e('basis "《政府购买服务管理办法》"', 'basis "财政部令第102号"'), expected: [['funding', 'changed', 'Pact.Subsidy', 'basis', 'substantive', '《政府购买服务管理办法》', '财政部令第102号']] },

    // ---- obligations and clauses
    { name: 'obligation due', after: e('due 2024-06-30', 'due 2024-09-30'), expected: [['obligation', 'changed', 'Pact.Build', 'due', 'substantive', '2024-06-30', '2024-09-30']] },
    { name: 'obligation for', after: e('for Hangzhou.Health, Nanjing.Health', 'for Hangzhou.Health'), expected: [['obligation', 'changed', 'Pact.Build', 'for', 'substantive', ['Hangzhou.Health', 'Nanjing.Health'], ['Hangzhou.Health']]] },
    { name: 'obligation by and remedy', after: e('remedy "通报"', 'remedy "约谈"', e('    by Shanghai.Health\n    for', '    by Nanjing.Health\n    for')), expected: [
        ['obligation', 'changed', 'Pact.Build', 'by', 'substantive', 'Shanghai.Health', 'Nanjing.Health'],
        ['obligation', 'changed', 'Pact.Build', 'remedy', 'substantive', '通报', '约谈'],
    ] },
    { name: 'clause text (substantive)', after: e('"各方负有保密义务。"', '"各方负有严格保密义务。"'), expected: [['clause', 'changed', 'Pact.Secrecy', 'text', 'substantive', '各方负有保密义务。', '各方负有严格保密义务。']] },
    { name: 'clause translation (its text in English: substantive)', after: e('en "The parties keep data confidential."', 'en "The parties may share data."'), expected: [['clause', 'changed', 'Pact.Secrecy', 'translation', 'substantive', { en: 'The parties keep data confidential.' }, { en: 'The parties may share data.' }]] },

    // ---- renames and kinds
    {
        name: 'a member renamed is removed + added',
        after: e('obligation Build "建设平台"', 'obligation BuildPlatform "建设平台"'),
        expected: [
            ['obligation', 'removed', 'Pact.Build', null, 'substantive', '建设平台', null],
            ['obligation', 'added', 'Pact.BuildPlatform', null, 'substantive', null, '建设平台'],
        ],
    },
    {
        name: 'removals keep their old position among what is still there',
        after: e('  party Hangzhou.Health\n', '', e('  party CareCo role contractor\n', '  party CareCo role contractor\n  party Audit\n')),
        expected: [
            ['party', 'removed', 'Hangzhou.Health', null, 'substantive', { role: 'member', signatory: null }, null],
            ['party', 'added', 'Audit', null, 'substantive', null, { role: 'member', signatory: null }],
        ],
    },
];

describe('diff: §8 classification, table-driven', () => {
    it(`has at least 40 cases (${CASES.length})`, () => assert.ok(CASES.length >= 40));
    for (const c of CASES) {
        it(c.name, async () => {
            const report = await diffBase(c.before ?? BASE, c.after);
            assert.deepEqual(rows(report), c.expected);
            const pact = report.agreements.find(a => a.id === P)!;
            assert.equal(pact.status, c.expected.length ? 'changed' : 'unchanged');
        });
    }
});

describe('diff: matching agreements', () => {
    const older = BASE.replace('agreement Pact', 'agreement Pact2020');

    it('matches a successor through supersedes, with the link itself no change', async () => {
        const successor = e('  version 1.0.0\n', '  version 2.0.0\n  supersedes Pact2020\n');
        const report = await diffTexts({ 'registry.citypact': REGISTRY, 'old.citypact': older }, { 'registry.citypact': REGISTRY, 'new.citypact': successor });
        assert.equal(report.agreements.length, 1);
        const [a] = report.agreements;
        assert.deepEqual([a.id, a.status, a.before, a.after], ['Pact', 'changed', { id: 'Pact2020', version: '1.0.0' }, { id: 'Pact', version: '2.0.0' }]);
        // Members compare by name within their agreement, and `disputes by Board` names the same body.
        assert.deepEqual(rows(report), [['agreement', 'changed', 'Pact', 'version', 'editorial', '1.0.0', '2.0.0']]);
    });

    it('two files of one workspace: the predecessor and its successor side by side', async () => {
        const successor = e('  version 1.0.0\n', '  version 2.0.0\n  supersedes Pact2020\n', e('meets quarterly', 'meets monthly'));
        const files = { 'registry.citypact': REGISTRY, 'old.citypact': older, 'new.citypact': successor };
        const report = await diffTexts(files, files, { before: ['old.citypact'], after: ['new.citypact'] });
        assert.deepEqual(rows(report), [
            ['agreement', 'changed', 'Pact', 'version', 'editorial', '1.0.0', '2.0.0'],
            ['body', 'changed', 'Pact.Board', 'meets', 'substantive', 'quarterly', 'monthly'],
        ]);
    });

    it('does not match a successor to an agreement that is still on the new side', async () => {
        const successor = e('  version 1.0.0\n', '  version 2.0.0\n  supersedes Pact2020\n');
        const report = await diffTexts({ 'registry.citypact': REGISTRY, 'a.citypact': older }, { 'registry.citypact': REGISTRY, 'a.citypact': older, 'b.citypact': successor });
        assert.deepEqual(report.agreements.map(a => [a.id, a.status]), [['Pact2020', 'unchanged'], ['Pact', 'added']]);
        // An added agreement lists itself and the data flows it adds.
        assert.deepEqual(report.agreements[1].changes.map(c => [c.element, c.change, c.target, c.impact]), [
            ['agreement', 'added', 'Pact', 'substantive'],
            ['exchange', 'added', 'Pact.Flow', 'data-protection'],
        ]);
    });

    it('an agreement removed, and the order of agreements follows the new side', async () => {
        const other = BASE.replace('agreement Pact', 'agreement Other');
        const report = await diffTexts({ 'registry.citypact': REGISTRY, 'a.citypact': other, 'b.citypact': BASE }, { 'registry.citypact': REGISTRY, 'b.citypact': BASE });
        assert.deepEqual(report.agreements.map(a => [a.id, a.status]), [['Other', 'removed'], ['Pact', 'unchanged']]);
        assert.deepEqual(rows(report), [['agreement', 'removed', 'Other', null, 'substantive', '卫生合作协议', null]]);
        assert.deepEqual(report.summary, { 'data-protection': 0, substantive: 1, editorial: 0 });
    });

    it('each side resolves against its own registry: a new exchange is graded by the new side', async () => {
        const withStats = e('  funding Subsidy', '  exchange Back "回传" {\n    data Shanghai.Health.Stats\n    from Hangzhou.Health\n    to Shanghai.Health\n  }\n\n  funding Subsidy');
        const regraded = edit(REGISTRY, '  sharing unconditional\n}\ndataset Beds', '  sharing unconditional\n  personal-data ordinary\n}\ndataset Beds');
        // Old registry says Stats is not personal; the new one says it is: the new exchange is data-protection.
        const report = await diffBase(BASE, withStats, { after: regraded });
        assert.deepEqual(rows(report), [['exchange', 'added', 'Pact.Back', null, 'data-protection', null, '回传']]);
        // The other way round it is substantive, and a regrading alone changes no agreement.
        const reverse = await diffBase(BASE, withStats, { before: regraded });
        assert.deepEqual(rows(reverse), [['exchange', 'added', 'Pact.Back', null, 'substantive', null, '回传']]);
        assert.deepEqual(rows(await diffBase(BASE, BASE, { after: regraded })), []);
    });
});
