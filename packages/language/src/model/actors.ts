import {
    isCity, isDepartment, isDistrict, isOrganization, isProvince, isTownship,
    type Actor, type City, type Department, type Jurisdiction, type Province,
} from '../generated/ast.js';

/**
 * How actors relate to each other (docs/language.md §2.1–2.2, §4): the `of` chain,
 * administrative levels and regions. Every function tolerates unresolved
 * references: a broken `of` simply ends the chain, because `unresolved-reference`
 * already tells the user about it.
 */

export type Level = 'province' | 'city' | 'district' | 'township';

/** Administrative levels, highest first. */
export const LEVELS: readonly Level[] = ['province', 'city', 'district', 'township'];

/**
 * The jurisdiction an actor is `of`: a department's jurisdiction, a district's
 * city, a township's district. A city's `within` is deliberately not `of`: it
 * records the province without placing or naming the city under it (§2.1).
 */
export function parentOf(actor: Actor): Jurisdiction | undefined {
    if (isDepartment(actor)) return actor.jurisdiction?.ref;
    if (isDistrict(actor)) return actor.city?.ref;
    if (isTownship(actor)) return actor.district?.ref;
    return undefined;
}

/**
 * The actor followed by every jurisdiction it is `of`, nearest first:
 * `Guangzhou.Tianhe.Police` → [Police, Tianhe, Guangzhou]. The grammar only lets
 * `of` point one level up, so the chain has at most four entries; the guard is
 * there for half-linked documents only.
 */
export function containingChain(actor: Actor): Actor[] {
    const chain: Actor[] = [actor];
    for (let parent = parentOf(actor); parent && chain.length < 8 && !chain.includes(parent); parent = parentOf(parent)) {
        chain.push(parent);
    }
    return chain;
}

/** True when `actor` is `container` or is `of` it, transitively. */
export function isWithin(actor: Actor, container: Actor): boolean {
    return containingChain(actor).includes(container);
}

/**
 * The party an actor belongs to (§4): the actor itself when it is a party, else
 * the nearest jurisdiction it is `of` that is a party. Undefined when none is.
 */
export function partyOf(actor: Actor, parties: ReadonlySet<Actor>): Actor | undefined {
    return containingChain(actor).find(a => parties.has(a));
}

export function belongsToParty(actor: Actor, parties: ReadonlySet<Actor>): boolean {
    return partyOf(actor, parties) !== undefined;
}

/** Jurisdictions and departments act for government; organizations do not (§2.2). */
export function isGovernmentActor(actor: Actor): actor is Jurisdiction | Department {
    return !isOrganization(actor);
}

/**
 * An actor's administrative level. A department sits at its jurisdiction's level;
 * an organization has none, and neither has a department whose `of` is unresolved.
 */
export function levelOf(actor: Actor): Level | undefined {
    if (isProvince(actor)) return 'province';
    if (isCity(actor)) return 'city';
    if (isDistrict(actor)) return 'district';
    if (isTownship(actor)) return 'township';
    if (isDepartment(actor)) {
        const jurisdiction = actor.jurisdiction?.ref;
        return jurisdiction ? levelOf(jurisdiction) : undefined;
    }
    return undefined;
}

/**
 * The region an actor lies in, for `cross-region` (§4): the city it is or lies in,
 * following `of`. A province, or a department of a province, is its own region.
 * Organizations have no region: their seat says nothing about which governments
 * cooperate.
 */
export function regionOf(actor: Actor): City | Province | undefined {
    if (isOrganization(actor)) return undefined;
    return containingChain(actor).find((a): a is City | Province => isCity(a) || isProvince(a));
}

/** The kind of declaration an actor is, as export and render name it. */
export type ActorKindName = 'province' | 'city' | 'district' | 'township' | 'department' | 'organization';

export function actorKindName(actor: Actor): ActorKindName {
    if (isProvince(actor)) return 'province';
    if (isCity(actor)) return 'city';
    if (isDistrict(actor)) return 'district';
    if (isTownship(actor)) return 'township';
    if (isDepartment(actor)) return 'department';
    return 'organization';
}

/**
 * §2.1: the county-level kind (`county-level-city`, `county` …) of the district an
 * actor is or acts for (a department `of` a district), `district` when the source
 * declares none; undefined above or below the district level.
 */
export function districtKindOf(actor: Actor): string | undefined {
    const place = isDepartment(actor) ? actor.jurisdiction?.ref : actor;
    return place && isDistrict(place) ? place.kind ?? 'district' : undefined;
}
