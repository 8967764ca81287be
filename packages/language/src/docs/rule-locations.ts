import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../validation/rule-catalog.js';

/** The language package's source folder (this module runs from out/src/docs/). */
export const LANGUAGE_SOURCE = fileURLToPath(new URL('../../../src/', import.meta.url));

/**
 * Which source files report each rule: every `report(accept, '<rule>'` call and
 * the document validator's mapping of parser and linker errors. Used to write
 * "Checked in" into docs/rules.md, so "where is rule X checked" has an answer.
 */
export function findRuleLocations(sourceRoot = LANGUAGE_SOURCE): Record<string, string[]> {
    const locations: Record<string, string[]> = {};
    const validation = path.join(sourceRoot, 'validation');
    for (const file of listTs(validation)) {
        const text = fs.readFileSync(file, 'utf8');
        const relative = path.relative(path.join(sourceRoot, '..', '..', '..'), file).split(path.sep).join('/');
        for (const id of RULE_IDS) {
            const reported = new RegExp(`report\\(\\s*accept\\s*,\\s*'${id}'|rule: '${id}'`).test(text);
            if (reported) (locations[id] ??= []).push(relative);
        }
    }
    for (const id of Object.keys(locations)) locations[id].sort();
    return locations;
}

function listTs(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? listTs(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
}
