import { groupedAmount } from '../model/amounts.js';
import type { ActorRef } from './agreement-view.js';

/**
 * The language's keywords as a bilingual reader sees them. The rendered document
 * goes to leaders and legal departments, who read 法定职责 more readily than
 * `statutory-duty`; the keyword stays visible too, so a drafter can find it in the
 * source. Terms follow docs/language.md's own Chinese where it gives one.
 */

export interface Term {
    en: string;
    zh: string;
}

const TERMS: Record<string, Term> = {
    // roles (§2.4)
    lead: { en: 'lead', zh: '牵头方' },
    member: { en: 'member', zh: '成员' },
    observer: { en: 'observer', zh: '观察员' },
    contractor: { en: 'contractor', zh: '承接方' },
    funder: { en: 'funder', zh: '出资方' },
    // actor kinds and levels (§2.1–2.2)
    province: { en: 'province', zh: '省级' },
    city: { en: 'city', zh: '市级' },
    district: { en: 'district', zh: '区级' },
    township: { en: 'township', zh: '街镇级' },
    department: { en: 'department', zh: '部门' },
    organization: { en: 'organization', zh: '组织' },
    government: { en: 'people’s government', zh: '人民政府' },
    enterprise: { en: 'enterprise', zh: '企业' },
    'social-organization': { en: 'social organization', zh: '社会组织' },
    'public-institution': { en: 'public institution', zh: '事业单位' },
    university: { en: 'university', zh: '高校' },
    // dimensions (§0)
    'cross-region': { en: 'cross-region', zh: '跨区域' },
    'cross-level': { en: 'cross-level', zh: '跨层级' },
    'cross-department': { en: 'cross-department', zh: '跨部门' },
    'public-private': { en: 'public-private', zh: '跨公私合作' },
    // bodies
    unanimity: { en: 'unanimity', zh: '一致同意' },
    'two-thirds': { en: 'two-thirds', zh: '三分之二多数' },
    majority: { en: 'majority', zh: '过半数' },
    monthly: { en: 'monthly', zh: '每月' },
    quarterly: { en: 'quarterly', zh: '每季度' },
    'half-yearly': { en: 'half-yearly', zh: '每半年' },
    yearly: { en: 'yearly', zh: '每年' },
    // body kinds and public funding (§2.5)
    'joint-meeting': { en: 'joint meeting', zh: '联席会议' },
    committee: { en: 'standing committee', zh: '常设委员会' },
    'working-group': { en: 'special working group', zh: '专门工作组' },
    council: { en: 'council', zh: '理事会' },
    grant: { en: 'fiscal grant', zh: '财政拨款' },
    'tax-incentive': { en: 'tax incentive', zh: '税收优惠' },
    'service-purchase': { en: 'government purchase of services', zh: '政府购买服务' },
    // services
    online: { en: 'online', zh: '全程网办' },
    proxy: { en: 'proxy', zh: '异地代收代办' },
    joint: { en: 'joint', zh: '多地联办' },
    // datasets (§2.3)
    unconditional: { en: 'unconditional', zh: '无条件共享' },
    conditional: { en: 'conditional', zh: '有条件共享' },
    none: { en: 'not shared', zh: '不予共享' },
    general: { en: 'general', zh: '一般数据' },
    important: { en: 'important', zh: '重要数据' },
    core: { en: 'core', zh: '核心数据' },
    'no-personal': { en: 'no personal data', zh: '不含个人信息' },
    ordinary: { en: 'personal data', zh: '个人信息' },
    sensitive: { en: 'sensitive personal data', zh: '敏感个人信息' },
    // exchanges
    consent: { en: 'consent', zh: '个人同意' },
    contract: { en: 'contract', zh: '合同履行' },
    'statutory-duty': { en: 'statutory duty', zh: '法定职责' },
    'public-interest': { en: 'public interest', zh: '公共利益' },
    emergency: { en: 'emergency', zh: '紧急情况' },
    encryption: { en: 'encryption', zh: '加密' },
    'audit-log': { en: 'audit log', zh: '审计日志' },
    'access-control': { en: 'access control', zh: '访问控制' },
    desensitization: { en: 'desensitization', zh: '脱敏' },
    anonymization: { en: 'anonymization', zh: '匿名化' },
    'secure-environment': { en: 'secure environment', zh: '安全环境' },
    realtime: { en: 'real time', zh: '实时' },
    daily: { en: 'daily', zh: '每日' },
    weekly: { en: 'weekly', zh: '每周' },
    'on-request': { en: 'on request', zh: '按需' },
    // disputes
    arbitration: { en: 'arbitration', zh: '仲裁' },
    litigation: { en: 'litigation', zh: '诉讼' },
    'higher-authority': { en: 'higher authority', zh: '提请上级机关' },
};

