import type { LocalizedText } from './validation/rule-catalog.js';

/**
 * The bilingual glossary (issue 14): one Chinese term for every keyword, value,
 * role, level and kind of the language, as a Chinese official writes it. Messages,
 * hover, completion, the rendered page and the docs take their terms from here, and
 * test/glossary.test.ts fails when another table translates a term differently.
 *
 * Keys are the keyword as written (`statutory-duty`), or, for the declaration kinds
 * and levels, the AST type and the level name. A keyword that means different things
 * in different places (`none` in `sharing` and in `personal-data`) has its own key
 * per place (`sharing.none`, `personal-data.none`).
 */
export const GLOSSARY = {
    // declaration kinds (§2)
    province: { en: 'province', zh: '省' },
    city: { en: 'city', zh: '城市' },
    district: { en: 'district', zh: '区县' },
    township: { en: 'township', zh: '街道（乡镇）' },
    department: { en: 'department', zh: '部门' },
    organization: { en: 'organization', zh: '组织' },
    dataset: { en: 'dataset', zh: '数据集' },
    agreement: { en: 'agreement', zh: '协议' },
    body: { en: 'governing body', zh: '协调机构' },
    service: { en: 'shared service', zh: '共享服务' },
    exchange: { en: 'data exchange', zh: '数据交换' },
    funding: { en: 'public funding', zh: '资金安排' },
    obligation: { en: 'obligation', zh: '义务' },
    clause: { en: 'clause', zh: '条款' },
    party: { en: 'party', zh: '参与方' },
    // levels (§2.1): the district level is China's county level (县级)
    'level.province': { en: 'province level', zh: '省级' },
    'level.city': { en: 'city level', zh: '市级' },
    'level.district': { en: 'county level', zh: '县级' },
    'level.township': { en: 'township level', zh: '乡级' },
    // county-level kinds (§2.1): what hover, export and render name instead of a bare level
    'district-kind.district': { en: 'urban district', zh: '市辖区' },
    'district-kind.county': { en: 'county', zh: '县' },
    'district-kind.county-level-city': { en: 'county-level city', zh: '县级市' },
    'district-kind.autonomous-county': { en: 'autonomous county', zh: '自治县' },
    'district-kind.banner': { en: 'banner', zh: '旗' },
    'district-kind.other': { en: 'other county-level division', zh: '其他县级行政区' },
    // header and member keywords
    version: { en: 'version', zh: '版本号' },
    supersedes: { en: 'supersedes', zh: '替代' },
    dimensions: { en: 'dimensions', zh: '合作维度' },
    signed: { en: 'signed', zh: '签署日期' },
    effective: { en: 'effective', zh: '生效日期' },
    until: { en: 'until', zh: '终止日期' },
    members: { en: 'members', zh: '成员' },
    chair: { en: 'chair', zh: '召集人' },
    'decides by': { en: 'decides by', zh: '议事规则' },
    meets: { en: 'meets', zh: '会议频次' },
    mode: { en: 'mode', zh: '办理模式' },
    provider: { en: 'provider', zh: '服务提供方' },
    users: { en: 'users', zh: '服务对象' },
    'collects-at': { en: 'collects-at', zh: '受理地' },
    'processes-at': { en: 'processes-at', zh: '办理地' },
    costs: { en: 'costs', zh: '费用分担' },
    data: { en: 'data', zh: '数据' },
    from: { en: 'from', zh: '提供方' },
    to: { en: 'to', zh: '接收方' },
    purpose: { en: 'purpose', zh: '用途' },
    basis: { en: 'basis', zh: '法律依据' },
    retention: { en: 'retention', zh: '保存期限' },
    security: { en: 'security', zh: '安全措施' },
    onward: { en: 'onward', zh: '再转让' },
    frequency: { en: 'frequency', zh: '交换频次' },
    approval: { en: 'approval', zh: '审批文件' },
    by: { en: 'by', zh: '责任方' },
    // a funding's `by` and `to` (§2.5): who pays, who receives
    'funding.by': { en: 'by', zh: '出资方' },
    'funding.to': { en: 'to', zh: '接受方' },
    for: { en: 'for', zh: '受益方' },
    due: { en: 'due', zh: '完成时限' },
    form: { en: 'form', zh: '资金形式' },
    amount: { en: 'amount', zh: '金额' },
    disputes: { en: 'disputes', zh: '争议解决' },
    amendment: { en: 'amendment', zh: '协议变更' },
    termination: { en: 'termination', zh: '协议终止' },
    sharing: { en: 'sharing', zh: '共享类型' },
    // roles (§2.4)
    lead: { en: 'lead', zh: '牵头方' },
    member: { en: 'member', zh: '成员方' },
    observer: { en: 'observer', zh: '观察方' },
    contractor: { en: 'contractor', zh: '承接方' },
    funder: { en: 'funder', zh: '出资方' },
    // organization kinds (§2.2)
    enterprise: { en: 'enterprise', zh: '企业' },
    'social-organization': { en: 'social organization', zh: '社会组织' },
    'public-institution': { en: 'public institution', zh: '事业单位' },
    university: { en: 'university', zh: '高等学校' },
    // dimensions
    'cross-region': { en: 'cross-region', zh: '跨区域' },
    'cross-level': { en: 'cross-level', zh: '跨层级' },
    'cross-department': { en: 'cross-department', zh: '跨部门' },
    'public-private': { en: 'public-private', zh: '跨公私合作' },
    // bodies
    unanimity: { en: 'unanimity', zh: '全体一致' },
    'two-thirds': { en: 'two-thirds', zh: '三分之二多数' },
    majority: { en: 'majority', zh: '过半数' },
    monthly: { en: 'monthly', zh: '每月' },
    quarterly: { en: 'quarterly', zh: '每季度' },
    'half-yearly': { en: 'half-yearly', zh: '每半年' },
    yearly: { en: 'yearly', zh: '每年' },
    'joint-meeting': { en: 'joint meeting', zh: '联席会议' },
    committee: { en: 'standing committee', zh: '常设委员会' },
    'working-group': { en: 'special working group', zh: '专门工作组' },
    council: { en: 'council', zh: '理事会' },
    // public funding (§2.5)
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
    'sharing.none': { en: 'not shared', zh: '不予共享' },
    general: { en: 'general', zh: '一般数据' },
    important: { en: 'important', zh: '重要数据' },
    core: { en: 'core', zh: '核心数据' },
    'personal-data.none': { en: 'no personal data', zh: '不含个人信息' },
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
    forbidden: { en: 'forbidden', zh: '不得向第三方提供' },
    // disputes
    arbitration: { en: 'arbitration', zh: '仲裁' },
    litigation: { en: 'litigation', zh: '诉讼' },
    'higher-authority': { en: 'higher authority', zh: '提请上级机关' },
    // severities (the CLI's report)
    'severity.error': { en: 'error', zh: '错误' },
    'severity.warning': { en: 'warning', zh: '警告' },
    'severity.info': { en: 'info', zh: '提示' },
} as const satisfies Record<string, { en: string; zh: string }>;

