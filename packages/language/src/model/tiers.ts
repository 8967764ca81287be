import type { Tier } from '../generated/ast.js';

/**
 * City-size tiers by urban resident population (docs/language.md §2.1, after the State
 * Council's 2014 classification), largest first. `min` is inclusive.
 */
export const TIER_THRESHOLDS: ReadonlyArray<{ tier: Tier; min: bigint }> = [
    { tier: 'super', min: 10_000_000n },
    { tier: 'mega', min: 5_000_000n },
    { tier: 'large', min: 1_000_000n },
    { tier: 'medium', min: 500_000n },
    { tier: 'small', min: 0n },
];

/** The tier a population belongs to. BigInt, because `population` is any digit string. */
export function tierForPopulation(population: bigint): Tier {
    return TIER_THRESHOLDS.find(t => population >= t.min)!.tier;
}

/** The population range of a tier as [min, max], max undefined for `super`. */
export function tierRange(tier: Tier): [min: bigint, max: bigint | undefined] {
    const index = TIER_THRESHOLDS.findIndex(t => t.tier === tier);
    const max = index > 0 ? TIER_THRESHOLDS[index - 1].min - 1n : undefined;
    return [TIER_THRESHOLDS[index].min, max];
}
