// Writes the files generated from the rule catalog: docs/rules.md and the JSON
// Schema of citypact.json. Runs in the build after TypeScript; tests fail when the
// committed copies drift from what this would write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}packages/language/out/src/docs/`;
const { renderRulesMarkdown } = await import(`${out}rules-markdown.js`);
const { buildConfigSchema } = await import(`${out}config-schema.js`);
const { findRuleLocations } = await import(`${out}rule-locations.js`);
const { renderGlossaryMarkdown } = await import(`${out}glossary-markdown.js`);
const { diffSchemaText } = await import(`${root}packages/language/out/src/diff/diff-schema.js`);
const { reportSchemaText } = await import(`${root}packages/language/out/src/portfolio/report-schema.js`);

function writeIfChanged(file, text) {
    let current;
    try { current = readFileSync(file, 'utf8'); } catch { /* new file */ }
    if (current !== text) writeFileSync(file, text);
}

mkdirSync(`${root}docs`, { recursive: true });
mkdirSync(`${root}packages/language/schemas`, { recursive: true });
writeIfChanged(`${root}docs/rules.md`, renderRulesMarkdown(findRuleLocations()));
// One Chinese term per keyword (issue 14), from packages/language/src/glossary.ts.
writeIfChanged(`${root}docs/glossary.md`, renderGlossaryMarkdown());
writeIfChanged(`${root}packages/language/schemas/citypact.schema.json`, JSON.stringify(buildConfigSchema(), null, 2) + '\n');
// The JSON Schema of `citypact diff --format json` (docs/diff.md).
writeIfChanged(`${root}packages/language/schemas/citypact-diff-1.schema.json`, diffSchemaText());
// The JSON Schema of `citypact report --format json` (docs/report.md).
writeIfChanged(`${root}packages/language/schemas/citypact-report-1.schema.json`, reportSchemaText());
