/**
 * Exact percentages (docs/language.md §1): a percentage has at most two decimals, so it
 * is held as a whole number of hundredths of a percent in a BigInt. No floating
 * point anywhere: 33.33% + 33.33% + 33.34% must be exactly 100%.
 */

/** 100% in hundredths of a percent. */
export const ONE_HUNDRED_PERCENT = 10000n;

/**
 * `"33.33%"` → 3333n; undefined for anything that is not a well-formed percentage,
 * including a share the parser could not read (undefined in a half-parsed file).
 */
export function parsePercent(text: string | undefined): bigint | undefined {
    if (typeof text !== 'string') return undefined;
    const match = /^(\d+)(?:\.(\d{1,2}))?%$/.exec(text.trim());
    if (!match) return undefined;
    const [, whole, fraction = ''] = match;
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** The exact sum of percentages in hundredths; undefined if any of them is malformed. */
export function sumPercents(texts: Iterable<string | undefined>): bigint | undefined {
    let total = 0n;
    for (const text of texts) {
        const value = parsePercent(text);
        if (value === undefined) return undefined;
        total += value;
    }
    return total;
}

/** Hundredths back to the shortest exact decimal, without `%`: 10000n → "100", 9050n → "90.5". */
export function formatHundredths(value: bigint): string {
    const sign = value < 0n ? '-' : '';
    const magnitude = value < 0n ? -value : value;
    const whole = magnitude / 100n;
    const fraction = (magnitude % 100n).toString().padStart(2, '0').replace(/(?<!0)0+$/, ''); // the lookbehind keeps it linear (a run is tried once)
    return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
