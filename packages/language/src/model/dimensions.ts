import { isDepartment, isFunding, isOrganization, type Actor, type Agreement, type Dimension } from '../generated/ast.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import type { LocalizedText } from '../validation/rule-catalog.js';
import { LEVELS, isGovernmentActor, levelOf, regionOf, type Level } from './actors.js';
import { partyActors } from './agreements.js';
import { zhTerm } from '../glossary.js';

/**
 * The four dimensions of cross-boundary governance (docs/language.md §4) and whether an
 * agreement's parties support them. Each answer carries a reason in both languages,
 * so the validator, hover and code lens can say *why*.
 *
 * Only resolved parties count: an unresolved one is already an error, and guessing
 * what it would have been helps nobody.
 */

/** In the order of docs/language.md's table. */
export const DIMENSIONS: readonly Dimension[] = ['cross-region', 'cross-level', 'cross-department', 'public-private'];

export interface DimensionSupport {
    dimension: Dimension;
    supported: boolean;
    /** Why (not): "government parties lie in Shanghai and Hangzhou". */
    reason: LocalizedText;
}

/** Level names in reasons: the glossary's Chinese (the district level is 县级). */
const LEVEL_NAMES: Record<Level, LocalizedText> = {
    province: { en: 'province', 'zh-CN': zhTerm('level.province') },
    city: { en: 'city', 'zh-CN': zhTerm('level.city') },
    district: { en: 'district', 'zh-CN': zhTerm('level.district') },
    township: { en: 'township', 'zh-CN': zhTerm('level.township') },
};

/** The support for each of the four dimensions, in DIMENSIONS order. */
export function dimensionSupport(agreement: Agreement): DimensionSupport[] {
    const parties = [...partyActors(agreement)];
    return [crossRegion(parties), crossLevel(parties), crossDepartment(parties), publicPrivate(parties, publicFundings(agreement))];
}

/** Just the supported dimensions, in DIMENSIONS order. */
export function supportedDimensions(agreement: Agreement): Dimension[] {
    return dimensionSupport(agreement).filter(d => d.supported).map(d => d.dimension);
}

function crossRegion(parties: Actor[]): DimensionSupport {
    const regions = distinctNames(parties.filter(isGovernmentActor).map(regionOf));
    const list = regions.join(', ');
    const reason: LocalizedText = regions.length >= 2
        ? { en: `the government parties lie in ${list}`, 'zh-CN': `政府参与方分别位于 ${list}` }
        : regions.length === 1
            ? { en: `all government parties lie in ${list}`, 'zh-CN': `政府参与方都位于同一区域（${list}）` }
            : { en: 'no government party lies in a known city or province', 'zh-CN': '没有政府参与方位于已知的城市或省' };
    return { dimension: 'cross-region', supported: regions.length >= 2, reason };
}

function crossLevel(parties: Actor[]): DimensionSupport {
    const present = new Set(parties.filter(isGovernmentActor).map(levelOf));
    const levels = LEVELS.filter(l => present.has(l));
    const en = levels.map(l => LEVEL_NAMES[l].en).join(', ');
    const zh = levels.map(l => LEVEL_NAMES[l]['zh-CN']).join('、');
    const reason: LocalizedText = levels.length >= 2
        ? { en: `the government parties sit at ${en} level`, 'zh-CN': `政府参与方分属${zh}` }
        : levels.length === 1
            ? { en: `all government parties sit at ${en} level`, 'zh-CN': `政府参与方都处于同一层级（${zh}）` }
            : { en: 'no government party has a known administrative level', 'zh-CN': '没有政府参与方具有已知的行政层级' };
    return { dimension: 'cross-level', supported: levels.length >= 2, reason };
}

function crossDepartment(parties: Actor[]): DimensionSupport {
    const departments = distinctNames(parties.filter(isDepartment));
    const list = departments.join(', ');
    const reason: LocalizedText = departments.length >= 2
        ? { en: `the parties include the departments ${list}`, 'zh-CN': `参与方包括部门 ${list}` }
        : departments.length === 1
            ? { en: `only one party is a department (${list})`, 'zh-CN': `只有一个参与方是部门（${list}）` }
            : { en: 'no party is a department', 'zh-CN': '没有参与方是部门' };
    return { dimension: 'cross-department', supported: departments.length >= 2, reason };
}

/**
 * §2.5: a funding paid by a government actor to an organization supports
 * `public-private` like an organization party does, whether or not its actors are
 * parties (that they must be is `not-a-party`'s job). Unresolved ends do not count.
 */
function publicFundings(agreement: Agreement): string[] {
    const names: string[] = [];
    for (const funding of agreement.members.filter(isFunding)) {
        const by = funding.by?.ref;
        const to = funding.to?.ref;
        if (by && to && isGovernmentActor(by) && isOrganization(to) && funding.name) names.push(funding.name);
    }
    return names;
}

function publicPrivate(parties: Actor[], fundings: string[]): DimensionSupport {
    const organizations = distinctNames(parties.filter(isOrganization));
    const hasGovernment = parties.some(isGovernmentActor);
    const list = organizations.join(', ');
    if (fundings.length > 0 && !(organizations.length > 0 && hasGovernment)) {
        const names = fundings.join(', ');
        return {
            dimension: 'public-private',
            supported: true,
            reason: fundings.length === 1
                ? { en: `the funding ${names} is paid by a government actor to an organization`, 'zh-CN': `资金安排 ${names} 由政府主体向组织提供` }
                : { en: `the fundings ${names} are paid by government actors to organizations`, 'zh-CN': `资金安排 ${names} 由政府主体向组织提供` },
        };
    }
    const reason: LocalizedText = organizations.length === 0
        ? { en: 'no party is a non-government organization', 'zh-CN': '没有参与方是非政府组织' }
        : !hasGovernment
            ? { en: 'no party is a government actor', 'zh-CN': '没有参与方是政府主体' }
            : organizations.length === 1
                ? { en: `the organization ${list} cooperates with government parties`, 'zh-CN': `组织 ${list} 与政府参与方合作` }
                : { en: `the organizations ${list} cooperate with government parties`, 'zh-CN': `组织 ${list} 与政府参与方合作` };
    return { dimension: 'public-private', supported: organizations.length > 0 && hasGovernment, reason };
}

/** Qualified names of the distinct, defined actors, in first-seen order. */
function distinctNames(actors: ReadonlyArray<Actor | undefined>): string[] {
    const names = new Set<string>();
    for (const actor of actors) {
        const name = actor && qualifiedNameOf(actor);
        if (name) names.add(name);
    }
    return [...names];
}
