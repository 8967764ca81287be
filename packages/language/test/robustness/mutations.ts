import fc from 'fast-check';

/**
 * Random damage to a source text, the way an editor sees it mid-typing and the way a
 * broken file reaches CI: tokens deleted, duplicated, swapped or replaced, random
 * bytes, unbalanced braces, strings and comments, huge numbers, deep nesting, a
 * file cut short, and layout-only changes (which keep the file valid, so that the
 * formatter and exporter properties get exercised too).
 *
 * The tokenizer here is deliberately independent of the product's lexer: a rough
 * split into words, numbers, strings, comments, white space and single characters.
 */
const ROUGH_TOKEN = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|\s+|[\p{L}\p{N}_.%-]+|[\s\S]/gu;

export function roughTokens(text: string): string[] {
    return text.match(ROUGH_TOKEN) ?? [];
}

/** Keywords of the language (and a few near-misses) to drop in at random. */
const WORDS = [
    'agreement', 'party', 'role', 'lead', 'body', 'service', 'exchange', 'obligation', 'clause', 'members', 'chair',
    'decides', 'by', 'meets', 'mode', 'proxy', 'provider', 'users', 'costs', 'data', 'from', 'to', 'purpose',
    'basis', 'retention', 'security', 'onward', 'forbidden', 'allowed-to', 'version', 'supersedes', 'dimensions',
    'cross-region', 'signed', 'effective', 'until', 'disputes', 'then', 'amendment', 'termination', 'notice',
    'city', 'province', 'district', 'township', 'department', 'organization', 'dataset', 'of', 'code', 'uscc',
    'within', 'tier', 'population', 'sharing', 'none', 'classification', 'core', 'personal-data', 'sensitive',
    'en', 'zh', 'entity', 'tomorrow', 'cross', '上海', 'Shanghai.', '.', ',', '-', '%', '@',
    // names that are also properties of every JavaScript object
    '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

export interface SizeLimits {
    /** Longest run of digits in a "huge number". */
    maxDigits: number;
    /** Deepest run of `{` for "deep nesting". */
    maxDepth: number;
    /** Longest identifier or line padding. */
    maxRun: number;
}

export const QUICK_LIMITS: SizeLimits = { maxDigits: 400, maxDepth: 300, maxRun: 2_000 };
export const LONG_LIMITS: SizeLimits = { maxDigits: 5_000, maxDepth: 3_000, maxRun: 20_000 };

/** A fragment of text to insert or to replace a token with. */
export function fragmentArbitrary(limits: SizeLimits): fc.Arbitrary<string> {
    return fc.oneof(
        // random bytes, read the way a file with a wrong encoding would be
        fc.uint8Array({ minLength: 1, maxLength: 24 }).map(bytes => Buffer.from(bytes).toString('latin1')),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
        fc.constantFrom('\uD800', '\uDC00', '\uD83D', '\uFEFF', '\u0000', '\u2028', '\r', '\t', '\u00A0'),
        // unbalanced structure
        fc.constantFrom('{', '}', '"', '/*', '*/', '//', '"\\', '\\u12', '"\\q"', '"\n"', '{ }', '} }', '""'),
        fc.constantFrom(...WORDS),
        // huge numbers in every numeric shape
        fc.tuple(fc.integer({ min: 12, max: limits.maxDigits }), fc.constantFrom('', '%', '.5%', '.0.0', ' days', '-01-01'))
            .map(([digits, suffix]) => '9'.repeat(digits) + suffix),
        fc.constantFrom('2024-02-30', '0000-00-00', '9999-99-99', '1.2.3.4', '1..2', '00000000', '100.001%', '-1'),
        // deep nesting, balanced or not
        fc.tuple(fc.integer({ min: 2, max: limits.maxDepth }), fc.boolean())
            .map(([depth, balanced]) => '{'.repeat(depth) + (balanced ? '}'.repeat(depth) : '')),
        fc.integer({ min: 2, max: limits.maxDepth }).map(depth => 'Shanghai' + '.A'.repeat(depth)),
        // long identifiers and long lines
        fc.integer({ min: 100, max: limits.maxRun }).map(length => 'x'.repeat(length)),
        fc.integer({ min: 100, max: limits.maxRun }).map(length => '"' + '长'.repeat(length) + '"'),
    );
}

export type Mutation =
    | { kind: 'delete' | 'duplicate' | 'truncate'; at: number }
    /** Half-types a token: keeps `keep` of its characters (a string loses its closing quote). */
    | { kind: 'cut'; at: number; keep: number }
    /** Makes a number huge where it stands: `90 days` → `99…990 days`, `50%` → `99…950%`. */
    | { kind: 'enlarge'; at: number; digits: number }
    /** Inserts at any character offset, inside tokens too. */
    | { kind: 'splice'; at: number; text: string }
    | { kind: 'swap'; at: number; other: number }
    | { kind: 'insert' | 'replace'; at: number; text: string }
    | { kind: 'layout'; style: 'collapse' | 'crlf' | 'spread' | 'comments' | 'bom' };

export function mutationArbitrary(limits: SizeLimits): fc.Arbitrary<Mutation> {
    const at = fc.nat();
    return fc.oneof(
        { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
        { weight: 2, arbitrary: fc.record({ kind: fc.constant('cut' as const), at, keep: fc.nat() }) },
        { weight: 2, arbitrary: fc.record({ kind: fc.constant('splice' as const), at, text: fragmentArbitrary(limits) }) },
        { weight: 2, arbitrary: fc.record({ kind: fc.constant('enlarge' as const), at, digits: fc.integer({ min: 1, max: limits.maxDigits }) }) },
        { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at, other: fc.nat() }) },
        { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('insert' as const, 'replace' as const), at, text: fragmentArbitrary(limits) }) },
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('layout' as const), style: fc.constantFrom('collapse' as const, 'crlf' as const, 'spread' as const, 'comments' as const, 'bom' as const) }) },
    );
}

