import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import { buildConfigSchema } from '../src/docs/config-schema.js';
import { renderRulesMarkdown } from '../src/docs/rules-markdown.js';
import { findRuleLocations } from '../src/docs/rule-locations.js';
import { LOCALES, RULES, formatMessage, type RuleId } from '../src/validation/rule-catalog.js';
import { parseConfig } from '../src/workspace/config.js';

const repo = (relative: string) => fileURLToPath(new URL(`../../../../${relative}`, import.meta.url));

/** docs/language.md §4, copied by hand: the catalog must match the contract to the letter. */
const CONTRACT: Array<[string, string]> = [
    ['syntax', 'error'], ['unresolved-reference', 'error'], ['duplicate-name', 'error'], ['invalid-date', 'error'],
    ['date-order', 'error'], ['too-few-parties', 'error'], ['duplicate-party', 'error'], ['not-a-party', 'error'],
    ['cost-shares-sum', 'error'], ['proxy-mode-locations', 'error'], ['self-exchange', 'error'], ['non-shared-dataset', 'error'],
    ['exchange-purpose', 'error'], ['personal-data-terms', 'error'], ['sensitive-data-protection', 'error'],
    ['core-data-approval', 'error'], ['chair-not-member', 'error'], ['supersedes-cycle', 'error'], ['supersedes-version', 'error'],
    ['uscc-format', 'error'], ['division-code', 'error'], ['exchange-holder', 'warning'], ['dimension-unsupported', 'warning'],
    ['body-coverage', 'warning'], ['obligation-outside-term', 'warning'], ['tier-population', 'warning'],
    ['missing-clause', 'warning'], ['dimension-undeclared', 'info'],
    ['hidden-text', 'error'], ['confusable-name', 'warning'],
    ['funding-parties', 'error'], ['funding-amount', 'error'], ['funding-term', 'warning'],
    ['onward-transfer', 'error'],
];

type Ajv = { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown } };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: new (o: object) => Ajv }).default ?? Ajv2020Module) as unknown as new (o: object) => Ajv;

describe('rule catalog', () => {
    it('has exactly the rule ids and default severities of docs/language.md §4', () => {
        assert.deepEqual(RULES.map(r => [r.id, r.severity]), CONTRACT);
    });

    it('has every text in both languages, with the same placeholders', () => {
        for (const rule of RULES) {
            for (const field of ['title', 'message', 'explanation'] as const) {
                for (const locale of LOCALES) {
                    assert.ok(rule[field][locale].trim().length > 0, `${rule.id}: ${field} in ${locale}`);
                }
                // `{label}` is Chinese-only: a Chinese message names a declaration by its label,
                // the identifier in parentheses (issue 14); report() supplies it for every message.
                const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).filter(p => p !== 'label').sort();
                assert.deepEqual(placeholders(rule[field]['zh-CN']), placeholders(rule[field].en), `${rule.id}: ${field} placeholders`);
            }
            assert.match(rule.message['zh-CN'], /[\u4e00-\u9fff]/, `${rule.id}: the Chinese message is Chinese`);
            assert.ok(rule.bad.trim() && rule.good.trim() && rule.bad !== rule.good, `${rule.id}: examples`);
            if (rule.quickFix) assert.ok(rule.quickFix.en && rule.quickFix['zh-CN'], `${rule.id}: quick-fix title`);
        }
    });

    it('renders messages in the requested locale', () => {
        assert.equal(formatMessage('invalid-date' as RuleId, 'en', { date: '2024-02-30' }), "'2024-02-30' is not a real calendar date");
        assert.equal(formatMessage('invalid-date' as RuleId, 'zh-CN', { date: '2024-02-30' }), '“2024-02-30”不是有效的日历日期');
    });

    it('is reported by at least one check for every rule', () => {
        const locations = findRuleLocations();
        assert.deepEqual(RULES.filter(r => !locations[r.id]?.length).map(r => r.id), []);
    });

    it('generates docs/rules.md (run npm run build after changing the catalog)', () => {
        const committed = fs.readFileSync(repo('docs/rules.md'), 'utf8');
        assert.equal(committed, renderRulesMarkdown(findRuleLocations()));
        for (const rule of RULES) assert.ok(committed.includes(`## ${rule.id}\n`), rule.id);
    });
});

describe('citypact.json schema', () => {
    const schema = buildConfigSchema();

    it('is the committed file the extension ships', () => {
        const committed = JSON.parse(fs.readFileSync(repo('packages/language/schemas/citypact.schema.json'), 'utf8'));
        assert.deepEqual(committed, schema);
    });

    it('accepts what the tools accept and rejects what they reject', () => {
        const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
        const samples = [
            '{ "stdlib": true, "locale": "zh-CN", "rules": { "missing-clause": "off", "dimension-undeclared": "warning" } }',
            '{}',
            '{ "stdlib": "yes" }',
            '{ "locale": "fr" }',
            '{ "rules": { "no-such-rule": "off" } }',
            '{ "rules": { "syntax": "loud" } }',
            '{ "colour": true }',
        ];
        for (const text of samples) {
            const toolsAccept = parseConfig(text).problems.length === 0;
            assert.equal(validate(JSON.parse(text)), toolsAccept, text);
        }
        assert.equal(validate(JSON.parse(fs.readFileSync(repo('examples/citypact.json'), 'utf8'))), true);
    });
});
