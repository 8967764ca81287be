import type { AstNode, Reference } from 'langium';
import {
    isBody, isExchange, isFunding, isObligation, isService,
    type Actor, type Agreement, type Party,
} from '../generated/ast.js';

/** Parties and the actors an agreement names, as the rules of §4 see them. */

export interface ResolvedParty {
    party: Party;
    actor: Actor;
}

/** Party lines whose actor resolves, in source order (repeated actors are kept). */
export function resolvedParties(agreement: Agreement): ResolvedParty[] {
    const result: ResolvedParty[] = [];
    for (const party of agreement.parties) {
        const actor = party.actor?.ref;
        if (actor) result.push({ party, actor });
    }
    return result;
}

/** The distinct actors that are parties; unresolved party lines are left out. */
export function partyActors(agreement: Agreement): Set<Actor> {
    return new Set(resolvedParties(agreement).map(p => p.actor));
}

/**
 * One place where an agreement member names an actor that must belong to a party
 * (`not-a-party`, §4): the node and property holding the reference, its index in a
 * list, and the keyword a drafter sees (`users`, `costs`, ...).
 */
export interface ActorMention {
    node: AstNode;
    property: string;
    index?: number;
    keyword: string;
    reference: Reference<Actor>;
}

/**
 * Every actor reference of §4's `not-a-party` list, in source order per member.
 * `onward allowed-to` is left out on purpose: it names third parties.
 */
export function actorMentions(agreement: Agreement): ActorMention[] {
    const mentions: ActorMention[] = [];
    const single = (node: AstNode, property: string, keyword: string, reference: Reference<Actor> | undefined) => {
        if (reference) mentions.push({ node, property, keyword, reference });
    };
    const list = (node: AstNode, property: string, keyword: string, references: ReadonlyArray<Reference<Actor>>) => {
        references.forEach((reference, index) => mentions.push({ node, property, index, keyword, reference }));
    };
    for (const member of agreement.members) {
        if (isBody(member)) {
            list(member, 'members', 'members', member.members);
            single(member, 'chair', 'chair', member.chair);
        } else if (isService(member)) {
            single(member, 'provider', 'provider', member.provider);
            list(member, 'users', 'users', member.users);
            single(member, 'collectsAt', 'collects-at', member.collectsAt);
            single(member, 'processesAt', 'processes-at', member.processesAt);
            for (const share of member.costs?.shares ?? []) {
                single(share, 'actor', 'costs', share.actor);
            }
        } else if (isExchange(member)) {
            single(member, 'from', 'from', member.from);
            list(member, 'to', 'to', member.to);
        } else if (isFunding(member)) {
            // §2.5: the payer and the recipient are bound by the agreement too.
            single(member, 'by', 'by', member.by);
            single(member, 'to', 'to', member.to);
        } else if (isObligation(member)) {
            single(member, 'by', 'by', member.by);
            list(member, 'beneficiaries', 'for', member.beneficiaries);
        }
    }
    return mentions;
}
