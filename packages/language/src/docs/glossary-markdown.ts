import { GLOSSARY } from '../glossary.js';

/**
 * docs/glossary.md, generated from the glossary module (src/glossary.ts) by
 * `npm run build`; test/glossary.test.ts fails when the committed copy drifts.
 */
export function renderGlossaryMarkdown(): string {
    const rows = Object.entries(GLOSSARY).map(([key, term]) => `| \`${key}\` | ${term.en} | ${term.zh} |`);
    return [
        '# Glossary: one Chinese term for each keyword',
        '',
        '<!-- Generated from packages/language/src/glossary.ts by `npm run build`; do not edit. -->',
        '',
        'Messages, hover, completion, the rendered page and these docs name every keyword, value, role,',
        'level and kind of CityPact with the one Chinese term below (issue 14). A message names a keyword',
        'by its term with the keyword in parentheses — 保存期限（retention） — and a declaration by its label',
        'with the identifier in parentheses — 协议“长三角异地就医直接结算合作协议”（YRDMedicalSettlement）.',
        'Keys written `place.keyword` are keywords whose meaning depends on where they stand',
        '(`none` in `sharing` and in `personal-data`; a funding\'s `by` and `to`); `level.*` are the',
        'administrative levels (the district level is China\'s county level, 县级).',
        '',
        '| key | English | 中文 |',
        '|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
