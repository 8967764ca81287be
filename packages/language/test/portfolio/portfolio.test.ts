import assert from 'node:assert/strict';
import { buildWorkspace } from '../helpers.js';
import { addDays, computePortfolio, todayInChina } from '../../src/portfolio/portfolio-model.js';
import { portfolioHtml } from '../../src/portfolio/report-html.js';
import { portfolioIcs } from '../../src/portfolio/report-ics.js';
import { portfolioMarkdown } from '../../src/portfolio/report-markdown.js';

const REGISTRY = [
    'department CivilAffairs "上海市民政局" of Shanghai',
    'department Finance "上海市财政局" of Shanghai',
    'organization Care "某养老服务中心" { kind social-organization }',
].join('\n') + '\n';

function agreement(name: string, header: string[], members: string[] = []): string {
    return [`agreement ${name} "协议${name}" en "Agreement ${name}, with a comma; and a semicolon" {`, '  version 1.0.0', ...header.map(l => `  ${l}`),
        '  party Shanghai.CivilAffairs', '  party Shanghai.Finance', '  party Care', ...members.map(l => `  ${l}`), '}', ''].join('\n');
}

async function portfolioOf(files: Record<string, string>, asOf: string) {
    const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, ...files });
    return computePortfolio([...ws.documents.values()].map(document => ({ document })), asOf);
}

describe('portfolio model (docs/language.md §10)', () => {
    it('counts days in the calendar, across months and leap years', () => {
        assert.equal(addDays('2024-02-28', 1), '2024-02-29');
        assert.equal(addDays('2025-06-30', 90), '2025-09-28');
        assert.equal(addDays('2024-12-31', 1), '2025-01-01');
        assert.equal(todayInChina(new Date('2025-06-30T16:30:00Z')), '2025-07-01', 'half past midnight in Beijing');
        assert.equal(todayInChina(new Date('2025-06-30T15:59:00Z')), '2025-06-30');
    });

    it('a successor that is still a draft does not supersede; a signed one in effect does', async () => {
        const files = {
            'old.citypact': agreement('Old', ['signed 2020-01-01', 'effective 2020-01-01']),
            'new.citypact': agreement('New', ['supersedes Old', 'signed 2025-03-01', 'effective 2025-04-01']).replace('version 1.0.0', 'version 2.0.0'),
        };
        const before = await portfolioOf(files, '2025-03-15');
        assert.deepEqual(before.agreements.map(a => [a.id, a.status, a.supersededBy]), [['New', 'signed', null], ['Old', 'in-force', null]]);
        const after = await portfolioOf(files, '2025-04-01');
        assert.deepEqual(after.agreements.map(a => [a.id, a.status, a.supersededBy]), [['New', 'in-force', null], ['Old', 'superseded', 'New']]);
        const draft = await portfolioOf({ ...files, 'new.citypact': files['new.citypact'].replace('  signed 2025-03-01\n', '') }, '2025-06-01');
        assert.deepEqual(draft.agreements.map(a => [a.id, a.status]), [['New', 'draft'], ['Old', 'in-force']]);
    });

    it('lists deadlines of agreements in force only, within 90 days or overdue', async () => {
        const obligation = (name: string, due: string) => [`obligation ${name} "义务${name}" {`, '  by Shanghai.CivilAffairs', `  due ${due}`, '}'];
        const portfolio = await portfolioOf({
            'a.citypact': agreement('A', ['signed 2024-01-01', 'effective 2024-01-01'], [
                ...obligation('Late', '2024-06-30'), ...obligation('Today', '2025-06-30'), ...obligation('Edge', '2025-09-28'), ...obligation('Later', '2025-09-29'),
            ]),
            'd.citypact': agreement('D', [], obligation('Drafted', '2025-07-01')),
        }, '2025-06-30');
        assert.deepEqual(portfolio.deadlines.map(d => [d.obligation, d.status]), [['A.Late', 'overdue'], ['A.Today', 'due'], ['A.Edge', 'due']]);
        // The calendar lists every obligation of an agreement not expired or superseded, the draft's too.
        const ics = portfolioIcs(portfolio);
        for (const uid of ['A.Late', 'A.Later', 'D.Drafted']) assert.match(ics, new RegExp(`UID:${uid.replace('.', '\\.')}@citypact`));
        assert.match(ics, /DTSTAMP:20250630T000000Z/);
        assert.match(ics, /SUMMARY:Due: 义务Today \(Agreement A\\, with a comma\\; and a semicolon\)/, 'TEXT escapes , and ;');
    });

    it('sums funding per year by funder: monthly amounts times twelve, one-off amounts apart', async () => {
        const funding = (name: string, amount: string) => [`funding ${name} "资金${name}" {`, '  form service-purchase', '  by Shanghai.CivilAffairs', '  to Care', `  amount ${amount}`, '}'];
        const portfolio = await portfolioOf({
            'a.citypact': agreement('A', ['signed 2024-01-01', 'effective 2024-01-01'], [
                ...funding('Yearly', '1200000 CNY per year'), ...funding('Monthly', '10000.50 CNY per month'), ...funding('Once', '300000 CNY'),
            ]),
            'x.citypact': agreement('X', ['signed 2020-01-01', 'effective 2020-01-01 until 2021-12-31'], funding('Expired', '999 CNY per year')),
        }, '2025-06-30');
        assert.deepEqual(portfolio.funders.map(f => [f.funder, f.perYear, f.once, f.fundings]), [
            ['Shanghai.CivilAffairs', '1320006', '300000', ['A.Yearly', 'A.Monthly', 'A.Once']],
        ]);
    });

    it('isolates and escapes user text in the page and the Markdown', async () => {
        const portfolio = await portfolioOf({
            'a.citypact': agreement('A', ['signed 2024-01-01', 'effective 2024-01-01']).replace('"协议A"', '"<script>alert(1)</script> \\u202Eevil"'),
        }, '2025-06-30');
        const html = portfolioHtml(portfolio, { locale: 'zh-CN' });
        assert.doesNotMatch(html, /<script>alert/);
        assert.match(html, /&lt;script&gt;/);
        assert.match(html, /\u2068[^\u2069]*\u202Eevil\u2069/, 'the override is closed inside an isolate');
        const md = portfolioMarkdown(portfolio, { locale: 'zh-CN' });
        assert.match(md, /\\<script\\>/);
        assert.match(md, /^# 协议总览/);
    });
});
