import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { GLOSSARY, glossaryTerm, kindTerm, keywordPhrase } from '../src/glossary.js';
import { declarationKind } from '../src/lsp/declaration-kinds.js';
import { VALUE_GLOSSARY } from '../src/lsp/value-glossary.js';
import { HEADINGS, levelTerm, term } from '../src/render/terms.js';
import { KIND_NAMES } from '../src/validation/terms.js';
import { RULES } from '../src/validation/rule-catalog.js';
import { REPO } from './robustness/example-corpus.js';
import { renderGlossaryMarkdown } from '../src/docs/glossary-markdown.js';

/**
 * One Chinese term per keyword, value, role, level and kind (issue 14): the glossary
 * (src/glossary.ts) is the source, and every other place that names a term in
 * Chinese — validation messages, hover, completion, the outline, the rendered page,
 * the docs — must say the same. The test fails when two places translate one term
 * differently.
 */

/** Translations that were in use for a glossary term and must not come back. */
const RETIRED: Record<string, string[]> = {
    chair: ['主席', '召集方'],
    body: ['议事协调机构', '议事机构'],
    university: ['高校'],
    unanimity: ['一致同意'],
    observer: ['观察员'],
    contractor: ['承包方'],
    'level.district': ['区级'],
};

const DECLARATIONS = ['Province', 'City', 'District', 'Township', 'Department', 'Organization', 'Dataset', 'Agreement', 'Body', 'Service', 'Exchange', 'Funding', 'Obligation', 'Clause'];

function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = `${folder}/${name}`;
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
        return /\.(ts|md)$/.test(name) ? [path] : [];
    });
}

describe('the bilingual glossary (issue 14)', () => {
    it('declaration kinds: messages, hover and the outline use the glossary term', () => {
        for (const type of DECLARATIONS) {
            assert.equal(KIND_NAMES[type]['zh-CN'], kindTerm(type).zh, `validation/terms.ts ${type}`);
            assert.equal(declarationKind(type)?.noun['zh-CN'], kindTerm(type).zh, `lsp/declaration-kinds.ts ${type}`);
        }
    });

    it('values: every hover and completion meaning begins with the glossary term of its value', () => {
        const mismatches: string[] = [];
        for (const [key, meaning] of Object.entries(VALUE_GLOSSARY)) {
            const [rule, value] = key.split('.');
            const glossaryKey = rule === 'DistrictKind' ? `district-kind.${value}`
                : value === 'none' ? (rule === 'Sharing' ? 'sharing.none' : 'personal-data.none') : value;
            if (!(glossaryKey in GLOSSARY)) continue;
            const zh = glossaryTerm(glossaryKey).zh;
            if (!meaning['zh-CN'].startsWith(zh)) mismatches.push(`${key}: “${meaning['zh-CN']}” does not begin with “${zh}”`);
        }
        assert.deepEqual(mismatches, []);
    });

    it('the rendered page takes its terms and levels from the glossary', () => {
        for (const key of Object.keys(GLOSSARY)) {
            if (key.startsWith('level.') || key.startsWith('severity.')) continue;
            assert.equal(term(key).zh, glossaryTerm(key).zh, key);
        }
        assert.equal(term('none').zh, glossaryTerm('sharing.none').zh);
        assert.equal(levelTerm('district').zh, '县级', 'a county is never 区级');
        assert.equal(HEADINGS.bodies.zh, kindTerm('Body').zh);
        assert.equal(HEADINGS.parties.zh, glossaryTerm('party').zh);
        assert.equal(HEADINGS.exchanges.zh, kindTerm('Exchange').zh);
    });

    it('messages name keywords by their Chinese term, the keyword in parentheses', () => {
        assert.deepEqual(keywordPhrase('retention'), { en: "'retention'", 'zh-CN': '保存期限（retention）' });
        for (const rule of RULES) {
            // A keyword in Chinese quotes is an English word in a Chinese sentence.
            assert.doesNotMatch(rule.message['zh-CN'], /“(effective|signed|until|retention|basis|purpose|encryption|dimensions)”/, rule.id);
        }
    });

    it('docs/glossary.md is generated from the glossary (run npm run build after changing it)', () => {
        assert.equal(readFileSync(`${REPO}docs/glossary.md`, 'utf8'), renderGlossaryMarkdown());
    });

    it('no product source, rendered template or generated doc uses a retired translation', () => {
        const files = [...sourceFiles(`${REPO}packages/language/src`), ...sourceFiles(`${REPO}packages/cli/src`), `${REPO}docs/rules.md`, `${REPO}docs/render.md`];
        const found: string[] = [];
        for (const file of files) {
            if (file.endsWith('/glossary.ts')) continue;
            const text = readFileSync(file, 'utf8');
            for (const [key, retired] of Object.entries(RETIRED)) {
                for (const word of retired) {
                    if (text.includes(word)) found.push(`${file.slice(REPO.length)}: “${word}” (the glossary says “${glossaryTerm(key).zh}” for ${key})`);
                }
            }
        }
        assert.deepEqual(found, []);
    });
});
