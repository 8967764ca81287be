import { LOCALES, RULES } from '../validation/rule-catalog.js';
import { STDLIB_MODES } from '../workspace/config.js';
import { languageReferenceUrl, ruleHelpUrl } from './links.js';

export const CONFIG_SCHEMA_ID = 'https://citypact.dev/schema/config/v1.json';

/**
 * The JSON Schema of citypact.json (docs/language.md §5), generated from the rule
 * catalog so that completion in VS Code offers exactly the rule ids the tools know.
 * Written to packages/language/schemas/citypact.schema.json by the build.
 */
export function buildConfigSchema(): Record<string, unknown> {
    const severity = {
        type: 'string',
        enum: ['error', 'warning', 'info', 'off'],
    };
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: CONFIG_SCHEMA_ID,
        title: 'CityPact configuration (citypact.json)',
        description: `Found by walking up from each .citypact file; read by the CLI and the language server alike. See ${languageReferenceUrl('5-configuration')}`,
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            stdlib: {
                enum: [...STDLIB_MODES],
                default: true,
                description: 'Load the standard library (provinces and the sixteen super and mega cities); "national" adds every GB/T 2260 province, prefecture and county.',
            },
            locale: {
                type: 'string',
                enum: [...LOCALES],
                description: 'Language of diagnostic messages.',
            },
            rules: {
                type: 'object',
                description: 'Severity per rule id: error, warning, info or off.',
                additionalProperties: false,
                properties: Object.fromEntries(RULES.map(rule => [rule.id, {
                    ...severity,
                    description: `${rule.title.en} (default: ${rule.severity}). ${rule.title['zh-CN']}. ${ruleHelpUrl(rule.id)}`,
                    default: rule.severity,
                }])),
            },
        },
    };
}
