import { groupedAmount } from '../model/amounts.js';
import { glossaryTerm } from '../glossary.js';
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

/**
 * Render-only words: the government a jurisdiction acts through. Everything else is
 * the glossary's (src/glossary.ts), so the page and the messages never disagree.
 */
const RENDER_TERMS: Record<string, Term> = {
    government: { en: 'people’s government', zh: '人民政府' },
};

/** Keywords whose glossary entry depends on the place: `none` is a sharing class here. */
const ALIASES: Record<string, string> = { none: 'sharing.none', 'no-personal': 'personal-data.none' };

/** The bilingual term for a keyword; an unknown keyword stands for itself. */
export function term(keyword: string): Term {
    return RENDER_TERMS[keyword] ?? glossaryTerm(ALIASES[keyword] ?? keyword);
}

/** An administrative level (`district` → 县级 county level). */
export function levelTerm(level: string): Term {
    return glossaryTerm(`level.${level}`);
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
    bodies: { zh: '协调机构', en: 'Governance' },
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
    // A county-level division is named by its kind (县级市, 县, 市辖区 …), never a bare level (§2.1).
    const level = actor.districtKind ? glossaryTerm(`district-kind.${actor.districtKind}`) : actor.level ? levelTerm(actor.level) : undefined;
    return [`${kind.zh} ${kind.en}`, level && `${level.zh} ${level.en}`].filter(Boolean).join(' · ');
}
