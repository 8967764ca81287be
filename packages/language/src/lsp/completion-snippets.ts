import { formatHundredths, ONE_HUNDRED_PERCENT } from '../model/decimal.js';
import type { Locale } from '../validation/rule-catalog.js';
import { localize } from './markdown.js';

/**
 * The snippets completion offers (LSP snippet syntax: `${1:placeholder}`, `${1}`
 * mirrors it, `${1|a,b|}` is a choice). They are written in canonical layout
 * (docs/language.md §3a) and, where the agreement already says who its parties are,
 * pre-filled with them, so the result is close to valid from the first keystroke.
 */
export interface Snippet {
    /** The keyword the snippet starts with: it is offered wherever that keyword is. */
    keyword: string;
    /** Shown next to the keyword in the completion list. */
    description: string;
    body: string;
}

/** Text that stands for itself inside a snippet. */
export function escapeSnippet(text: string): string {
    return text.replace(/[$}\\]/g, c => '\\' + c);
}

/** A new agreement with every required line and the three closing clauses. */
export function agreementSnippet(locale: Locale, today: string): Snippet {
    const t = (en: string, zh: string) => localize(locale, en, zh);
    return {
        keyword: 'agreement',
        description: t('new agreement (skeleton)', '新协议（骨架）'),
        body: [
            `agreement \${1:NewAgreement} "\${2:${t('Official title', '协议名称')}}" {`,
            '  version ${3:1.0.0}',
            `  effective \${4:${today}}`,
            '',
            '  party ${5:PartyA} role lead',
            '  party ${6:PartyB}',
            '',
            `  body \${7:JointCommittee} "\${8:${t('Joint committee', '联席会议')}}" {`,
            '    members ${5}, ${6}',
            '    chair ${5}',
            '    decides by ${9|unanimity,two-thirds,majority|}',
            '    meets ${10|quarterly,monthly,half-yearly,yearly|}',
            '  }',
            '',
            '  disputes by ${7} then ${11|arbitration,litigation,higher-authority|}',
            '  amendment by ${12|unanimity,two-thirds,majority|}',
            '  termination notice ${13:90} days',
            '}$0',
        ].join('\n'),
    };
}

/** A data exchange from the first party to the others, with the terms personal data needs. */
export function exchangeSnippet(locale: Locale, parties: string[], dataset: string | undefined): Snippet {
    const t = (en: string, zh: string) => localize(locale, en, zh);
    const [from = 'Holder', ...rest] = parties.map(escapeSnippet);
    const to = rest.length ? rest.join(', ') : 'Recipient';
    return {
        keyword: 'exchange',
        description: t('new data exchange', '新数据交换'),
        body: [
            `exchange \${1:NewExchange} "\${2:${t('Data exchange', '数据交换')}}" {`,
            `  data \${3:${dataset ? escapeSnippet(dataset) : 'Holder.Dataset'}}`,
            `  from \${4:${from}}`,
            `  to \${5:${to}}`,
            `  purpose "\${6:${t('Purpose of use', '使用目的')}}"`,
            '  basis ${7|statutory-duty,consent,contract,public-interest,emergency|}',
            '  retention ${8:5} years',
            '  security encryption, audit-log, access-control',
            '  onward forbidden',
            '  frequency ${9|daily,realtime,weekly,monthly,on-request|}',
            '}$0',
        ].join('\n'),
    };
}

/** A service provided by the first party to the others, costs shared evenly (exactly 100%). */
export function serviceSnippet(locale: Locale, parties: string[]): Snippet {
    const t = (en: string, zh: string) => localize(locale, en, zh);
    const names = parties.length ? parties.map(escapeSnippet) : ['Provider', 'User'];
    const [provider, ...users] = names;
    const payers = names.length > 1 ? names : [provider, 'User'];
    const shares = evenShares(payers.length);
    return {
        keyword: 'service',
        description: t('new shared service with cost shares', '新共享服务（含费用分摊）'),
        body: [
            `service \${1:NewService} "\${2:${t('Service name', '服务名称')}}" {`,
            '  mode ${3|online,proxy,joint|}',
            `  provider \${4:${provider}}`,
            `  users \${5:${users.length ? users.join(', ') : 'User'}}`,
            '  responds within ${6:5} days',
            '  costs {',
            ...payers.map((payer, i) => `    ${payer} \${${7 + i}:${shares[i]}}%`),
            '  }',
            '}$0',
        ].join('\n'),
    };
}

/** A department and a dataset it holds; the dataset's `of` follows the department's name. */
export function departmentSnippet(locale: Locale): Snippet {
    const t = (en: string, zh: string) => localize(locale, en, zh);
    return {
        keyword: 'department',
        description: t('new department with a dataset', '新部门及其数据集'),
        body: [
            `department \${1:NewDepartment} "\${2:${t('Official name', '部门名称')}}" of \${3:Shanghai}`,
            '',
            `dataset \${4:NewDataset} "\${5:${t('Dataset name', '数据集名称')}}" of \${3}.\${1} {`,
            // `conditional` needs its condition; a drafter who shares unconditionally deletes the string.
            `  sharing conditional "\${6:${t('Condition of sharing', '共享条件')}}"`,
            '  classification ${7|general,important,core|}',
            '  personal-data ${8|none,ordinary,sensitive|}',
            `  fields "\${9:${t('Field', '字段')}}"`,
            '}$0',
        ].join('\n'),
    };
}

/**
 * `n` shares that add up to exactly 100%, as percentages with at most two decimals:
 * 3 → 33.33, 33.33, 33.34 (the last one takes the remainder).
 */
export function evenShares(n: number): string[] {
    if (n <= 0) return [];
    const each = ONE_HUNDRED_PERCENT / BigInt(n);
    const last = ONE_HUNDRED_PERCENT - each * BigInt(n - 1);
    return Array.from({ length: n }, (_, i) => formatHundredths(i === n - 1 ? last : each));
}

/**
 * A funding (docs/language.md §2.5) from the first government party to the first
 * organization party, with an amount (which `grant` and `service-purchase` need) and
 * the policy basis of the most common form, government purchase of services.
 */
export function fundingSnippet(locale: Locale, payers: string[], recipients: string[]): Snippet {
    const t = (en: string, zh: string) => localize(locale, en, zh);
    return {
        keyword: 'funding',
        description: t('new public funding (grant, tax incentive, purchase of services)', '新资金安排（财政拨款、税收优惠、购买服务）'),
        body: [
            `funding \${1:NewFunding} "\${2:${t('Funding name', '资金安排名称')}}" {`,
            '  form ${3|service-purchase,grant,tax-incentive|}',
            `  by \${4:${escapeSnippet(payers[0] ?? 'Payer')}}`,
            `  to \${5:${escapeSnippet(recipients[0] ?? 'Recipient')}}`,
            '  amount ${6:0} CNY per ${7|year,month|}',
            '  basis "${8:《政府购买服务管理办法》（财政部令第102号）}"',
            '}$0',
        ].join('\n'),
    };
}
