import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY_URL, ruleHelpUrl } from '../src/docs/links.js';
import { RULES } from '../src/validation/rule-catalog.js';

/**
 * docs/language.md is the language reference users have (help texts, rule docs,
 * schema descriptions and comments cite it by section). These tests keep the
 * citations and the reference in step: a cited section that has no heading, or a
 * catalog rule missing from §4, fails here rather than in a user's hands.
 */

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (relative: string) => fs.readFileSync(path.join(ROOT, relative), 'utf8');

/** Headings such as `## §2.1 Jurisdictions`, as section numbers: `2.1`. */
function sectionsOf(markdown: string): Set<string> {
    return new Set([...markdown.matchAll(/^#{2,4} §([0-9]+[a-z]?(?:\.[0-9]+)?) /gm)].map(m => m[1]));
}

/** Every file of the repository that may cite the reference (no dependencies, no build output). */
function repositoryFiles(folder = ROOT): string[] {
    const skip = new Set(['node_modules', 'out', 'dist', '.git', '.vscode-test', 'schemas-cache']);
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return skip.has(entry.name) || entry.name.startsWith('.') ? [] : repositoryFiles(full);
        return /\.(ts|mjs|cjs|js|json|md|langium|citypact|ya?ml)$/.test(entry.name) ? [full] : [];
    });
}

describe('docs/language.md, the language reference', () => {
    const reference = read('docs/language.md');
    const sections = sectionsOf(reference);

    it('keeps the section numbers of the contract as headings (§1 … §10)', () => {
        for (const section of ['1', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '3', '3a', '4', '4.1', '5', '6', '7', '8', '9', '10']) {
            assert.ok(sections.has(section), `docs/language.md has no heading "§${section} …"`);
        }
    });

    it('has a heading for every section the repository cites ("docs/language.md §6", "第1–2节")', () => {
        // `language.md §4`, `docs/language.md §1–2`, `docs/language.md 第2.5节`; both ends of a range.
        const citation = /language\.md(?:'s)?\s*(?:§|第)\s*([0-9]+[a-z]?(?:\.[0-9]+)?)(?:\s*[–-]\s*([0-9]+[a-z]?(?:\.[0-9]+)?))?/g;
        const missing: string[] = [];
        let cited = 0;
        for (const file of repositoryFiles()) {
            const text = fs.readFileSync(file, 'utf8');
            for (const match of text.matchAll(citation)) {
                for (const section of [match[1], match[2]].filter(Boolean)) {
                    cited++;
                    if (!sections.has(section)) missing.push(`${path.relative(ROOT, file)}: §${section}`);
                }
            }
        }
        assert.ok(cited > 20, `only ${cited} citations found: is the pattern still right?`);
        assert.deepEqual(missing, []);
    });

    it('lists every rule of the catalog in §4 with its default severity', () => {
        const section4 = reference.slice(reference.indexOf('## §4 '), reference.indexOf('### §4.1 '));
        const rows = new Map([...section4.matchAll(/^\| \[?`([a-z-]+)`(?:\]\([^)]*\))? \| (error|warning|info) \|/gm)].map(m => [m[1], m[2]]));
        for (const rule of RULES) {
            assert.equal(rows.get(rule.id), rule.severity, `§4 of docs/language.md: rule ${rule.id} (${rule.severity})`);
        }
    });

    it('links rules only to sections that docs/rules.md has', () => {
        const ruleSections = new Set([...read('docs/rules.md').matchAll(/^## ([a-z-]+)$/gm)].map(m => m[1]));
        const links = [...reference.matchAll(/\]\(rules\.md#([a-z-]+)\)/g)].map(m => m[1]);
        assert.ok(links.length >= 28, 'the §4 table links its rules');
        for (const id of links) assert.ok(ruleSections.has(id), `docs/language.md links rules.md#${id}, which has no section`);
    });
});

describe('links to the documentation outside the repository', () => {
    it('point into the repository the package manifests name', () => {
        assert.match(REPOSITORY_URL, /^https:\/\/github\.com\/[^/]+\/[^/]+$/);
        assert.equal(ruleHelpUrl('cost-shares-sum'), `${REPOSITORY_URL}/blob/main/docs/rules.md#cost-shares-sum`);
        for (const manifest of ['packages/cli/package.json', 'packages/extension/package.json']) {
            const url = (JSON.parse(read(manifest)) as { repository?: { url?: string } }).repository?.url ?? '';
            assert.equal(url.replace(/^git\+/, '').replace(/\.git$/, ''), REPOSITORY_URL, `${manifest}: repository.url`);
        }
    });
});
