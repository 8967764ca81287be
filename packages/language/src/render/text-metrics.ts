/**
 * Text widths without a browser. The diagram is laid out where no font engine runs
 * (the CLI, the language server), so node sizes come from an estimate: CJK
 * characters are one em wide in every CJK font, Latin characters are estimated per
 * class from common sans-serif fonts. The estimate errs on the wide side, so text
 * never overflows its box; a little extra padding is the price.
 */

const NARROW = new Set([...'iljI.,;:!|\'`()[]{} ']);
const WIDE_LATIN = new Set([...'mwMW@%&']);

/** Width of one character in ems. */
function charWidth(char: string): number {
    const code = char.codePointAt(0)!;
    if (isWide(code)) return 1;
    if (NARROW.has(char)) return 0.32;
    if (WIDE_LATIN.has(char)) return 0.9;
    if (char >= 'A' && char <= 'Z') return 0.7;
    if (char >= '0' && char <= '9') return 0.58;
    return 0.58;
}

/** CJK ideographs, kana, Hangul, full-width forms and CJK punctuation take a full em. */
function isWide(code: number): boolean {
    return (code >= 0x1100 && code <= 0x115f)
        || (code >= 0x2e80 && code <= 0xa4cf)
        || (code >= 0xac00 && code <= 0xd7a3)
        || (code >= 0xf900 && code <= 0xfaff)
        || (code >= 0xfe30 && code <= 0xfe4f)
        || (code >= 0xff00 && code <= 0xff60)
        || (code >= 0xffe0 && code <= 0xffe6)
        || (code >= 0x1f300 && code <= 0x1faff)
        || (code >= 0x20000 && code <= 0x3fffd);
}

export function textWidth(text: string, fontSize: number): number {
    let ems = 0;
    for (const char of text) ems += charWidth(char);
    return ems * fontSize;
}

/**
 * Wraps text into lines no wider than `maxWidth`. Latin text breaks at spaces; CJK
 * text may break between any two characters, but never before closing punctuation
 * (，。、）」 ...), as Chinese typesetting requires. At most `maxLines` lines: the
 * last one ends in `…` when text was cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
    const lines: string[] = [];
    let current = '';
    for (const token of tokens(text)) {
        const candidate = current + token;
        if (current !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
            lines.push(current.trimEnd());
            current = token.trimStart();
        } else {
            current = candidate;
        }
        // A single token wider than a line (a long code or URL) is split by characters.
        while (textWidth(current, fontSize) > maxWidth && [...current].length > 1) {
            const [head, rest] = splitAtWidth(current, maxWidth, fontSize);
            lines.push(head);
            current = rest;
        }
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = ellipsize(kept[maxLines - 1], maxWidth, fontSize);
    return kept;
}

const NO_BREAK_BEFORE = new Set([...'，。、；：？！）》」』】〕,.;:?!)…%']);

/** Words (with their trailing space) and single CJK characters (with closing punctuation attached). */
function tokens(text: string): string[] {
    const result: string[] = [];
    const chars = [...text.replace(/\s+/g, ' ')];
    let word = '';
    for (const char of chars) {
        const wide = isWide(char.codePointAt(0)!);
        if (NO_BREAK_BEFORE.has(char)) {
            if (word) word += char;
            else if (result.length) result[result.length - 1] += char;
            else word = char;
        } else if (wide) {
            if (word) result.push(word);
            word = char;
            result.push(word);
            word = '';
        } else if (char === ' ') {
            result.push(word + ' ');
            word = '';
        } else {
            word += char;
        }
    }
    if (word) result.push(word);
    return result.filter(t => t !== '');
}

function splitAtWidth(text: string, maxWidth: number, fontSize: number): [string, string] {
    const chars = [...text];
    let width = 0;
    let index = 0;
    while (index < chars.length && width + charWidth(chars[index]) * fontSize <= maxWidth) {
        width += charWidth(chars[index]) * fontSize;
        index++;
    }
    index = Math.max(index, 1);
    return [chars.slice(0, index).join(''), chars.slice(index).join('')];
}

function ellipsize(line: string, maxWidth: number, fontSize: number): string {
    const chars = [...line];
    while (chars.length && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
    return chars.join('').trimEnd() + '…';
}
