import type { Locale } from '../validation/rule-catalog.js';
import type { AgreementStatus, DiffChangeKind, DiffElement, DiffImpact, DiffValue } from './diff-format.js';

/**
 * The words of the human formats of a diff (text, Markdown, the editor's page), in
 * English and Simplified Chinese. Field names stay the language's keywords, which
 * are English in both locales (docs/language.md §1).
 */
export interface DiffWords {
    impact: Record<DiffImpact, string>;
    change: Record<DiffChangeKind, string>;
    element: Record<DiffElement, string>;
    status: Record<AgreementStatus, string>;
    title: string;
    noChanges: string;
    columns: { change: string; element: string; target: string; field: string; before: string; after: string };
    summary(counts: Record<DiffImpact, number>): string;
    supersedes(before: string, after: string): string;
}

const EN: DiffWords = {
    impact: { 'data-protection': 'data protection', substantive: 'substantive', editorial: 'editorial' },
    change: { added: 'added', removed: 'removed', changed: 'changed', widened: 'widened', narrowed: 'narrowed' },
    element: {
        agreement: 'agreement', party: 'party', body: 'body', service: 'service', exchange: 'exchange', funding: 'funding',
        obligation: 'obligation', clause: 'clause', term: 'term', governance: 'governance', label: 'label',
    },
    status: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' },
    title: 'Agreement changes',
    noChanges: 'No changes.',
    columns: { change: 'Change', element: 'Element', target: 'Target', field: 'Field', before: 'Before', after: 'After' },
    summary: counts => `${counts['data-protection']} data protection, ${counts.substantive} substantive, ${counts.editorial} editorial`,
    supersedes: (before, after) => `${after} supersedes ${before}`,
};

const ZH: DiffWords = {
    impact: { 'data-protection': '数据保护', substantive: '实质性', editorial: '编辑性' },
    change: { added: '新增', removed: '删除', changed: '修改', widened: '扩大', narrowed: '收窄' },
    element: {
        agreement: '协议', party: '缔约方', body: '机构', service: '服务', exchange: '数据交换', funding: '资金',
        obligation: '义务', clause: '条款', term: '期限', governance: '治理', label: '名称',
    },
    status: { added: '新增', removed: '删除', changed: '有修改', unchanged: '无修改' },
    title: '协议变更',
    noChanges: '无变更。',
    columns: { change: '变更', element: '要素', target: '对象', field: '字段', before: '变更前', after: '变更后' },
    summary: counts => `数据保护 ${counts['data-protection']} 项，实质性 ${counts.substantive} 项，编辑性 ${counts.editorial} 项`,
    supersedes: (before, after) => `${after} 替代 ${before}`,
};

export function diffWords(locale: Locale | undefined): DiffWords {
    return locale === 'zh-CN' ? ZH : EN;
}

/** A value on one line: sets joined with `, `, keyed parts as `key: value`, absent as `—`. */
export function diffValueText(value: DiffValue): string {
    if (value === null) return '—';
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
    return Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`).join(', ') || '—';
}

/**
 * A set's change as `+added −removed`, the way a reviewer reads it, or undefined
 * when the values are not two sets.
 */
export function setChangeText(before: DiffValue, after: DiffValue): string | undefined {
    if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
    const added = after.filter(v => !before.includes(v)).map(v => `+${v}`);
    const removed = before.filter(v => !after.includes(v)).map(v => `−${v}`);
    return [...added, ...removed].join(', ');
}
