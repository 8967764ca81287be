import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO } from './example-corpus.js';

/** A regular expression literal found in the product's source. */
export interface FoundRegex {
    /** `packages/language/src/model/decimal.ts:12` */
    where: string;
    regex: RegExp;
}

/** Folders whose regexes see user text: the language (grammar helpers, validators, formatter, exporter, editor features) and the CLI. */
const SOURCE_FOLDERS = ['packages/language/src', 'packages/cli/src'];
/** Generated code holds the grammar's terminals, which are tested from CityPactTerminals. */
const SKIPPED = [`${path.sep}generated${path.sep}`, `${path.sep}stdlib-text.ts`];

/**
 * Every regex literal in the product's TypeScript, found with the TypeScript parser
 * (not a regex), so a regex added tomorrow is tested tomorrow.
 */
export function productRegexes(): FoundRegex[] {
    const found: FoundRegex[] = [];
    for (const folder of SOURCE_FOLDERS) {
        for (const file of typeScriptFiles(path.join(REPO, folder))) {
            const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
            const visit = (node: ts.Node): void => {
                if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
                    const text = node.getText(source);
                    const slash = text.lastIndexOf('/');
                    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
                    found.push({
                        where: `${path.relative(REPO, file).split(path.sep).join('/')}:${line + 1}`,
                        regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
                    });
                }
                ts.forEachChild(node, visit);
            };
            visit(source);
        }
    }
    return found;
}

function typeScriptFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .map(name => path.join(folder, name))
        .filter(file => file.endsWith('.ts') && !file.endsWith('.d.ts') && !SKIPPED.some(skip => file.includes(skip)))
        .sort();
}

/**
 * Inputs that make backtracking regexes blow up: a long run of one "pump" (digits,
 * letters, white space, comment and string openers, escapes, separators) followed by
 * a character that makes the match fail at the very end.
 */
export function adversarialInputs(length: number): string[] {
    const pumps = [
        '9', 'a', '長', ' ', '\n', '\r\n', '/*', '/* ', '//', '*/', '"', '\\"', '\\u', '"\\', '.', '-', '%',
        '1.', '1.1', '9-', '99.9', 'a1', '` ', '\uD800', '0-0', '9%', '{a', '$',
    ];
    const killers = ['x', '\n', '"', '\u0000'];
    const inputs: string[] = [];
    for (const pump of pumps) {
        const run = pump.repeat(Math.ceil(length / pump.length));
        for (const killer of killers) inputs.push(run + killer);
    }
    return inputs;
}
