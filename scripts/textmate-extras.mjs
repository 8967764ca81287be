// Refines the TextMate grammar that langium-cli generates (syntaxes/citypact.tmLanguage.json),
// so the fallback highlighting (before the server starts, in diffs, on code hosts) tells
// values from structure: enumerated values, dates, versions, percentages and numbers,
// doc comments, declared names, and strings with exactly the escapes of docs/language.md §1.
// Runs in the build right after `langium generate`; the result is the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}syntaxes/citypact.tmLanguage.json`;
const grammar = JSON.parse(readFileSync(file, 'utf8'));
const source = readFileSync(`${root}packages/language/src/grammar/citypact.langium`, 'utf8');

// Keywords of `X returns string: 'a' | 'b' ...;` rules are values, not structure.
const values = new Set();
for (const [, body] of source.matchAll(/^\w+ returns string:\s*([^;]+);/gm)) {
    for (const [, keyword] of body.matchAll(/'([^']+)'/g)) values.add(keyword);
}
for (const keyword of ['unconditional', 'conditional', 'forbidden']) values.add(keyword);
// `none` is both a sharing class and a personal-data class: a value either way.
const alternation = words => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(w => w.replace(/[-]/g, '\\-')).join('|');

const keywordPattern = grammar.patterns.find(p => p.name === 'keyword.control.citypact');
const structure = keywordPattern.match.replace(/^\\b\(|\)\\b$/g, '').split('|').filter(k => !values.has(k.replace(/\\-/g, '-')));
keywordPattern.match = `\\b(${structure.join('|')})\\b`;

const NAME = '[\\p{L}_][\\p{L}\\p{N}_]*';
grammar.patterns = [
    { include: '#comments' },
    {
        comment: 'A declaration and the name it introduces.',
        match: `\\b(province|city|district|township|department|organization|dataset|agreement|body|service|exchange|funding|obligation|clause)\\s+(${NAME})`,
        captures: { 1: { name: 'keyword.control.citypact' }, 2: { name: 'entity.name.type.citypact' } },
    },
    { name: 'constant.numeric.date.citypact', match: '\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b' },
    { name: 'constant.other.version.citypact', match: '\\b[0-9]+\\.[0-9]+\\.[0-9]+\\b' },
    { name: 'constant.numeric.percentage.citypact', match: '\\b[0-9]+(?:\\.[0-9]{1,2})?%' },
    { name: 'constant.numeric.citypact', match: '\\b[0-9]+(?:\\.[0-9]+)?\\b' },
    { name: 'constant.language.citypact', match: `\\b(${alternation(values)})\\b` },
    keywordPattern,
    {
        name: 'string.quoted.double.citypact',
        begin: '"',
        end: '"|$',
        patterns: [{ include: '#string-character-escape' }, { name: 'invalid.illegal.escape.citypact', match: '\\\\.' }],
    },
];
grammar.repository.comments.patterns.unshift({
    name: 'comment.block.documentation.citypact',
    begin: '/\\*\\*(?!/)',
    end: '\\*/',
    captures: { 0: { name: 'punctuation.definition.comment.citypact' } },
});
grammar.repository['string-character-escape'] = {
    name: 'constant.character.escape.citypact',
    match: '\\\\(["\\\\nt]|u[0-9A-Fa-f]{4})',
};
writeFileSync(file, JSON.stringify(grammar, null, 2) + '\n');
