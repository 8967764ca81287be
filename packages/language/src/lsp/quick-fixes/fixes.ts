import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import {
    isAgreement, isBody, isExchange, isFunding, isService,
    type Agreement, type Exchange, type Funding, type Service,
} from '../../generated/ast.js';
import { actorMentions, partyActors } from '../../model/agreements.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import type { RuleDiagnosticData } from '../../validation/report.js';
import type { MessageArgs } from '../../validation/rule-catalog.js';
import { SourceEdits } from './source-edits.js';
import { codePointLabel } from '../../model/unicode-text.js';

/** One quick fix: the edits, and the arguments of its catalog title. */
export interface QuickFix {
    edits: TextEdit[];
    titleArgs: MessageArgs;
}

/** Builds the fix for one diagnostic, given the AST node the diagnostic sits on. */
export type FixBuilder = (node: AstNode, data: RuleDiagnosticData, document: LangiumDocument) => QuickFix | undefined;

const DEFAULT_CLAUSES: Record<string, string> = {
    amendment: 'amendment by unanimity',
    termination: 'termination notice 90 days',
};

/**
 * The quick fixes of docs/language.md §4, keyed by rule id. Each produces text that
 * then checks clean for its rule, in the canonical layout.
 */
export const FIXES: Record<string, FixBuilder> = {
    /** A slip the parser recognised (full-width punctuation, a misspelt keyword, a short date): its repair (§4.1). */
    syntax: (_node, data, document) => replacementFix(data, document),

    /** "Did you mean …": the nearest declared name of the right kind (§4). */
    'unresolved-reference': (_node, data, document) => replacementFix(data, document),

    /** Deletes the hidden character the diagnostic sits on (issue 20); nothing else changes. */
    'hidden-text': (_node, data, document) => {
        const offset = data.fix?.offset;
        const codePoint = data.fix?.codePoint;
        if (typeof offset !== 'number' || typeof codePoint !== 'string') return undefined;
        const text = document.textDocument.getText();
        if (codePointLabel(text.charCodeAt(offset)) !== codePoint) return undefined;
        return { edits: [new SourceEdits(document).replace(offset, offset + 1, '')], titleArgs: { codePoint } };
    },

    'not-a-party': (node, data, document) => {
        const agreement = AstUtils.getContainerOfType(node, isAgreement);
        const actor = data.fix?.actor;
        if (!agreement || typeof actor !== 'string') return undefined;
        const edit = addPartyLine(agreement, actor, document);
        return edit && { edits: [edit], titleArgs: { name: actor } };
    },

    'too-few-parties': (node, _data, document) => {
        const agreement = AstUtils.getContainerOfType(node, isAgreement);
        if (!agreement) return undefined;
        // Offer an actor the agreement already names in its members but not as a party.
        const parties = partyActors(agreement);
        const candidate = actorMentions(agreement).map(m => m.reference.ref).find(a => a && !parties.has(a));
        const name = candidate && qualifiedNameOf(candidate);
        const edit = name ? addPartyLine(agreement, name, document) : undefined;
        return edit && { edits: [edit], titleArgs: { name: name! } };
    },

    'missing-clause': (node, data, document) => {
        const agreement = AstUtils.getContainerOfType(node, isAgreement);
        const clause = data.fix?.clause;
        if (!agreement || typeof clause !== 'string') return undefined;
        const edits = new SourceEdits(document);
        if (clause !== 'disputes') {
            const edit = edits.appendToBlock(agreement, DEFAULT_CLAUSES[clause]);
            return edit && { edits: [edit], titleArgs: { clause } };
        }
        const body = agreement.members.find(isBody);
        if (body) {
            const edit = edits.appendToBlock(agreement, `disputes by ${body.name} then arbitration`);
            return edit && { edits: [edit], titleArgs: { clause } };
        }
        // No body to settle disputes yet: add a joint committee of the parties, then refer to it.
        const skeleton = jointCommitteeLines(agreement, edits.eol, edits.indentOf(agreement) + '  ');
        const edit = skeleton ? edits.appendToBlock(agreement, skeleton) : undefined;
        return edit && { edits: [edit], titleArgs: { clause } };
    },

    'dimension-undeclared': (node, data, document) => {
        const agreement = AstUtils.getContainerOfType(node, isAgreement);
        const dimension = data.fix?.dimension;
        if (!agreement || typeof dimension !== 'string') return undefined;
        const edits = new SourceEdits(document);
        const line = agreement.$cstNode && findKeyword(agreement, 'dimensions');
        let edit: TextEdit | undefined;
        if (line) {
            const lastDimension = lastOnLine(agreement, line.offset);
            edit = edits.insert(lastDimension, `, ${dimension}`);
        } else {
            const after = findKeyword(agreement, 'version');
            const indent = edits.indentOf(agreement) + '  ';
            edit = after
                ? edits.insert(endOfLine(edits.text, after.end), `${edits.eol}${indent}dimensions ${dimension}`)
                : edits.appendToBlock(agreement, `dimensions ${dimension}`);
        }
        return edit && { edits: [edit], titleArgs: { dimension } };
    },

    'sensitive-data-protection': (node, data, document) => {
        const exchange = AstUtils.getContainerOfType(node, isExchange);
        if (!exchange || !data.fix?.addEncryption) return undefined;
        const edits = new SourceEdits(document);
        const security = findKeyword(exchange, 'security');
        const edit = security
            ? edits.insert(security.end, ' encryption,')
            : edits.appendToBlock(exchange, 'security encryption');
        return edit && { edits: [edit], titleArgs: {} };
    },

    'uscc-format': (node, data, document) => {
        const corrected = data.fix?.corrected;
        const uscc = (node as { uscc?: string }).uscc;
        const cst = node.$cstNode;
        if (typeof corrected !== 'string' || !uscc || !cst) return undefined;
        const edits = new SourceEdits(document);
        const literal = cst.text.indexOf(`"${uscc}"`);
        if (literal < 0) return undefined;
        const start = cst.offset + literal;
        return { edits: [edits.replace(start, start + uscc.length + 2, `"${corrected}"`)], titleArgs: { expected: corrected.slice(-1) } };
    },

    /**
     * One choice: an `amount` line after the funding's parties, `0 CNY` to be replaced
     * by the real figure (docs/rules-decisions.md: a placeholder the drafter sees in
     * review, rather than a guess at the amount or at `per year`).
     */
    'funding-amount': (node, _data, document) => {
        const funding = AstUtils.getContainerOfType(node, isFunding);
        if (!funding || funding.amount) return undefined;
        const edits = new SourceEdits(document);
        const anchor = findKeyword(funding, 'to') ?? findKeyword(funding, 'by') ?? findKeyword(funding, 'form');
        const line = FUNDING_AMOUNT_PLACEHOLDER;
        const edit = anchor
            ? edits.insert(endOfLine(edits.text, anchor.end), `${edits.eol}${edits.indentOf(funding)}  ${line}`)
            : edits.appendToBlock(funding, line);
        return edit && { edits: [edit], titleArgs: {} };
    },

    'proxy-mode-locations': (node, data, document) => {
        const service = AstUtils.getContainerOfType(node, isService);
        const missing = data.fix?.missing;
        if (!service || !Array.isArray(missing)) return undefined;
        const lines = proxyLocationLines(service, missing as string[]);
        if (!lines) return undefined;
        const edits = new SourceEdits(document);
        const anchor = findKeyword(service, 'users') ?? findKeyword(service, 'provider') ?? findKeyword(service, 'mode');
        const indent = edits.indentOf(service) + '  ';
        const edit = anchor
            ? edits.insert(endOfLine(edits.text, anchor.end), lines.map(l => `${edits.eol}${indent}${l}`).join(''))
            : edits.appendToBlock(service, lines.join(`${edits.eol}${indent}`));
        return edit && { edits: [edit], titleArgs: {} };
    },
};

