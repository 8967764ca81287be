import type { ValidationAcceptor } from 'langium';
import { isMember, type Actor, type Agreement } from '../../generated/ast.js';
import type { AstNode } from 'langium';
import { partyOf } from '../../model/actors.js';
import { actorMentions, partyActors, resolvedParties } from '../../model/agreements.js';
import { qualifiedNameOf, referenceText } from '../../references/qualified-names.js';
import { keywordLabel } from '../../glossary.js';
import { report } from '../report.js';
import { afterSyntaxError, cutShort, partiesUncertain } from '../cut-short.js';
import { phrase } from '../terms.js';

/**
 * Who is bound by an agreement (docs/language.md §4): `too-few-parties`,
 * `duplicate-party` and `not-a-party`. Unresolved references are skipped: they
 * already carry `unresolved-reference`.
 */
export class PartyChecks {
    /**
     * At least two distinct parties. An unresolved party line still counts (it is a
     * party with a typo, not a missing one); the same actor listed twice counts once.
     */
    checkPartyCount(agreement: Agreement, accept: ValidationAcceptor): void {
        const distinct = new Set<Actor | string>();
        for (const party of agreement.parties) {
            if (!party.actor) continue;
            distinct.add(party.actor.ref ?? `unresolved:${referenceText(party.actor)}`);
        }
        if (distinct.size >= 2 || cutShort(agreement)) return;
        const count = distinct.size === 0
            ? phrase('no parties', '没有参与方')
            : phrase('only one party', '只有一个参与方');
        report(accept, 'too-few-parties', { node: agreement, property: 'name' }, { name: agreement.name, count }, {});
    }

    /** Every repetition of an actor is reported on the repeated party line. */
    checkDuplicateParties(agreement: Agreement, accept: ValidationAcceptor): void {
        const seen = new Set<Actor>();
        for (const { party, actor } of resolvedParties(agreement)) {
            if (seen.has(actor)) {
                report(accept, 'duplicate-party', { node: party, property: 'actor' }, { name: qualifiedNameOf(actor) ?? actor.name });
            }
            seen.add(actor);
        }
    }

    /**
     * Every actor named by a body, service, exchange or obligation must belong to a
     * party. Each reference costs one walk up its `of` chain (at most four steps), so
     * the check is linear in the size of the agreement.
     */
    checkActorsArePartiesOrBelong(agreement: Agreement, accept: ValidationAcceptor): void {
        if (partiesUncertain(agreement)) return;
        const parties = partyActors(agreement);
        for (const mention of actorMentions(agreement)) {
            const actor = mention.reference.ref;
            if (!actor || partyOf(actor, parties)) continue;
            // A name after a slip in its member may be recovery's reading, not the author's (§4.1).
            const offset = mention.reference.$refNode?.offset;
            if (offset === undefined || afterSyntaxError(memberOf(mention.node), offset)) continue;
            const name = qualifiedNameOf(actor) ?? actor.name;
            report(accept, 'not-a-party',
                { node: mention.node, property: mention.property as never, index: mention.index },
                { name, property: keywordLabel(mention.keyword), agreement: agreement.name },
                { actor: name });
        }
    }
}

/** The agreement member a mention sits in (a cost share sits in its service's `costs`). */
function memberOf(node: AstNode): AstNode {
    let current: AstNode | undefined = node;
    while (current && !isMember(current)) current = current.$container;
    return current ?? node;
}
