/**
 * "Did you mean …" (docs/language.md §4, §4.1): the optimal-string-alignment
 * distance (Levenshtein plus the swap of two neighbours, the commonest typing slip:
 * `purpse`, `HSRR` for `HRSS`), counted in code points so that Chinese names count
 * one per character.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
    const s = [...a];
    const t = [...b];
    if (Math.abs(s.length - t.length) > limit) return Number.POSITIVE_INFINITY;
    let previous2: number[] = [];
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit) return Number.POSITIVE_INFINITY;
        previous2 = previous;
        previous = current;
    }
    return previous[t.length];
}

/** How far a word may be from a suggestion: one slip per three characters, at least one (rustc's rule of thumb). */
export function suggestionLimit(word: string): number {
    return Math.max(1, Math.floor([...word].length / 3));
}

/**
 * The candidate nearest to `word` within the limit, or undefined. Ties go to the
 * first candidate; a candidate that only differs in case wins outright.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = suggestionLimit(word)): string | undefined {
    let best: string | undefined;
    let bestDistance = limit + 1;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        if (candidate === word) continue;
        if (candidate.toLowerCase() === lower) return candidate;
        const distance = editDistance(word, candidate, bestDistance);
        // On a tie, the candidate of the word's length (two letters swapped beats one dropped: `dasy` → `days`).
        const better = distance < bestDistance
            || (distance === bestDistance && best !== undefined && [...candidate].length === [...word].length && [...best].length !== [...word].length);
        if (better) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
