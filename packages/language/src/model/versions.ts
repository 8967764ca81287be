/** Versions are exactly `MAJOR.MINOR.PATCH` (docs/language.md §1), compared numerically. */

export type Version = readonly [major: bigint, minor: bigint, patch: bigint];

export function parseVersion(text: string): Version | undefined {
    const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
    return match ? [BigInt(match[1]), BigInt(match[2]), BigInt(match[3])] : undefined;
}

/** Negative, zero or positive like a sort comparator; undefined if either is malformed. 1.10.0 > 1.9.0. */
export function compareVersions(a: string, b: string): number | undefined {
    const x = parseVersion(a);
    const y = parseVersion(b);
    if (!x || !y) return undefined;
    for (let i = 0; i < 3; i++) {
        if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    }
    return 0;
}
