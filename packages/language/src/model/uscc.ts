/**
 * The Unified Social Credit Code of GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (digits and upper-case letters without I, O, S, V, Z), the last one a
 * check character over the first seventeen.
 */

export const USCC_LENGTH = 18;
/** The alphabet in code-value order: a character's index is its value (0–30). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17 (3^(i-1) mod 31). */
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The check character for the first seventeen characters of a code:
 * 31 − (Σ value × weight mod 31), where 31 stands for 0.
 * Undefined when the input is not seventeen characters of the alphabet.
 */
export function computeCheckCharacter(first17: string): string | undefined {
    if (first17.length !== USCC_LENGTH - 1) return undefined;
    let sum = 0;
    for (let i = 0; i < first17.length; i++) {
        const value = USCC_CHARSET.indexOf(first17[i]);
        if (value < 0) return undefined;
        sum += value * USCC_WEIGHTS[i];
    }
    return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** Why a code is not a valid USCC; the first problem found, in this order. */
export type UsccProblem =
    | { kind: 'length'; length: number }
    /** `position` is 1-based, as people count characters in a code. */
    | { kind: 'character'; character: string; position: number }
    | { kind: 'check-character'; expected: string; actual: string; corrected: string };

/** Undefined when the code is valid. Lengths count Unicode code points, not UTF-16 units. */
export function validateUscc(code: string): UsccProblem | undefined {
    const characters = [...code];
    if (characters.length !== USCC_LENGTH) return { kind: 'length', length: characters.length };
    const bad = characters.findIndex(c => !USCC_CHARSET.includes(c));
    if (bad >= 0) return { kind: 'character', character: characters[bad], position: bad + 1 };
    const expected = computeCheckCharacter(code.slice(0, USCC_LENGTH - 1))!;
    const actual = code[USCC_LENGTH - 1];
    return expected === actual
        ? undefined
        : { kind: 'check-character', expected, actual, corrected: code.slice(0, USCC_LENGTH - 1) + expected };
}

export function isValidUscc(code: string): boolean {
    return validateUscc(code) === undefined;
}
