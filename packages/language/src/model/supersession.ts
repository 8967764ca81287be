import type { Agreement } from '../generated/ast.js';

/**
 * The `supersedes` relation between agreements (rules `supersedes-cycle` and
 * `supersedes-version`). Each agreement supersedes at most one other, so the
 * relation is a chain that either ends or runs into a loop.
 */

/**
 * The agreements `agreement` supersedes, directly first, following `supersedes`
 * until it ends, fails to resolve or comes back to an agreement already seen.
 */
export function supersededChain(agreement: Agreement): Agreement[] {
    const chain: Agreement[] = [];
    const seen = new Set<Agreement>([agreement]);
    for (let next = agreement.supersedes?.ref; next && !seen.has(next); next = next.supersedes?.ref) {
        chain.push(next);
        seen.add(next);
    }
    return chain;
}

/**
 * Results of supersessionCycle, shared between calls so that every agreement of
 * the workspace is walked over once in all (a version history of n agreements
 * costs n steps, not n²/2). `null` means "not on a cycle". Only valid while the
 * links do not change: keep it in a Langium WorkspaceCache.
 */
export type CycleMemo = Map<Agreement, Agreement[] | null>;

/**
 * When `agreement` supersedes itself, directly or through others, the cycle from
 * it back to it: [A, B, A]. Undefined otherwise, including when its chain runs into
 * a cycle it is not part of (that cycle belongs to its own members).
 */
export function supersessionCycle(agreement: Agreement, memo: CycleMemo = new Map()): Agreement[] | undefined {
    if (!memo.has(agreement)) {
        const path: Agreement[] = [];
        const position = new Map<Agreement, number>();
        let current: Agreement | undefined = agreement;
        while (current && !memo.has(current) && !position.has(current)) {
            position.set(current, path.length);
            path.push(current);
            current = current.supersedes?.ref;
        }
        // Back at an agreement of this walk: from there on, the path is a cycle.
        const cycleStart = current && position.has(current) ? position.get(current)! : path.length;
        const cycle = path.slice(cycleStart);
        cycle.forEach((member, i) => memo.set(member, [...cycle.slice(i), ...cycle.slice(0, i), member]));
        path.slice(0, cycleStart).forEach(a => memo.set(a, null));
    }
    return memo.get(agreement) ?? undefined;
}
