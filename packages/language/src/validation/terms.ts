import type { LocalizedText } from './rule-catalog.js';

/** Phrases that validators pass into message templates, in both languages. */
export const KIND_NAMES: Record<string, LocalizedText> = {
    Province: { en: 'province', 'zh-CN': '省' },
    City: { en: 'city', 'zh-CN': '城市' },
    District: { en: 'district', 'zh-CN': '区' },
    Township: { en: 'township', 'zh-CN': '街道（乡镇）' },
    Department: { en: 'department', 'zh-CN': '部门' },
    Organization: { en: 'organization', 'zh-CN': '组织' },
    Dataset: { en: 'dataset', 'zh-CN': '数据集' },
    Agreement: { en: 'agreement', 'zh-CN': '协议' },
    Body: { en: 'body', 'zh-CN': '机构' },
    Service: { en: 'service', 'zh-CN': '服务' },
    Exchange: { en: 'exchange', 'zh-CN': '数据交换' },
    Funding: { en: 'funding', 'zh-CN': '资金安排' },
    Obligation: { en: 'obligation', 'zh-CN': '义务' },
    Clause: { en: 'clause', 'zh-CN': '条款' },
    Actor: { en: 'actor (jurisdiction, department or organization)', 'zh-CN': '主体（行政区、部门或组织）' },
    Jurisdiction: { en: 'jurisdiction (province, city, district or township)', 'zh-CN': '行政区（省、市、区或街道）' },
    Member: { en: 'agreement member', 'zh-CN': '协议成员' },
};

/** The funding forms of docs/language.md §2.5, as messages name them. */
export const FUNDING_FORM_NAMES: Record<string, LocalizedText> = {
    grant: { en: 'fiscal grant (财政拨款)', 'zh-CN': '财政拨款' },
    'tax-incentive': { en: 'tax incentive (税收优惠)', 'zh-CN': '税收优惠' },
    'service-purchase': { en: 'government purchase of services (购买服务)', 'zh-CN': '政府购买服务' },
};

export function kindName(type: string): LocalizedText {
    return KIND_NAMES[type] ?? { en: type, 'zh-CN': type };
}

/** A fixed phrase in both languages. */
export function phrase(en: string, zh: string): LocalizedText {
    return { en, 'zh-CN': zh };
}