/** Up to six mutations; an empty list checks the pristine text too. */
export function mutationsArbitrary(limits: SizeLimits): fc.Arbitrary<Mutation[]> {
    return fc.array(mutationArbitrary(limits), { minLength: 0, maxLength: 6 });
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
    let tokens = roughTokens(text);
    for (const mutation of mutations) tokens = applyMutation(tokens, mutation);
    return tokens.join('');
}

function applyMutation(tokens: string[], mutation: Mutation): string[] {
    const result = [...tokens];
    const index = (n: number) => (result.length === 0 ? 0 : n % result.length);
    switch (mutation.kind) {
        case 'delete':
            result.splice(index(mutation.at), 1);
            return result;
        case 'duplicate':
            if (result.length) result.splice(index(mutation.at), 0, result[index(mutation.at)]);
            return result;
        case 'truncate':
            return result.slice(0, index(mutation.at));
        case 'cut': {
            const token = result[index(mutation.at)] ?? '';
            result[index(mutation.at)] = token.slice(0, mutation.keep % Math.max(token.length, 1));
            return result;
        }
        case 'enlarge': {
            const numbers = result.flatMap((token, i) => (/^[0-9]/.test(token) ? [i] : []));
            if (numbers.length) {
                const i = numbers[mutation.at % numbers.length];
                result[i] = '9'.repeat(mutation.digits) + result[i];
            }
            return result;
        }
        case 'splice': {
            const text = result.join('');
            const offset = text.length ? mutation.at % text.length : 0;
            return roughTokens(text.slice(0, offset) + mutation.text + text.slice(offset));
        }
        case 'swap': {
            const a = index(mutation.at);
            const b = index(mutation.other);
            [result[a], result[b]] = [result[b], result[a]];
            return result;
        }
        case 'insert':
            result.splice(index(mutation.at), 0, mutation.text);
            return result;
        case 'replace':
            result.splice(index(mutation.at), 1, mutation.text);
            return result;
        case 'layout':
            return relayout(result, mutation.style);
    }
}

/** Changes that keep the token sequence (and so the meaning) intact. */
function relayout(tokens: string[], style: 'collapse' | 'crlf' | 'spread' | 'comments' | 'bom'): string[] {
    const isSpace = (t: string) => /^\s+$/.test(t);
    switch (style) {
        case 'collapse':
            // Line comments need their line break; everything else fits on one line.
            return tokens.map((t, i) => (isSpace(t) && !tokens[i - 1]?.startsWith('//') ? ' ' : t));
        case 'crlf':
            return tokens.map(t => (isSpace(t) ? t.replace(/\r?\n/g, '\r\n') : t));
        case 'spread':
            return tokens.map(t => (isSpace(t) ? `${t}\n\n\t  ` : t));
        case 'comments':
            return tokens.map(t => (isSpace(t) ? ` /* c */${t}` : t));
        case 'bom':
            return ['\uFEFF', ...tokens];
    }
}
