import type { CustomPatternMatcherFunc } from 'chevrotain';

/**
 * Matchers for the two terminals that can scan far ahead before failing: an
 * unterminated block comment (`/*` with no `*\/` after it) and an unterminated
 * string (`"` with no closing quote on its line). Each failed attempt is linear,
 * but the lexer retries at every later `/*` or `"`, so a file of many unclosed
 * comments, or a long line of `"\"\"\…`, took quadratic time: a 240 KB file of
 * `/*` lines lexed in 9 s, and a 1 MB one would hang the editor and CI.
 *
 * These matchers accept exactly the language of the grammar's regexes (a test
 * compares them on random input) and remember, for the text being lexed, how far
 * a failed scan reached. A later attempt that starts inside that stretch must fail
 * the same way (the reasons are given below), so it fails at once. The memory is
 * kept per lexing run, keyed by the run's token array, and dies with it.
 */

const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;

/** `/\/\*[\s\S]*?\*\//`: the shortest `/* … *\/`. */
export function blockCommentMatcher(): CustomPatternMatcherFunc {
    // Per run: the first offset of a `/*` found to have no `*/` after it.
    const unclosedFrom = new WeakMap<object, number>();
    return (text, offset, tokens) => {
        if (text.charCodeAt(offset) !== SLASH || text.charCodeAt(offset + 1) !== STAR) return null;
        // No `*/` at or after from + 2 means none after any later start either.
        const from = tokens ? unclosedFrom.get(tokens) : undefined;
        if (from !== undefined && offset >= from) return null;
        const close = text.indexOf('*/', offset + 2);
        if (close < 0) {
            if (tokens) unclosedFrom.set(tokens, offset);
            return null;
        }
        return matchAt(text, offset, close + 2);
    };
}

/** `/"(?:[^"\\\r\n]|\\["\\nt]|\\u[0-9a-fA-F]{4})*"/`: a one-line string with the five escapes. */
export function stringMatcher(): CustomPatternMatcherFunc {
    // Per run: the last failed attempt, from its opening quote to where its scan stopped.
    const failed = new WeakMap<object, { start: number; stop: number }>();
    return (text, offset, tokens) => {
        if (text.charCodeAt(offset) !== QUOTE) return null;
        // A scan from `start` that stopped at `stop` met no unescaped quote: every `"`
        // in between closed a `\"`. A scan from such a quote is in step with the
        // first one from the next character on, and stops at `stop` just the same.
        const last = tokens ? failed.get(tokens) : undefined;
        if (last && offset > last.start && offset < last.stop) return null;
        const end = stringEnd(text, offset);
        if (end < 0) {
            if (tokens) failed.set(tokens, { start: offset, stop: -end });
            return null;
        }
        return matchAt(text, offset, end);
    };
}

/** The offset after the closing quote, or minus the offset where the scan stopped. */
function stringEnd(text: string, offset: number): number {
    let i = offset + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) return i + 1;
        if (c === CR || c === LF) return -i;
        if (c !== BACKSLASH) {
            i++;
            continue;
        }
        const escaped = text.charCodeAt(i + 1);
        if (escaped === QUOTE || escaped === BACKSLASH || escaped === 0x6e /* n */ || escaped === 0x74 /* t */) {
            i += 2;
        } else if (escaped === 0x75 /* u */ && isHex(text, i + 2) && isHex(text, i + 3) && isHex(text, i + 4) && isHex(text, i + 5)) {
            i += 6;
        } else {
            return -i;
        }
    }
    return -i;
}

function isHex(text: string, index: number): boolean {
    const c = text.charCodeAt(index);
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function matchAt(text: string, start: number, end: number): RegExpExecArray {
    const match = [text.slice(start, end)] as unknown as RegExpExecArray;
    match.index = start;
    match.input = text;
    return match;
}
