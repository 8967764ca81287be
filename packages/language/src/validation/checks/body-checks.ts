import type { ValidationAcceptor } from 'langium';
import { isBody, type Actor, type Agreement, type Body, type Role } from '../../generated/ast.js';
import { containingChain } from '../../model/actors.js';
import { resolvedParties } from '../../model/agreements.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';

/** Joint governance bodies (docs/language.md §4): `chair-not-member`, `body-coverage`. */

/** Parties that need no seat: they watch or deliver, they do not govern. */
const SEATLESS_ROLES: ReadonlySet<Role> = new Set<Role>(['observer', 'contractor']);

export class BodyChecks {
    /**
     * The chair is literally one of the members. A body without members already has
     * a `syntax` error for it, so the chair is not compared with an empty list.
     */
    checkChair(body: Body, accept: ValidationAcceptor): void {
        const chair = body.chair?.ref;
        if (!chair || body.members.length === 0 || !membersKnown(body) || cutShort(body)) return;
        if (body.members.some(m => m.ref === chair)) return;
        report(accept, 'chair-not-member', { node: body, property: 'chair' }, { name: qualifiedNameOf(chair) ?? chair.name, body: body.name });
    }

    /**
     * Every party except observers and contractors has a seat on every body. A party
     * is seated when a member is the party or belongs to it (`party Shanghai` is
     * seated by `members Shanghai.MedicalSecurity`). One diagnostic per party left
     * out, on the body's name.
     *
     * Runs once per agreement so the parties are collected once: each member then
     * marks its `of` chain (at most four steps), and the parties are only listed
     * again for a body that actually leaves someone out.
     */
    checkCoverage(agreement: Agreement, accept: ValidationAcceptor): void {
        if (cutShort(agreement)) return;
        const governing = new Set<Actor>();
        for (const { party, actor } of resolvedParties(agreement)) {
            if (!SEATLESS_ROLES.has(party.role ?? 'member')) governing.add(actor);
        }
        if (governing.size === 0) return;
        for (const body of agreement.members) {
            if (!isBody(body) || !membersKnown(body)) continue;
            const seated = new Set<Actor>();
            for (const member of body.members) {
                for (const actor of containingChain(member.ref!)) {
                    if (governing.has(actor)) seated.add(actor);
                }
            }
            if (seated.size === governing.size) continue;
            for (const actor of governing) {
                if (seated.has(actor)) continue;
                report(accept, 'body-coverage', { node: body, property: 'name' }, { body: body.name, party: qualifiedNameOf(actor) ?? actor.name });
            }
        }
    }
}

/**
 * Who sits on a body is only known when every member resolves: a misspelt member
 * may well be the chair or the party that seems left out, and `unresolved-reference`
 * already points at it.
 */
function membersKnown(body: Body): boolean {
    return body.members.every(m => m.ref !== undefined);
}
