import type { LocalizedText } from './rule-catalog.js';
import { glossaryTerm, kindTerm } from '../glossary.js';

/** Phrases that validators pass into message templates, in both languages. */
export const KIND_NAMES: Record<string, LocalizedText> = {
    Province: { en: 'province', 'zh-CN': kindTerm('Province').zh },
    City: { en: 'city', 'zh-CN': kindTerm('City').zh },
    District: { en: 'district', 'zh-CN': kindTerm('District').zh },
    Township: { en: 'township', 'zh-CN': kindTerm('Township').zh },
    Department: { en: 'department', 'zh-CN': kindTerm('Department').zh },
    Organization: { en: 'organization', 'zh-CN': kindTerm('Organization').zh },
    Dataset: { en: 'dataset', 'zh-CN': kindTerm('Dataset').zh },
    Agreement: { en: 'agreement', 'zh-CN': kindTerm('Agreement').zh },
    Body: { en: 'body', 'zh-CN': kindTerm('Body').zh },
    Service: { en: 'service', 'zh-CN': kindTerm('Service').zh },
    Exchange: { en: 'exchange', 'zh-CN': kindTerm('Exchange').zh },
    Funding: { en: 'funding', 'zh-CN': kindTerm('Funding').zh },
    Obligation: { en: 'obligation', 'zh-CN': kindTerm('Obligation').zh },
    Clause: { en: 'clause', 'zh-CN': kindTerm('Clause').zh },
    Actor: { en: 'actor (jurisdiction, department or organization)', 'zh-CN': '主体（行政区、部门或组织）' },
    Jurisdiction: { en: 'jurisdiction (province, city, district or township)', 'zh-CN': '行政区（省、市、区或街道）' },
    Member: { en: 'agreement member', 'zh-CN': '协议成员' },
};

/** The funding forms of docs/language.md §2.5, as messages name them. */
export const FUNDING_FORM_NAMES: Record<string, LocalizedText> = {
    grant: { en: 'fiscal grant (财政拨款)', 'zh-CN': glossaryTerm('grant').zh },
    'tax-incentive': { en: 'tax incentive (税收优惠)', 'zh-CN': glossaryTerm('tax-incentive').zh },
    'service-purchase': { en: 'government purchase of services (购买服务)', 'zh-CN': glossaryTerm('service-purchase').zh },
};

export function kindName(type: string): LocalizedText {
    return KIND_NAMES[type] ?? { en: type, 'zh-CN': type };
}

/** A fixed phrase in both languages. */
export function phrase(en: string, zh: string): LocalizedText {
    return { en, 'zh-CN': zh };
}
