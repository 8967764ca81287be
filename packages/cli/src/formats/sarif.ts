import { createHash } from 'node:crypto';
import { getRule, ruleHelpUrl, RULES, type RuleDefinition, type Severity } from 'citypact-language';
import type { FileReport } from '../findings.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: every catalog rule with its help
 * text and a `helpUri` to its page in docs/rules.md, stable `ruleId`s, UTF-16 columns, and `partialFingerprints` that survive
 * unrelated edits above a finding (they hash the rule, file and line text, not the
 * line number).
 */
export function formatSarif(reports: FileReport[], toolVersion: string, sourceLines: (report: FileReport) => string[]): string {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
    const results = reports.flatMap(report => {
        const lines = sourceLines(report);
        const seen = new Map<string, number>();
        return report.findings.map(finding => {
            const lineText = (lines[finding.line - 1] ?? '').trim();
            const key = `${finding.rule}\0${report.path}\0${lineText}`;
            const occurrence = (seen.get(key) ?? 0) + 1;
            seen.set(key, occurrence);
            return {
                ruleId: finding.rule,
                ruleIndex: ruleIndex.get(finding.rule) ?? 0,
                level: LEVEL[finding.severity],
                message: { text: finding.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(report.path), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: finding.line, startColumn: finding.column,
                            endLine: finding.endLine, endColumn: finding.endColumn,
                        },
                    },
                }],
                partialFingerprints: {
                    'citypact/v1': `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`,
                },
            };
        });
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'citypact',
                    version: toolVersion,
                    semanticVersion: toolVersion,
                    rules: RULES.map(sarifRule),
                },
            },
            columnKind: 'utf16CodeUnits',
            artifacts: reports.map(r => ({ location: { uri: encodeURI(r.path), uriBaseId: '%SRCROOT%' } })),
            results,
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function sarifRule(rule: RuleDefinition) {
    const catalog = getRule(rule.id as Parameters<typeof getRule>[0]);
    const markdown = [
        catalog.explanation.en, '', catalog.explanation['zh-CN'], '',
        '**Incorrect:**', '', '```', catalog.bad, '```', '', '**Correct:**', '', '```', catalog.good, '```',
    ].join('\n');
    return {
        id: rule.id,
        name: rule.id.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, c => c.toUpperCase()),
        shortDescription: { text: rule.title.en },
        fullDescription: { text: rule.explanation.en },
        help: { text: rule.explanation.en, markdown },
        helpUri: ruleHelpUrl(rule.id),
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { tags: ['citypact'], 'zh-CN': rule.title['zh-CN'] },
    };
}