/** What the `funding-amount` fix inserts: a placeholder amount, once. */
export const FUNDING_AMOUNT_PLACEHOLDER = 'amount 0 CNY';

function addPartyLine(agreement: Agreement, actor: string, document: LangiumDocument): TextEdit | undefined {
    const edits = new SourceEdits(document);
    const lastParty = agreement.parties[agreement.parties.length - 1];
    return lastParty
        ? edits.insertLineAfter(lastParty, `party ${actor}`)
        : edits.appendToBlock(agreement, `party ${actor}`);
}

/** A body of every voting party, chaired by the lead (else the first), and a disputes line naming it. */
function jointCommitteeLines(agreement: Agreement, eol: string, indent: string): string | undefined {
    const voting = agreement.parties.filter(p => p.actor?.ref && p.role !== 'observer' && p.role !== 'contractor');
    if (voting.length === 0) return undefined;
    const names = voting.map(p => qualifiedNameOf(p.actor.ref!)!);
    const chair = qualifiedNameOf((voting.find(p => p.role === 'lead') ?? voting[0]).actor.ref!)!;
    const taken = new Set(agreement.members.map(m => m.name));
    let name = 'JointCommittee';
    for (let i = 2; taken.has(name); i++) name = `JointCommittee${i}`;
    return [
        `body ${name} "联席会议" en "Joint Committee" {`,
        `  members ${names.join(', ')}`,
        `  chair ${chair}`,
        '  decides by unanimity',
        '}',
        `disputes by ${name} then arbitration`,
    ].join(`${eol}${indent}`);
}

