import unhomoglyph from 'unhomoglyph';

/**
 * Unicode facts the rules `hidden-text` and `confusable-name` and NFC name comparison
 * rest on (docs/language.md §1, §4; docs/rules-decisions.md "Hidden text and lookalike
 * names"). The data is Unicode's, never a hand-made table:
 * - confusables: Unicode's confusables.txt (UTS #39), as shipped by the npm package
 *   `unhomoglyph` (nodeca; MIT; one JSON of 6,300 mappings, no dependencies);
 * - scripts: the Script property through regular-expression property escapes
 *   (`\p{Script=Latin}`), i.e. the ICU data of the running Node.js;
 * - normalization: `String.prototype.normalize` (ICU).
 * The one list written here is the set of characters §1 names, with their Unicode
 * names for messages.
 */

/** The characters `hidden-text` refuses (§1), with their Unicode names. */
export const HIDDEN_CHARACTERS: ReadonlyMap<number, string> = new Map([
    [0x061c, 'ARABIC LETTER MARK'],
    [0x200e, 'LEFT-TO-RIGHT MARK'],
    [0x200f, 'RIGHT-TO-LEFT MARK'],
    [0x2028, 'LINE SEPARATOR'],
    [0x2029, 'PARAGRAPH SEPARATOR'],
    [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
    [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
    [0x202c, 'POP DIRECTIONAL FORMATTING'],
    [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
    [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
    [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
    [0x2068, 'FIRST STRONG ISOLATE'],
    [0x2069, 'POP DIRECTIONAL ISOLATE'],
]);

/** Matches any character of HIDDEN_CHARACTERS (global: use with matchAll or reset lastIndex). */
export const HIDDEN_CHARACTER_PATTERN = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `U+202E` */
export function codePointLabel(codePoint: number): string {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+0007` for a character without a name here. */
export function describeCodePoint(codePoint: number): string {
    const name = HIDDEN_CHARACTERS.get(codePoint);
    return name ? `${codePointLabel(codePoint)} ${name}` : codePointLabel(codePoint);
}

/**
 * Whether a character is invisible or ambiguous when printed as is: controls,
 * format characters (bidi controls, zero-width joiners), separators other than the
 * space, unassigned and private-use code points. Messages show these by code point.
 */
export function isInvisible(char: string): boolean {
    return /^[\p{C}\p{Z}]$/u.test(char) && char !== ' ';
}

/**
 * Names compare after NFC (§1): `金` written as U+91D1 and as the compatibility
 * ideograph U+F90A is one name. ASCII, the usual case, is returned as it is.
 */
export function normalizeName(name: string): string {
    // eslint-disable-next-line no-control-regex
    return /^[\u0000-\u007f]*$/.test(name) ? name : name.normalize('NFC');
}

const skeletonOfChar = new Map<string, string>();

/**
 * The UTS #39 skeleton of a string: NFD, each character replaced by its confusables.txt
 * prototype, NFD again. Two strings with the same skeleton look alike
 * (`Shаnghai` with a Cyrillic а, and `Shanghai`).
 */
export function skeleton(text: string): string {
    let known = skeletons.get(text);
    if (known === undefined) {
        // Names repeat (every keystroke re-indexes a file): remembered, within a bound.
        if (skeletons.size >= 100_000) skeletons.clear();
        known = computeSkeleton(text);
        skeletons.set(text, known);
    }
    return known;
}

const skeletons = new Map<string, string>();

function computeSkeleton(text: string): string {
    let mapped = '';
    for (const char of text.normalize('NFD')) {
        let prototype = skeletonOfChar.get(char);
        if (prototype === undefined) {
            prototype = unhomoglyph(char);
            skeletonOfChar.set(char, prototype);
        }
        mapped += prototype;
    }
    return mapped.normalize('NFD');
}

export type ScriptFamily = 'Latin' | 'Cyrillic' | 'Greek' | 'full-width Latin';

const FULL_WIDTH_LATIN = /^[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/;

function familyOf(char: string): ScriptFamily | undefined {
    if (FULL_WIDTH_LATIN.test(char)) return 'full-width Latin';
    if (/^\p{Script=Latin}$/u.test(char)) return 'Latin';
    if (/^\p{Script=Cyrillic}$/u.test(char)) return 'Cyrillic';
    if (/^\p{Script=Greek}$/u.test(char)) return 'Greek';
    return undefined;
}

export interface MixedScript {
    /** The scripts found, in order of first appearance. */
    scripts: ScriptFamily[];
    /** The characters outside the name's main script (or every full-width one), for the message. */
    suspects: string[];
}

/**
 * A name that mixes Latin with Cyrillic or Greek letters, or holds full-width Latin
 * (rustc's `mixed_script_confusables`, narrowed to the scripts that look like Latin).
 * Han, digits and `_` mix with anything. Returns undefined for a name in one script.
 */
export function mixedScript(name: string): MixedScript | undefined {
    // Plain ASCII, the usual case, cannot mix.
    // eslint-disable-next-line no-control-regex
    if (/^[\u0000-\u007f]*$/.test(name)) return undefined;
    const counts = new Map<ScriptFamily, number>();
    const chars = [...name];
    const families = chars.map(familyOf);
    for (const family of families) if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
    const scripts = [...counts.keys()];
    const fullWidth = counts.has('full-width Latin');
    const mixed = counts.has('Latin') && (counts.has('Cyrillic') || counts.has('Greek'));
    if (!fullWidth && !mixed && !(counts.has('Cyrillic') && counts.has('Greek'))) return undefined;
    // The main script is the most frequent; ties go to Latin, the script of most names.
    const main = [...counts.entries()].filter(([f]) => f !== 'full-width Latin')
        .sort((a, b) => b[1] - a[1] || (a[0] === 'Latin' ? -1 : b[0] === 'Latin' ? 1 : 0))[0]?.[0];
    const suspects = chars.filter((_, i) => families[i] !== undefined && families[i] !== main);
    return { scripts, suspects: [...new Set(suspects)] };
}

/** `а (U+0430)`: a character and its code point, for messages. */
export function showCharacter(char: string): string {
    return `${char} (${codePointLabel(char.codePointAt(0)!)})`;
}

/** The characters of `name` that differ from `other` position by position (for messages). */
export function differingCharacters(name: string, other: string): string[] {
    const a = [...name];
    const b = [...other];
    const result: string[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !result.includes(a[i])) result.push(a[i]);
    return result;
}
