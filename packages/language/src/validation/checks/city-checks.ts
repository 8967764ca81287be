import type { ValidationAcceptor } from 'langium';
import type { City, Tier } from '../../generated/ast.js';
import { groupDigits } from '../../model/digit-groups.js';
import { tierForPopulation, tierRange } from '../../model/tiers.js';
import { report } from '../report.js';
import type { LocalizedText } from '../rule-catalog.js';

/** `tier-population` (docs/language.md §2.1): a city's tier follows its urban resident population. */

const TIER_NAMES: Record<Tier, LocalizedText> = {
    super: { en: 'super', 'zh-CN': '超大城市' },
    mega: { en: 'mega', 'zh-CN': '特大城市' },
    large: { en: 'large', 'zh-CN': '大城市' },
    medium: { en: 'medium', 'zh-CN': '中等城市' },
    small: { en: 'small', 'zh-CN': '小城市' },
};

export class CityChecks {
    /** Only when both are given: a tier alone, or a population alone, contradicts nothing. */
    checkTierPopulation(city: City, accept: ValidationAcceptor): void {
        const { tier, population } = city;
        if (!tier || population === undefined || !/^\d+$/.test(population)) return;
        const expected = tierForPopulation(BigInt(population));
        if (expected === tier) return;
        const [min, max] = tierRange(expected);
        const range = max === undefined ? `≥ ${group(min)}` : `${group(min)} – ${group(max)}`;
        report(accept, 'tier-population', { node: city, property: 'tier' }, {
            name: city.name,
            tier,
            // From the digits, not BigInt#toString: that is slow on a huge population.
            population: groupDigits(population.replace(/^0+(?=\d)/, '')),
            expected: {
                en: `the range of tier ${expected} (${range})`,
                'zh-CN': `${TIER_NAMES[expected]['zh-CN']}（${expected}，${range}）`,
            },
        });
    }
}

/** 11200000n → "11,200,000". */
function group(value: bigint): string {
    return groupDigits(value.toString());
}
