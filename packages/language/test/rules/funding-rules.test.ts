import assert from 'node:assert/strict';
import { buildWorkspace } from '../helpers.js';
import { DEFAULT_BODY, DEFAULT_PARTIES, diagnosticsOf, lineOf, linesOf, pact } from './rule-helpers.js';

/**
 * Public funding (docs/language.md §2.5): `funding-parties`, `funding-amount`,
 * `funding-term`, and what `not-a-party`, `public-private` and `syntax` say about
 * fundings. The registry of rule-helpers.ts has AliHealth, an enterprise.
 */

const WITH_ALIHEALTH = [...DEFAULT_PARTIES, 'party AliHealth role contractor'];

function funding(lines: string[], options: { parties?: string[]; header?: string[] } = {}): string {
    return pact({
        parties: options.parties ?? WITH_ALIHEALTH,
        header: options.header,
        members: ['funding Care "异地就医服务购买" {', ...lines.map(l => `  ${l}`), '}'],
    });
}

const GOOD = ['form service-purchase', 'by Shanghai.MedicalSecurity', 'to AliHealth', 'amount 1200000 CNY per year',
    'basis "《政府购买服务管理办法》（财政部令第102号）"', 'until 2027-12-31'];

describe('funding (docs/language.md §2.5)', () => {
    it('a grant, a tax incentive and a service purchase between a government and an organization are clean', async () => {
        for (const form of ['grant', 'tax-incentive', 'service-purchase']) {
            const text = funding(GOOD.map(l => l.startsWith('form') ? `form ${form}` : l));
            const codes = (await diagnosticsOf(text, 'funding-parties')).concat(await diagnosticsOf(text, 'funding-amount'),
                await diagnosticsOf(text, 'funding-term'), await diagnosticsOf(text, 'syntax'), await diagnosticsOf(text, 'not-a-party'));
            assert.deepEqual(codes.map(d => d.message), [], form);
        }
    });

    describe('syntax', () => {
        it('requires form, by and to, each reported on the funding name', async () => {
            const text = funding(['amount 100 CNY']);
            const diagnostics = await diagnosticsOf(text, 'syntax');
            assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'funding Care'), lineOf(text, 'funding Care'), lineOf(text, 'funding Care')]);
            assert.deepEqual(diagnostics.map(d => /'(form|by|to)'$/.exec(d.message)?.[1]).sort(), ['by', 'form', 'to']);
        });

        it('allows each property once, in any order', async () => {
            const reordered = funding(['until 2027-12-31', 'amount 1200000 CNY per year', 'to AliHealth', 'by Shanghai.MedicalSecurity', 'form grant']);
            assert.deepEqual(await linesOf(reordered, 'syntax'), []);
            const twice = funding([...GOOD, 'amount 5 CNY']);
            const diagnostics = await diagnosticsOf(twice, 'syntax');
            assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(twice, 'amount 5 CNY')]);
            assert.match(diagnostics[0].message, /'amount' may appear only once/);
        });

        it('reads amounts with at most two decimals, and says so for more', async () => {
            assert.deepEqual(await linesOf(funding(GOOD.map(l => l.startsWith('amount') ? 'amount 1200000.50 CNY per month' : l)), 'syntax'), []);
            const text = funding(GOOD.map(l => l.startsWith('amount') ? 'amount 1200000.505 CNY' : l));
            const diagnostics = await diagnosticsOf(text, 'syntax');
            assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'amount 1200000.505')]);
            assert.match(diagnostics[0].message, /1200000\.505 has 3 decimals; at most two are allowed/);
        });

        it('accepts only CNY, and only per year or per month', async () => {
            assert.ok((await linesOf(funding(GOOD.map(l => l.startsWith('amount') ? 'amount 100 USD' : l)), 'syntax')).length > 0);
            assert.ok((await linesOf(funding(GOOD.map(l => l.startsWith('amount') ? 'amount 100 CNY per day' : l)), 'syntax')).length > 0);
        });

        it('accepts a body kind once, and only one of the four kinds', async () => {
            const withKind = (kinds: string[]) => pact({ body: [DEFAULT_BODY[0], ...kinds.map(k => `  kind ${k}`), ...DEFAULT_BODY.slice(1)] });
            for (const kind of ['joint-meeting', 'committee', 'working-group', 'council']) {
                assert.deepEqual(await linesOf(withKind([kind]), 'syntax'), [], kind);
            }
            const twice = withKind(['committee', 'council']);
            assert.deepEqual(await linesOf(twice, 'syntax'), [lineOf(twice, 'kind council')]);
            assert.ok((await linesOf(withKind(['taskforce']), 'syntax')).length > 0);
        });
    });

    describe('funding-parties', () => {
        it('fires on `by` when the payer is an organization, and on `to` when the recipient is a government actor', async () => {
            const text = funding(['form grant', 'by AliHealth', 'to Hangzhou.MedicalSecurity', 'amount 100 CNY']);
            const diagnostics = await diagnosticsOf(text, 'funding-parties');
            assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'by AliHealth'), 1], [lineOf(text, 'to Hangzhou.MedicalSecurity'), 1]]);
            assert.match(diagnostics[0].message, /'AliHealth' \(by\) is an organization; the payer must be a jurisdiction or a government department/);
            assert.match(diagnostics[1].message, /'Hangzhou\.MedicalSecurity' \(to\) is a department; the recipient must be an organization/);
        });

        it('treats a jurisdiction as a payer (it acts through its people\'s government)', async () => {
            const text = funding(GOOD.map(l => l.startsWith('by') ? 'by Shanghai' : l), { parties: [...WITH_ALIHEALTH, 'party Shanghai role funder'] });
            assert.deepEqual(await linesOf(text, 'funding-parties'), []);
        });

        it('says nothing about an unresolved payer: unresolved-reference does', async () => {
            const text = funding(GOOD.map(l => l.startsWith('by') ? 'by Shanghai.Nowhere' : l));
            assert.deepEqual(await linesOf(text, 'funding-parties'), []);
            assert.deepEqual(await linesOf(text, 'unresolved-reference'), [lineOf(text, 'by Shanghai.Nowhere')]);
        });
    });

    describe('funding-amount', () => {
        for (const form of ['grant', 'service-purchase']) {
            it(`fires on the name of a ${form} without amount`, async () => {
                const text = funding(GOOD.filter(l => !l.startsWith('amount')).map(l => l.startsWith('form') ? `form ${form}` : l));
                const diagnostics = await diagnosticsOf(text, 'funding-amount');
                assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'funding Care'), 1]]);
                assert.match(diagnostics[0].message, /^Funding 'Care' is a .*(财政拨款|购买服务).* but states no 'amount'$/);
            });
        }

        it('is silent on a tax incentive without amount, and on an amount of zero', async () => {
            assert.deepEqual(await linesOf(funding(GOOD.filter(l => !l.startsWith('amount')).map(l => l.startsWith('form') ? 'form tax-incentive' : l)), 'funding-amount'), []);
            assert.deepEqual(await linesOf(funding(GOOD.map(l => l.startsWith('amount') ? 'amount 0 CNY' : l)), 'funding-amount'), []);
        });

        it('is not reported for a funding cut short by a syntax error (§4.1)', async () => {
            const text = funding(['form grant', 'by Shanghai.MedicalSecurity', 'to AliHealth', 'amount']);
            assert.ok((await linesOf(text, 'syntax')).length > 0);
            assert.deepEqual(await linesOf(text, 'funding-amount'), []);
        });
    });

    describe('funding-term', () => {
        it('warns on `until` after the agreement ends, and before it takes effect', async () => {
            const after = funding(GOOD.map(l => l.startsWith('until') ? 'until 2028-01-01' : l));
            const diagnostics = await diagnosticsOf(after, 'funding-term');
            assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(after, 'until 2028-01-01'), 2]]);
            assert.equal(diagnostics[0].message, "Funding 'Care' runs until 2028-01-01, after the agreement's term (2024-01-01 – 2027-12-31)");
            const before = funding(GOOD.map(l => l.startsWith('until') ? 'until 2023-12-31' : l));
            assert.deepEqual(await linesOf(before, 'funding-term'), [lineOf(before, 'until 2023-12-31')]);
        });

        it('is silent on the last day of the term, without until, and with an open-ended term', async () => {
            assert.deepEqual(await linesOf(funding(GOOD), 'funding-term'), []);
            assert.deepEqual(await linesOf(funding(GOOD.filter(l => !l.startsWith('until'))), 'funding-term'), []);
            const openEnded = funding(GOOD.map(l => l.startsWith('until') ? 'until 2040-01-01' : l),
                { header: ['version 1.0.0', 'dimensions cross-region, cross-department', 'effective 2024-01-01'] });
            assert.deepEqual(await linesOf(openEnded, 'funding-term'), []);
        });

        it('leaves an impossible date to invalid-date', async () => {
            const text = funding(GOOD.map(l => l.startsWith('until') ? 'until 2027-02-30' : l));
            assert.deepEqual(await linesOf(text, 'funding-term'), []);
            assert.deepEqual(await linesOf(text, 'invalid-date'), [lineOf(text, 'until 2027-02-30')]);
        });
    });

    describe('not-a-party and public-private', () => {
        it('not-a-party covers `by` and `to`', async () => {
            const text = funding(GOOD.map(l => l.startsWith('by') ? 'by Nanjing.MedicalSecurity' : l), { parties: DEFAULT_PARTIES });
            const diagnostics = await diagnosticsOf(text, 'not-a-party');
            assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'by Nanjing.MedicalSecurity'), lineOf(text, 'to AliHealth')]);
            assert.match(diagnostics[0].message, /'Nanjing\.MedicalSecurity' \(by\) does not belong to a party/);
            assert.match(diagnostics[1].message, /'AliHealth' \(to\) does not belong to a party/);
        });

        it('a funding from a government to an organization supports public-private', async () => {
            // No organization is a party here: the funding alone supports the dimension
            // (not-a-party reports the recipient, which is its own concern).
            const text = funding(GOOD, { parties: DEFAULT_PARTIES, header: ['version 1.0.0', 'dimensions cross-region, cross-department, public-private', 'effective 2024-01-01 until 2027-12-31'] });
            assert.deepEqual(await linesOf(text, 'dimension-unsupported'), []);
            const undeclared = funding(GOOD, { parties: DEFAULT_PARTIES });
            const info = (await diagnosticsOf(undeclared, 'dimension-undeclared')).map(d => d.message);
            assert.deepEqual(info, ["The parties support dimension 'public-private' (the funding Care is paid by a government actor to an organization), which 'dimensions' does not list"]);
        });

        it('a funding between two government actors does not', async () => {
            const text = funding(GOOD.map(l => l.startsWith('to') ? 'to Hangzhou.MedicalSecurity' : l),
                { parties: DEFAULT_PARTIES, header: ['version 1.0.0', 'dimensions cross-region, cross-department, public-private', 'effective 2024-01-01 until 2027-12-31'] });
            assert.equal((await linesOf(text, 'dimension-unsupported')).length, 1);
        });
    });

    it('speaks Chinese when the locale is zh-CN', async () => {
        const text = funding(['form grant', 'by AliHealth', 'to Hangzhou.MedicalSecurity', 'until 2030-01-01']);
        const zh = await diagnosticsInLocale(text, 'zh-CN');
        const messages = zh.filter(d => String(d.code).startsWith('funding-')).map(d => d.message);
        assert.ok(messages.some(m => m === '资金安排“异地就医服务购买”（Care）：出资方（by）“AliHealth”是组织；出资方必须是行政区或政府部门'), messages.join('\n'));
        assert.ok(messages.some(m => m === '资金安排“异地就医服务购买”（Care）为财政拨款，但未写明金额（amount）'), messages.join('\n'));
        assert.ok(messages.some(m => m === '资金安排“异地就医服务购买”（Care）截止于 2030-01-01，晚于协议有效期（2024-01-01 – 2027-12-31）'), messages.join('\n'));
    });
});