/** Where a proxy service collects (its first user) and processes (its provider). */
function proxyLocationLines(service: Service, missing: string[]): string[] | undefined {
    const provider = service.provider?.ref && qualifiedNameOf(service.provider.ref);
    const firstUser = service.users[0]?.ref && qualifiedNameOf(service.users[0].ref);
    const lines: string[] = [];
    if (missing.includes('collects-at')) {
        if (!firstUser) return undefined;
        lines.push(`collects-at ${firstUser}`);
    }
    if (missing.includes('processes-at')) {
        if (!provider) return undefined;
        lines.push(`processes-at ${provider}`);
    }
    return lines;
}

/** The node's own keyword (not one of a nested member's), e.g. an exchange's `security`. */
function findKeyword(node: Agreement | Exchange | Service | Funding, keyword: string): LeafCstNode | undefined {
    return flatLeaves(node).find(leaf => leaf.text === keyword && leaf.astNode === node && isKeyword(leaf.grammarSource));
}

const isKeyword = (element: unknown): boolean => GrammarAST.isKeyword(element);

function flatLeaves(node: AstNode): LeafCstNode[] {
    return node.$cstNode ? CstUtils.flattenCst(node.$cstNode).filter(leaf => !leaf.hidden).toArray() : [];
}

/** The end offset of the last own token on the line where `offset` is (for appending list items). */
function lastOnLine(node: AstNode, offset: number): number {
    const text = node.$cstNode!.root.fullText;
    const lineEnd = endOfLine(text, offset);
    const ownLeaves = flatLeaves(node).filter(l => l.offset >= offset && l.end <= lineEnd);
    return ownLeaves.length ? ownLeaves[ownLeaves.length - 1].end : lineEnd;
}

function endOfLine(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/**
 * Applies the replacements a diagnostic carries (`fix.edits`: offset, length, text),
 * when the text they replace has not moved since the diagnostic was computed.
 */
function replacementFix(data: RuleDiagnosticData, document: LangiumDocument): QuickFix | undefined {
    const edits = data.fix?.edits as Array<{ offset: number; length: number; text: string; was?: string }> | undefined;
    if (!Array.isArray(edits) || edits.length === 0) return undefined;
    const source = new SourceEdits(document);
    const text = document.textDocument.getText();
    for (const e of edits) {
        if (e.was !== undefined && text.slice(e.offset, e.offset + e.length) !== e.was) return undefined;
    }
    const replacement = [...new Set(edits.map(e => e.text))].join(' ');
    return { edits: edits.map(e => source.replace(e.offset, e.offset + e.length, e.text)), titleArgs: { replacement } };
}
