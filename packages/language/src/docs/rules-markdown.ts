import { RULES, type RuleDefinition } from '../validation/rule-catalog.js';

/**
 * docs/rules.md, rendered from the rule catalog (the build writes it; a test fails
 * when the committed file drifts). `checkedIn` maps a rule id to the source files
 * that report it, found by the build script.
 */
export function renderRulesMarkdown(checkedIn: Record<string, string[]> = {}): string {
    const out: string[] = [
        '# CityPact validation rules',
        '',
        '<!-- Generated from packages/language/src/validation/rule-catalog.ts by `npm run build`. Do not edit. -->',
        '',
        'Every diagnostic carries its rule id as its `code`. Severities are defaults; `citypact.json` can set any',
        'rule to `error`, `warning`, `info` or `off` ([language.md §5](language.md#5-configuration)). Messages exist in English and Simplified Chinese.',
        'The language reference summarizes the rules in [language.md §4](language.md#4-validation-rules).',
        '',
        '| rule id | default | what it checks | 检查内容 |',
        '|---|---|---|---|',
        ...RULES.map(r => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.title.en} | ${r.title['zh-CN']} |`),
        '',
    ];
    for (const rule of RULES) out.push(...section(rule, checkedIn[rule.id] ?? []));
    return out.join('\n');
}

function section(rule: RuleDefinition, files: string[]): string[] {
    const lines = [
        `## ${rule.id}`,
        '',
        `**Default severity:** ${rule.severity}${rule.quickFix ? ` · **Quick fix:** ${rule.quickFix.en.replace(/\{\w+\}/g, '…')}` : ''}`,
        '',
        rule.explanation.en,
        '',
        rule.explanation['zh-CN'],
        '',
        `Message: “${rule.message.en}” / “${rule.message['zh-CN']}”`,
        '',
        'Incorrect:',
        '',
        '```citypact',
        rule.bad,
        '```',
        '',
        'Correct:',
        '',
        '```citypact',
        rule.good,
        '```',
        '',
    ];
    if (files.length) lines.push(`Checked in: ${files.map(f => `\`${f}\``).join(', ')}`, '');
    return lines;
}