/** The bilingual term for a keyword; an unknown keyword stands for itself. */
export function term(keyword: string): Term {
    return TERMS[keyword] ?? { en: keyword, zh: keyword };
}

/** `法定职责 statutory duty`: Chinese first, as in the agreements themselves. */
export function termText(keyword: string): string {
    const t = term(keyword);
    return t.zh === t.en ? t.en : `${t.zh} ${t.en}`;
}

/** The personal-data grade of a dataset, with `none` spelled out. */
export function personalDataTerm(grade: string): Term {
    return term(grade === 'none' ? 'no-personal' : grade);
}

/** Durations as written (`5 years`), with the Chinese unit: `5 years（5年）`. */
export function durationText(duration: string): string {
    const match = /^(\d+) (day|month|year|hour)s?$/.exec(duration);
    if (!match) return duration;
    const unit = { day: '日', month: '个月', year: '年', hour: '小时' }[match[2] as 'day' | 'month' | 'year' | 'hour'];
    return `${match[1]}${unit}（${duration}）`;
}

/**
 * An amount as a finance bureau writes it, Chinese and English: `3,600,000 元/年`
 * and `CNY 3,600,000 per year`. The digits are the source's, grouped, never rounded.
 */
export function amountText(amount: { value: string; per: 'year' | 'month' | 'once' }): Term {
    const value = groupedAmount(amount.value);
    const zh = { year: '元/年', month: '元/月', once: '元（一次性）' }[amount.per];
    const en = { year: ' per year', month: ' per month', once: ' (once)' }[amount.per];
    return { zh: `${value} ${zh}`, en: `CNY ${value}${en}` };
}

/** Section headings, Chinese first. */
export const HEADINGS = {
    diagram: { zh: '合作关系图', en: 'Cooperation at a glance' },
    diagnostics: { zh: '检查结果', en: 'Problems found' },
    overview: { zh: '基本信息', en: 'Overview' },
    dimensions: { zh: '合作维度', en: 'Dimensions' },
    parties: { zh: '参与方', en: 'Parties' },
    bodies: { zh: '议事协调机构', en: 'Governance' },
    services: { zh: '共享服务', en: 'Services' },
    exchanges: { zh: '数据交换', en: 'Data exchanges' },
    fundings: { zh: '资金保障', en: 'Financing' },
    obligations: { zh: '义务', en: 'Obligations' },
    clauses: { zh: '条款', en: 'Clauses' },
    closing: { zh: '争议解决、变更与终止', en: 'Disputes, amendment and termination' },
} as const;

/** `部门 department · 市级 city`: what kind of actor, at which level; empty when unresolved. */
export function actorKindText(actor: ActorRef): string {
    if (!actor.kind) return '';
    const kind = actor.kind === 'organization' ? term(actor.organizationKind ?? 'organization')
        : actor.kind === 'department' ? term('department') : term('government');
    const level = actor.level ? term(actor.level) : undefined;
    return [`${kind.zh} ${kind.en}`, level && `${level.zh} ${level.en}`].filter(Boolean).join(' · ');
}