export type GlossaryKey = keyof typeof GLOSSARY;

export interface GlossaryTerm {
    en: string;
    zh: string;
}

/** The term for a key; an unknown key stands for itself in both languages. */
export function glossaryTerm(key: string): GlossaryTerm {
    return (GLOSSARY as Record<string, GlossaryTerm>)[key] ?? { en: key, zh: key };
}

/** The Chinese term alone (`法定职责`). */
export function zhTerm(key: string): string {
    return glossaryTerm(key).zh;
}

/**
 * A keyword as a message names it: the keyword in English (`'retention'`), its
 * Chinese term with the keyword in parentheses in Chinese (`保存期限（retention）`),
 * so that a drafter reads Chinese and still finds the word to type.
 */
export function keywordPhrase(keyword: string): LocalizedText {
    const term = glossaryTerm(keyword);
    return { en: `'${keyword}'`, 'zh-CN': term.zh === keyword ? `“${keyword}”` : `${term.zh}（${keyword}）` };
}

/** The declaration kind of an AST type (`Body` → 协调机构). */
export function kindTerm(type: string): GlossaryTerm {
    return glossaryTerm(type.charAt(0).toLowerCase() + type.slice(1));
}

/** `a` or `an` before an English noun: "is an agreement", never "is a agreement". */
export function withArticle(noun: string): string {
    return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** Like `keywordPhrase`, with the English keyword bare, for a message that puts it in parentheses itself. */
export function keywordLabel(keyword: string, place?: string): LocalizedText {
    const term = glossaryTerm(place && `${place}.${keyword}` in GLOSSARY ? `${place}.${keyword}` : keyword);
    return { en: keyword, 'zh-CN': term.zh === keyword ? `“${keyword}”` : `${term.zh}（${keyword}）` };
}
