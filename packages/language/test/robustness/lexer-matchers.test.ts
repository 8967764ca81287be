import '../../src/polyfill.js';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { createCityPactServices } from '../../src/citypact-module.js';
import { CityPactTerminals } from '../../src/generated/ast.js';
import { blockCommentMatcher, stringMatcher } from '../../src/parser/linear-terminal-matchers.js';
import { withoutSpaceOrComments } from '../../src/references/qualified-names.js';

/**
 * The matchers that keep lexing linear (parser/linear-terminal-matchers.ts) accept
 * exactly what the grammar's regexes accept, also when the lexer retries them at
 * later offsets of the same text (their memory of failed scans must never be wrong).
 */
const SEED = 20240901;
const alphabet = fc.constantFrom('"', '\\', 'n', 't', 'u', '0', 'a', 'F', 'g', '\n', '\r', '/', '*', ' ', '長', '\uD800');
const texts = fc.array(alphabet, { maxLength: 40 }).map(chars => chars.join(''));

function regexAt(regex: RegExp, text: string, offset: number): string | null {
    const sticky = new RegExp(regex.source, regex.flags + 'y');
    sticky.lastIndex = offset;
    return sticky.exec(text)?.[0] ?? null;
}

/** Tries a token's pattern at every offset in order, as one lexing run does. */
function tryEverywhere(pattern: TokenType['PATTERN'], text: string, offsets: number[]): Array<string | null> {
    const tokens: unknown[] = [];
    return offsets.map(offset => {
        if (typeof pattern === 'function') return (pattern as CustomPatternMatcherFunc)(text, offset, tokens as never, {})?.[0] ?? null;
        return regexAt(pattern as RegExp, text, offset);
    });
}

describe('linear lexer matchers (robustness)', () => {
    for (const [name, matcher] of [['ML_COMMENT', blockCommentMatcher], ['STRING', stringMatcher]] as const) {
        it(`${name} matches exactly what its grammar regex matches, at every offset of a run`, () => {
            fc.assert(fc.property(texts, text => {
                const offsets = Array.from({ length: text.length }, (_, i) => i);
                assert.deepEqual(tryEverywhere(matcher(), text, offsets), offsets.map(offset => regexAt(CityPactTerminals[name], text, offset)));
            }), { seed: SEED, numRuns: 3_000 });
        });
    }

    it('the lexer retries ML_COMMENT and STRING in linear time (a scan to the end each time was quadratic)', () => {
        const definition = createCityPactServices(EmptyFileSystem).CityPact.parser.Lexer.definition as Record<string, TokenType>;
        const cases: Array<[string, string, string]> = [
            ['ML_COMMENT', '/* '.repeat(60_000), '/'],
            ['STRING', '"' + '\\"'.repeat(30_000), '"'],
        ];
        for (const [name, text, opener] of cases) {
            const offsets = [...text.matchAll(new RegExp(opener === '/' ? '/\\*' : '"', 'g'))].map(m => m.index!);
            // Work is counted, not timed: characters the matcher reads over all retries.
            const counted = countingText(text);
            const results = tryEverywhere(definition[name].PATTERN, counted.text, offsets);
            assert.ok(results.every(r => r === null), `${name}: nothing matches`);
            // Linear: a few reads per character. A scan to the end on every retry reads ~n²/2 (about 10⁹ here).
            assert.ok(counted.reads() <= 4 * text.length, `${name}: ${offsets.length} retries over ${text.length} characters read ${counted.reads()} characters`);
        }
    });

    it('referenceText drops white space and comments exactly like the regex it replaced', () => {
        const old = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n\r]*|\s+/g, '');
        const refAlphabet = fc.constantFrom('/', '*', ' ', '\n', '\r', 'a', '.', '\t', '\u2028', '長');
        fc.assert(fc.property(fc.array(refAlphabet, { maxLength: 24 }).map(c => c.join('')), text => {
            assert.equal(withoutSpaceOrComments(text), old(text));
        }), { seed: SEED, numRuns: 5_000 });
        const unclosed = countingText('/* '.repeat(100_000));
        withoutSpaceOrComments(unclosed.text);
        // Linear: a few reads per character (startsWith probes, the [i] reads); quadratic was ~n²/6 (10¹⁰).
        assert.ok(unclosed.reads() <= 10 * 300_000, `linear on unclosed comments: ${unclosed.reads()} characters read`);
    });
});

/**
 * The text as the matchers see it, counting the characters they read: `charCodeAt`,
 * `[i]` and `startsWith` read what they name, `indexOf` and `slice` the stretch they
 * pass over, and a conversion to a primitive (a regex test) the whole text. A
 * deterministic measure of work, unlike the clock on a loaded machine.
 */
function countingText(value: string): { text: string; reads: () => number } {
    let reads = 0;
    const methods: Record<string, (...args: never[]) => unknown> = {
        charCodeAt: (index: number) => { reads++; return value.charCodeAt(index); },
        startsWith: (search: string, position = 0) => { reads += search.length; return value.startsWith(search, position); },
        indexOf: (search: string, from = 0) => {
            const found = value.indexOf(search, from);
            reads += (found < 0 ? value.length : found + search.length) - from;
            return found;
        },
        slice: (start = 0, end = value.length) => { reads += Math.max(0, end - start); return value.slice(start, end); },
        toString: () => { reads += value.length; return value; },
        valueOf: () => { reads += value.length; return value; },
        [Symbol.toPrimitive as unknown as string]: () => { reads += value.length; return value; },
    };
    const proxy = new Proxy(Object.create(null) as object, {
        get(_target, property) {
            if (property === 'length') return value.length;
            if (typeof property === 'string' && /^\d+$/.test(property)) {
                reads++;
                return value[Number(property)];
            }
            const method = methods[property as string];
            if (method) return method;
            throw new Error(`countingText: the matcher used ${String(property)}, which this test does not count`);
        },
    });
    return { text: proxy as unknown as string, reads: () => reads };
}
