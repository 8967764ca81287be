import {
    isCity, isDepartment, isDistrict, isJurisdiction, isTownship,
    type Actor, type City, type Jurisdiction,
} from '../generated/ast.js';
import { containingChain } from './actors.js';

/**
 * GB/T 2260 administrative division codes (docs/language.md §2.1, rule `division-code`):
 * 6 digits, 9 for a township (GB/T 10114), nesting under the parent's code.
 */

/** The length a jurisdiction's code must have. */
export function expectedCodeLength(jurisdiction: Jurisdiction): 6 | 9 {
    return isTownship(jurisdiction) ? 9 : 6;
}

/**
 * A municipality directly under the central government (Beijing, Shanghai, ...):
 * declared as a city with no `within` (§2.1) and coded like a province (`310000`).
 */
export function isMunicipality(city: City): boolean {
    return !city.within && !!city.code && /^\d{2}0000$/.test(city.code);
}

/** The parent whose code a jurisdiction's code must start with, and how many digits must match. */
export interface CodeParent {
    parent: Jurisdiction;
    prefixLength: number;
}

/**
 * §4: a city's first 2 digits are its province's (only via `within`), a district's
 * first 4 its city's, a township's first 6 its district's.
 *
 * One deliberate exception: GB/T 2260 codes the districts of a municipality under
 * `xx01` (Shanghai 310000, Pudong 310115; Chongqing's counties under `xx02`), so
 * the 4-digit rule would reject every real district of Beijing, Shanghai, Tianjin
 * and Chongqing. For a municipality only the first 2 digits must match.
 */
export function codeParent(jurisdiction: Jurisdiction): CodeParent | undefined {
    if (isCity(jurisdiction)) {
        const province = jurisdiction.within?.ref;
        return province ? { parent: province, prefixLength: 2 } : undefined;
    }
    if (isDistrict(jurisdiction)) {
        const city = jurisdiction.city?.ref;
        if (!city) return undefined;
        return { parent: city, prefixLength: isMunicipality(city) ? 2 : 4 };
    }
    if (isTownship(jurisdiction)) {
        const district = jurisdiction.district?.ref;
        return district ? { parent: district, prefixLength: 6 } : undefined;
    }
    return undefined;
}

export type DivisionCodeProblem =
    | { kind: 'length'; expected: 6 | 9; actual: number }
    | { kind: 'parent'; parent: Jurisdiction; parentCode: string; prefix: string };

/**
 * Undefined when the code is fine, or when there is nothing to compare it with.
 * Consistency is only checked when both codes have the right length: a parent with
 * a malformed code gets its own diagnostic, and comparing against it would only
 * repeat that.
 */
export function divisionCodeProblem(jurisdiction: Jurisdiction): DivisionCodeProblem | undefined {
    const code = jurisdiction.code;
    if (code === undefined) return undefined;
    const expected = expectedCodeLength(jurisdiction);
    if (code.length !== expected) return { kind: 'length', expected, actual: code.length };
    const rule = codeParent(jurisdiction);
    const parentCode = rule?.parent.code;
    if (!rule || parentCode === undefined || parentCode.length !== expectedCodeLength(rule.parent)) return undefined;
    const prefix = parentCode.slice(0, rule.prefixLength);
    return code.startsWith(prefix) ? undefined : { kind: 'parent', parent: rule.parent, parentCode, prefix };
}

/**
 * The division code that locates an actor: its own code if it is a jurisdiction,
 * else the code of the nearest jurisdiction it is `of` that has one (for export
 * and hover: a department of Shanghai is in 310000). Organizations have none.
 */
export function divisionCodeOf(actor: Actor): string | undefined {
    if (!isJurisdiction(actor) && !isDepartment(actor)) return undefined;
    for (const a of containingChain(actor)) {
        if (isJurisdiction(a) && a.code !== undefined) return a.code;
    }
    return undefined;
}