/** The diagnostics of one file, validated again with the messages in `locale`. */
async function diagnosticsInLocale(text: string, locale: 'zh-CN') {
    const ws = await buildWorkspace({ 'main.citypact': text });
    ws.services.CityPact.workspace.Settings.localeOverride = locale;
    const document = ws.documents.get('main.citypact')!;
    const diagnostics = await ws.services.CityPact.validation.DocumentValidator.validateDocument(document);
    return diagnostics.map(d => ({ ...d, message: typeof d.message === 'string' ? d.message : '' }));
}

describe('the terms of §2.5 in every word list', () => {
    it('names each funding form and body kind alike in hover/completion, render and messages', async () => {
        const { glossaryEntry } = await import('../../src/lsp/value-glossary.js');
        const { term } = await import('../../src/render/terms.js');
        const { FUNDING_FORM_NAMES } = await import('../../src/validation/terms.js');
        const { CityPactGrammar } = await import('../../src/generated/grammar.js');
        const { GrammarAST, AstUtils } = await import('langium');
        const values = (rule: string) => AstUtils.streamAllContents(CityPactGrammar().rules.find(r => r.name === rule)!)
            .filter(GrammarAST.isKeyword).map(k => k.value).toArray();
        const forms = values('FundingForm');
        const kinds = values('BodyKind');
        assert.deepEqual(forms, ['grant', 'tax-incentive', 'service-purchase']);
        assert.deepEqual(kinds, ['joint-meeting', 'committee', 'working-group', 'council']);
        const chinese = /[\u4e00-\u9fff]+/;
        for (const [rule, keyword] of [...forms.map(f => ['FundingForm', f]), ...kinds.map(k => ['BodyKind', k])]) {
            const glossary = glossaryEntry(rule, keyword);
            assert.ok(glossary, `${rule}.${keyword} in value-glossary.ts`);
            const zh = term(keyword).zh;
            assert.match(zh, chinese, `${keyword} in render/terms.ts`);
            // Completion and hover lead with the same Chinese term the rendered document uses,
            // and the English text names a Chinese term that the rendered one contains.
            assert.ok(glossary['zh-CN'].startsWith(zh), `${keyword}: ${glossary['zh-CN']} / ${zh}`);
            assert.ok(zh.includes(chinese.exec(glossary.en)![0]), `${keyword}: ${glossary.en} / ${zh}`);
            if (rule === 'FundingForm') assert.equal(FUNDING_FORM_NAMES[keyword]['zh-CN'], zh, `${keyword} in validation/terms.ts`);
        }
    });
});
