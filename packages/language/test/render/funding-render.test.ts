import assert from 'node:assert/strict';
import { renderHtmlPage } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildWorkspace } from '../helpers.js';
import { loadExample, unescapeHtml, viewsOf } from './render-helpers.js';

/** 资金保障 (financing, docs/language.md §2.5): what a reader of the rendered agreement sees of its fundings. */
describe('render: the financing section 资金保障', () => {
    it('lists every funding of the xuhui example with form, payer, recipient, amount, basis and until, and the totals', async () => {
        const loaded = await loadExample('xuhui-elder-care-funding');
        const [view] = viewsOf(loaded.ws, 'agreement.citypact');
        assert.deepEqual(view.fundings.map(f => [f.name, f.form, f.by?.id, f.to?.id, f.amount, f.until]), [
            ['HomeCarePurchase', 'service-purchase', 'Shanghai.Xuhui.CivilAffairs', 'YileElderCare', { value: '3600000', per: 'year' }, '2027-12-31'],
            ['DataLabGrant', 'grant', 'Shanghai.Science', 'SJTU', { value: '5000000', per: 'once' }, '2026-12-31'],
            ['PlatformTaxIncentive', 'tax-incentive', 'Shanghai.Xuhui.Tax', 'YilianPlatform', undefined, '2027-12-31'],
        ]);
        assert.deepEqual(view.bodies.map(b => b.kind), ['joint-meeting', 'working-group']);

        const html = renderHtmlPage([view], { sourceHref: 'agreement.citypact' });
        const section = /<section class="cp-section cp-fundings"[\s\S]*?<\/section>/.exec(html)?.[0];
        assert.ok(section, 'a financing section');
        const text = unescapeHtml(section.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
        for (const expected of [
            '资金保障 Financing',
            '社区居家养老服务购买', '政府购买服务 government purchase of services', '上海市徐汇区民政局', '上海市徐汇区颐乐居家养老服务中心',
            '3,600,000 元/年', 'CNY 3,600,000 per year', '《政府购买服务管理办法》（财政部令第102号）',
            '财政拨款 fiscal grant', '5,000,000 元（一次性）', '2026-12-31',
            '税收优惠 tax incentive', '依法享受，未约定金额',
            '资金合计 Total committed: 3,600,000 元/年；5,000,000 元（一次性）',
        ]) assert.ok(text.includes(expected), `missing ${JSON.stringify(expected)} in: ${text}`);
        // The section sits between the data exchanges and the obligations, as in the official document (§9).
        assert.ok(html.indexOf('cp-exchanges') < html.indexOf('cp-fundings') && html.indexOf('cp-fundings') < html.indexOf('cp-obligations'));
        // Each row links back to its line.
        const line = loaded.texts['agreement.citypact'].split('\n').findIndex(l => l.includes('funding HomeCarePurchase')) + 1;
        assert.match(section, new RegExp(`id="cp-funding-XuhuiSmartElderCare\\.HomeCarePurchase"[^>]*data-line="${line}"`));
        assert.match(html, /机构类型 Kind<\/dt><dd>联席会议 joint meeting/);

        const markdown = renderMarkdown(view);
        assert.match(markdown, /\n## 资金保障 Financing\n/);
        assert.match(markdown, /\| 社区居家养老服务购买<br>Purchase of Community Home-Based Elder Care Services \| 政府购买服务 government purchase of services \| 上海市徐汇区民政局 \| 上海市徐汇区颐乐居家养老服务中心 \| 3,600,000 元\/年<br>CNY 3,600,000 per year \|/);
        assert.match(markdown, /\*\*资金合计 Total committed:\*\* 3,600,000 元\/年；5,000,000 元（一次性）/);
        assert.match(markdown, /- \*\*机构类型 Kind:\*\* 专门工作组 special working group/);
    });

    it('sums amounts exactly per period and flags a grant without amount in a draft', async () => {
        const text = [
            'department Finance "某市财政局" of Shanghai',
            'organization Org "某社会组织"',
            'agreement A "协议" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai.Finance', '  party Org',
            '  funding F1 "购买一" {', '    form service-purchase', '    by Shanghai.Finance', '    to Org', '    amount 0.10 CNY per month', '  }',
            '  funding F2 "购买二" {', '    form service-purchase', '    by Shanghai.Finance', '    to Org', '    amount 0.2 CNY per month', '  }',
            '  funding F3 "拨款" {', '    form grant', '    by Shanghai.Finance', '    to Org', '  }',
            '}', '',
        ].join('\n');
        const ws = await buildWorkspace({ 'main.citypact': text });
        const [view] = viewsOf(ws, 'main.citypact');
        const html = renderHtmlPage([view]);
        // 0.10 + 0.2 is 0.30 exactly, not 0.30000000000000004.
        assert.match(html, /资金合计 Total committed:<\/strong> 0\.30 元\/月/);
        assert.match(html, /<span class="cp-unresolved">未写明金额 no amount<\/span>/);
        assert.ok(view.diagnostics.some(d => d.rule === 'funding-amount'), 'the draft lists its problem');
        assert.doesNotMatch(renderHtmlPage([viewsOf(await buildWorkspace({ 'a.citypact': 'agreement B "b" {\n}\n' }), 'a.citypact')[0]]), /cp-fundings/,
            'no financing section without fundings');
    });
});
