import { AstUtils, GrammarAST } from 'langium';
import type { Locale, LocalizedText } from '../validation/rule-catalog.js';

/**
 * What each enumerated value means, in a drafter's words and in both languages
 * (docs/language.md §2). Hover shows it on the value and next to facts; completion
 * shows it as the detail of each proposed value. Keys are `<grammar rule>.<value>`
 * because a word can mean different things in different places (`none` sharing is
 * "not shared", `none` personal data is "no personal information"). Each Chinese
 * meaning begins with the value's term in the glossary (src/glossary.ts), then
 * explains it; test/glossary.test.ts holds them to that.
 */
export const VALUE_GLOSSARY: Record<string, LocalizedText> = {
    'Tier.super': { en: 'super city: 10,000,000 or more urban residents', 'zh-CN': '超大城市：城区常住人口1000万以上' },
    'Tier.mega': { en: 'megacity: 5,000,000 – 9,999,999 urban residents', 'zh-CN': '特大城市：城区常住人口500万以上1000万以下' },
    'Tier.large': { en: 'large city: 1,000,000 – 4,999,999 urban residents', 'zh-CN': '大城市：城区常住人口100万以上500万以下' },
    'Tier.medium': { en: 'medium-sized city: 500,000 – 999,999 urban residents', 'zh-CN': '中等城市：城区常住人口50万以上100万以下' },
    'Tier.small': { en: 'small city: fewer than 500,000 urban residents', 'zh-CN': '小城市：城区常住人口50万以下' },

    'OrganizationKind.enterprise': { en: 'enterprise', 'zh-CN': '企业' },
    'OrganizationKind.social-organization': { en: 'social organization', 'zh-CN': '社会组织' },
    'OrganizationKind.public-institution': { en: 'public institution', 'zh-CN': '事业单位' },
    'OrganizationKind.university': { en: 'university', 'zh-CN': '高等学校' },

    'DistrictKind.district': { en: 'urban district (市辖区)', 'zh-CN': '市辖区' },
    'DistrictKind.county': { en: 'county (县)', 'zh-CN': '县' },
    'DistrictKind.county-level-city': { en: 'county-level city (县级市)', 'zh-CN': '县级市' },
    'DistrictKind.autonomous-county': { en: 'autonomous county (自治县)', 'zh-CN': '自治县' },
    'DistrictKind.banner': { en: 'banner (旗)', 'zh-CN': '旗' },
    'DistrictKind.other': { en: 'other county-level division', 'zh-CN': '其他县级行政区' },

    'Sharing.unconditional': { en: 'shared unconditionally', 'zh-CN': '无条件共享' },
    'Sharing.conditional': { en: 'shared under conditions', 'zh-CN': '有条件共享' },
    'Sharing.none': { en: 'not shared (with the legal or policy basis)', 'zh-CN': '不予共享（须注明法律或政策依据）' },

    'Classification.general': { en: 'general data', 'zh-CN': '一般数据' },
    'Classification.important': { en: 'important data (Data Security Law)', 'zh-CN': '重要数据（《数据安全法》）' },
    'Classification.core': { en: 'core data (Data Security Law); exchanges need an approval', 'zh-CN': '核心数据（《数据安全法》），交换须经审批' },

    'PersonalData.none': { en: 'no personal information', 'zh-CN': '不含个人信息' },
    'PersonalData.ordinary': { en: 'personal information', 'zh-CN': '个人信息' },
    'PersonalData.sensitive': { en: 'sensitive personal information, e.g. health data', 'zh-CN': '敏感个人信息（如健康信息）' },

    'Dimension.cross-region': { en: 'parties in two or more cities or provinces', 'zh-CN': '跨区域：参与方位于两个以上城市或省' },
    'Dimension.cross-level': { en: 'parties at two or more administrative levels', 'zh-CN': '跨层级：参与方处于两个以上行政层级' },
    'Dimension.cross-department': { en: 'two or more government departments', 'zh-CN': '跨部门：两个以上政府部门' },
    'Dimension.public-private': { en: 'a government party and a non-government organization', 'zh-CN': '跨公私合作：政府参与方与非政府组织' },

    'Role.lead': { en: 'lead party', 'zh-CN': '牵头方' },
    'Role.member': { en: 'member party', 'zh-CN': '成员方' },
    'Role.observer': { en: 'observer', 'zh-CN': '观察方' },
    'Role.contractor': { en: 'contractor', 'zh-CN': '承接方' },
    'Role.funder': { en: 'funder', 'zh-CN': '出资方' },

    'ServiceMode.online': { en: 'fully online', 'zh-CN': '全程网办' },
    'ServiceMode.proxy': { en: 'collected in one place, processed in another', 'zh-CN': '异地代收代办' },
    'ServiceMode.joint': { en: 'handled jointly by several places', 'zh-CN': '多地联办' },

    'BodyKind.joint-meeting': { en: 'joint meeting (联席会议)', 'zh-CN': '联席会议' },
    'BodyKind.committee': { en: 'standing committee (常设委员会)', 'zh-CN': '常设委员会（委员会）' },
    'BodyKind.working-group': { en: 'special working group (专门工作组)', 'zh-CN': '专门工作组' },
    'BodyKind.council': { en: 'council (理事会)', 'zh-CN': '理事会' },

    'FundingForm.grant': { en: 'fiscal grant (财政拨款); needs an amount', 'zh-CN': '财政拨款（须写明金额）' },
    'FundingForm.tax-incentive': { en: 'tax incentive (税收优惠)', 'zh-CN': '税收优惠' },
    'FundingForm.service-purchase': { en: 'government purchase of services (购买服务); needs an amount', 'zh-CN': '政府购买服务（须写明金额）' },

    'AmountPeriod.year': { en: 'paid every year', 'zh-CN': '每年' },
    'AmountPeriod.month': { en: 'paid every month', 'zh-CN': '每月' },

    'Decision.unanimity': { en: 'unanimity', 'zh-CN': '全体一致' },
    'Decision.two-thirds': { en: 'two-thirds majority', 'zh-CN': '三分之二多数' },
    'Decision.majority': { en: 'simple majority', 'zh-CN': '过半数' },

    'Meeting.monthly': { en: 'every month', 'zh-CN': '每月' },
    'Meeting.quarterly': { en: 'every quarter', 'zh-CN': '每季度' },
    'Meeting.half-yearly': { en: 'every half year', 'zh-CN': '每半年' },
    'Meeting.yearly': { en: 'every year', 'zh-CN': '每年' },

    'LegalBasis.consent': { en: 'consent of the individual', 'zh-CN': '个人同意' },
    'LegalBasis.contract': { en: 'necessary for a contract', 'zh-CN': '合同履行：订立、履行合同所必需' },
    'LegalBasis.statutory-duty': { en: 'necessary to perform a statutory duty', 'zh-CN': '法定职责：履行法定职责所必需' },
    'LegalBasis.public-interest': { en: 'acting in the public interest', 'zh-CN': '公共利益' },
    'LegalBasis.emergency': { en: 'emergency response', 'zh-CN': '紧急情况：应对突发事件' },

    'SecurityMeasure.encryption': { en: 'encryption', 'zh-CN': '加密' },
    'SecurityMeasure.audit-log': { en: 'audit log', 'zh-CN': '审计日志' },
    'SecurityMeasure.access-control': { en: 'access control', 'zh-CN': '访问控制' },
    'SecurityMeasure.desensitization': { en: 'desensitization', 'zh-CN': '脱敏' },
    'SecurityMeasure.anonymization': { en: 'anonymization', 'zh-CN': '匿名化' },
    'SecurityMeasure.secure-environment': { en: 'secure environment (data stays in place)', 'zh-CN': '安全环境（数据不出域）' },

    'ExchangeFrequency.realtime': { en: 'in real time', 'zh-CN': '实时' },
    'ExchangeFrequency.daily': { en: 'every day', 'zh-CN': '每日' },
    'ExchangeFrequency.weekly': { en: 'every week', 'zh-CN': '每周' },
    'ExchangeFrequency.monthly': { en: 'every month', 'zh-CN': '每月' },
    'ExchangeFrequency.on-request': { en: 'on request', 'zh-CN': '按需' },

    'Onward.forbidden': { en: 'no onward transfer to third parties', 'zh-CN': '不得向第三方提供' },

    'Escalation.arbitration': { en: 'arbitration', 'zh-CN': '仲裁' },
    'Escalation.litigation': { en: 'litigation', 'zh-CN': '诉讼' },
    'Escalation.higher-authority': { en: 'referral to the higher authority', 'zh-CN': '提请上级机关协调' },
};

/** The meaning of `value` where grammar rule `rule` allows it (`Tier`, `super`). */
export function glossaryEntry(rule: string, value: string): LocalizedText | undefined {
    return VALUE_GLOSSARY[`${rule}.${value}`];
}

/**
 * The meaning of a value in `locale`, or undefined when it would only repeat the
 * value (`enterprise — enterprise`).
 */
export function gloss(rule: string, value: string, locale: Locale): string | undefined {
    const meaning = glossaryEntry(rule, value)?.[locale];
    return meaning && meaning.toLowerCase() !== value.replace(/-/g, ' ') ? meaning : undefined;
}

/** The meaning of a grammar keyword, looked up by the rule that contains it. */
export function keywordGloss(keyword: GrammarAST.Keyword, locale: Locale): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return rule ? gloss(rule.name, keyword.value, locale) : undefined;
}
