import { check, type TextDiagnostic } from '../helpers.js';
import type { RuleDiagnosticData } from '../../src/validation/report.js';

/**
 * Shared snippets for the rule tests: a small registry of realistic actors and
 * datasets, and a clean agreement whose parts each test replaces to make the
 * nearest bad (or good) case.
 */

export const REGISTRY = [
    'department MedicalSecurity "上海市医疗保障局" of Shanghai',
    'department Health "上海市卫生健康委员会" of Shanghai',
    'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
    'department MedicalSecurity "南京市医疗保障局" of Nanjing',
    'department MedicalSecurity "浙江省医疗保障局" of Zhejiang',
    'district Pudong "浦东新区" of Shanghai { code 310115 }',
    'department Police "上海市公安局浦东分局" of Shanghai.Pudong',
    'organization AliHealth "阿里健康信息技术有限公司" { kind enterprise uscc "91330108MA27Y5GT3R" }',
    'dataset InsuredPersons "参保人员基本信息" of Shanghai.MedicalSecurity { sharing conditional "仅限异地就医结算使用" classification important personal-data sensitive }',
    'dataset Hospitals "定点医疗机构目录" of Shanghai.MedicalSecurity { sharing unconditional }',
    'dataset Filings "异地就医备案信息" of Hangzhou.MedicalSecurity { sharing conditional "仅限结算使用" personal-data ordinary }',
    'dataset FundLedger "医保基金账务" of Shanghai.MedicalSecurity { sharing none "《医疗保障基金使用监督管理条例》" }',
    'dataset PowerGrid "城市电网运行数据" of Shanghai { sharing conditional "仅限应急指挥" classification core }',
].join('\n') + '\n';

export interface AgreementParts {
    header?: string[];
    parties?: string[];
    body?: string[];
    members?: string[];
    closing?: string[];
}

export const DEFAULT_HEADER = ['version 1.0.0', 'dimensions cross-region, cross-department', 'effective 2024-01-01 until 2027-12-31'];
export const DEFAULT_PARTIES = ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity'];
export const DEFAULT_BODY = [
    'body JointCommittee "长三角医保联席会议" {',
    '  members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity',
    '  chair Shanghai.MedicalSecurity',
    '  decides by unanimity',
    '}',
];
export const DEFAULT_CLOSING = ['disputes by JointCommittee then arbitration "上海仲裁委员会"', 'amendment by unanimity', 'termination notice 90 days'];

/** The registry followed by an agreement `YRDMedical` made of the given parts (defaults are clean). */
export function pact(parts: AgreementParts = {}): string {
    const lines = [
        ...(parts.header ?? DEFAULT_HEADER),
        ...(parts.parties ?? DEFAULT_PARTIES),
        ...(parts.body ?? DEFAULT_BODY),
        ...(parts.members ?? []),
        ...(parts.closing ?? DEFAULT_CLOSING),
    ];
    return `${REGISTRY}agreement YRDMedical "长三角异地就医结算协议" {\n${lines.map(l => `  ${l}`).join('\n')}\n}\n`;
}

/** The 0-based line of the `occurrence`-th line containing `marker`; throws if there is none. */
export function lineOf(text: string, marker: string, occurrence = 1): number {
    let seen = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].includes(marker) && ++seen === occurrence) return i;
    }
    throw new Error(`no line ${occurrence} containing '${marker}'`);
}

/** The diagnostics of one rule in a single-file workspace. */
export async function diagnosticsOf(text: string, rule: string): Promise<TextDiagnostic[]> {
    return (await check(text)).filter(d => d.code === rule);
}

/** The 0-based start lines of one rule's diagnostics. */
export async function linesOf(text: string, rule: string): Promise<number[]> {
    return (await diagnosticsOf(text, rule)).map(d => d.range.start.line);
}

export function fixOf(diagnostic: TextDiagnostic): Record<string, unknown> | undefined {
    return (diagnostic.data as RuleDiagnosticData | undefined)?.fix;
}

/** The text a diagnostic's range covers. */
export function coveredText(text: string, diagnostic: TextDiagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}
