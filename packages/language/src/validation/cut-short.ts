import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { isAgreement, isMember, type Agreement } from '../generated/ast.js';

/**
 * docs/language.md §4.1, files that do not parse: the one place that decides whether
 * a declaration was cut short by a syntax error. Every check of something *absent*
 * (a missing clause, too few parties, a missing purpose, basis, retention, amount,
 * location, a dimension the lost party lines would have supported …) asks here first:
 * after a syntax error the parser's recovery, not the author, may have left it out.
 *
 * A node's *extent* runs from its first character to where the next node of its
 * container begins (or, for the last one, to the end of its container's extent): the
 * text that recovery skipped after a broken line belongs to the declaration it broke.
 * A node is cut short when a lexer or parser error lies in its extent. Errors at the
 * end of the file (chevrotain reports them without an offset) lie in the extent of
 * everything still open there.
 */
export function cutShort(node: AstNode): boolean {
    const errors = errorOffsets(AstUtils.getDocument(node));
    if (errors.length === 0) return false;
    const cst = node.$cstNode;
    if (!cst) return true;
    return anyWithin(errors, cst.offset, extentEnd(node));
}

/**
 * `not-a-party` is held back (§4.1) while the agreement has an unresolved party line
 * (a misspelt party would make every correct use of the intended actor "not a party"),
 * or while a syntax error at the agreement's own level — outside every member block,
 * where party lines are written — may have swallowed a party line.
 */
export function partiesUncertain(agreement: Agreement): boolean {
    if (agreement.parties.some(party => party.actor !== undefined && party.actor.ref === undefined)) return true;
    const errors = errorOffsets(AstUtils.getDocument(agreement));
    const cst = agreement.$cstNode;
    if (errors.length === 0) return false;
    if (!cst) return true;
    const end = extentEnd(agreement);
    const inside = errors.filter(offset => offset >= cst.offset && offset <= end);
    if (inside.length === 0) return false;
    const members = agreement.members.flatMap(member => (member.$cstNode ? [[member.$cstNode.offset, member.$cstNode.end] as const] : []));
    return inside.some(offset => !members.some(([start, stop]) => offset > start && offset < stop));
}

/**
 * True when a name was read from the rest of a line that a syntax error broke: the
 * very token the parser stopped at (`to A, B fr "C"` read as `to A, B, fr`), or any
 * name after a lexer or parser error on the same line (an unterminated string lets
 * `"… en "Each party keeps …"` read `party keeps`). One slip, one diagnostic (§4.1):
 * the syntax error says it all.
 */
export function madeUpByRecovery(document: LangiumDocument, offset: number): boolean {
    const index = errorIndex(document);
    if (index.offsets.length === 0) return false;
    if (index.tokens.has(offset)) return true;
    const first = index.firstOnLine.get(document.textDocument.positionAt(offset).line);
    return first !== undefined && first < offset;
}

/**
 * True when a syntax error lies in the node's extent before `offset`: what the node
 * says from there on was read by the parser's recovery (used by `not-a-party` for
 * the names of a member that a slip broke).
 */
export function afterSyntaxError(node: AstNode, offset: number): boolean {
    const errors = errorOffsets(AstUtils.getDocument(node));
    const cst = node.$cstNode;
    if (errors.length === 0 || !cst) return false;
    return anyWithin(errors, cst.offset, offset);
}

interface ErrorIndex {
    /** Sorted offsets of every lexer and parser error. */
    offsets: number[];
    /** Offsets of the tokens parser errors were raised on. */
    tokens: Set<number>;
    /** Per line, the offset of its first error. */
    firstOnLine: Map<number, number>;
}

const INDEX = new WeakMap<object, ErrorIndex>();

function errorIndex(document: LangiumDocument): ErrorIndex {
    const { parseResult } = document;
    let index = INDEX.get(parseResult);
    if (!index) {
        const length = document.textDocument.getText().length;
        const offsets: number[] = [];
        const tokens = new Set<number>();
        for (const error of parseResult.lexerErrors) offsets.push(error.offset);
        for (const error of parseResult.parserErrors) {
            const offset = error.token.startOffset;
            if (Number.isNaN(offset) || offset === undefined) {
                offsets.push(length);
            } else {
                offsets.push(offset);
                tokens.add(offset);
            }
        }
        offsets.sort((a, b) => a - b);
        const firstOnLine = new Map<number, number>();
        for (const offset of offsets) {
            const line = document.textDocument.positionAt(offset).line;
            if (!firstOnLine.has(line)) firstOnLine.set(line, offset);
        }
        index = { offsets, tokens, firstOnLine };
        INDEX.set(parseResult, index);
    }
    return index;
}

function errorOffsets(document: LangiumDocument): number[] {
    return errorIndex(document).offsets;
}

function anyWithin(sorted: number[], start: number, end: number): boolean {
    // Binary search for the first offset ≥ start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle] < start) low = middle + 1; else high = middle;
    }
    return low < sorted.length && sorted[low] <= end;
}

/** Where a node's extent ends: just before the next sibling node begins, else its container's extent end. */
function extentEnd(node: AstNode): number {
    const cst = node.$cstNode;
    const container = node.$container;
    if (!cst) return Number.POSITIVE_INFINITY;
    if (!container) return Number.POSITIVE_INFINITY;
    let next = Number.POSITIVE_INFINITY;
    for (const sibling of siblings(container)) {
        const offset = sibling.$cstNode?.offset;
        if (sibling !== node && offset !== undefined && offset >= cst.end && offset < next) next = offset;
    }
    if (next !== Number.POSITIVE_INFINITY) return next - 1;
    // The last node of a block: up to the container's end, or beyond it when the
    // container itself was cut short (its `}` was never found).
    return Math.max(cst.end, extentEnd(container));
}

/** The direct AST children of a node that a declaration's extent stops at. */
function siblings(container: AstNode): AstNode[] {
    if (isAgreement(container)) {
        return [...container.parties, ...container.members,
            ...[container.disputes, container.amendment, container.termination].filter((n): n is NonNullable<typeof n> => n !== undefined)];
    }
    if ('declarations' in container) return (container as unknown as { declarations: AstNode[] }).declarations;
    return [...AstUtils.streamContents(container)].filter(child => isMember(child) || child.$cstNode !== undefined);
}
