import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * Linear hidden-token handling for Langium's parser (issue 20; docs/upstream.md).
 * Follows Langium 4.4.0 (`LangiumParser.extractHiddenTokens` and `parse` in
 * lib/parser/langium-parser.js, `CstNodeBuilder.addHiddenNodes` in
 * lib/parser/cst-node-builder.js); re-check both against a newer Langium before
 * upgrading, and drop this file once upstream has the change.
 *
 * Comments are hidden tokens: the lexer hands them over in one array, and before each
 * consumed token the parser moves the comments that precede it into the CST.
 * Langium 4.4 does this with
 * - `hidden.splice(0, i)` per consumed token: every splice moves the rest of the
 *   array, so a file with c comments and t tokens costs O(t·c);
 * - `container.content.indexOf(current)` when a comment precedes the first token of
 *   a new node: a search from the front of the parent's children, which at the top
 *   level are all the file's declarations and comments (O(n) per declaration).
 * A comment-heavy registry of 8 MB took 37 s (2 MB: 3.3 s), 25 MB over a minute.
 *
 * Here the hidden tokens are read with a cursor (the array is never spliced) and
 * the node is searched from the end of its parent's children, where it was just
 * appended. The CST built is the same, node for node; the parsing tests and the
 * comment-heavy bench (scripts/bench/comment-heavy.mjs) cover it.
 *
 * Langium declares these members private, so they are replaced on the instance.
 */
export function createLinearHiddenTokenParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as ParserInternals;
    const builder = internals.nodeBuilder;
    const NO_TOKENS: IToken[] = [];
    // The hidden array of the parse in progress, and how far it has been handed out.
    let current: IToken[] | undefined;
    let cursor = 0;

    internals.extractHiddenTokens = function (this: ParserInternals, token: IToken): IToken[] {
        const hidden = this.lexerResult?.hidden;
        if (!hidden || hidden.length === 0) return NO_TOKENS;
        if (hidden !== current) {
            current = hidden;
            cursor = 0;
        }
        const start = cursor;
        const offset = token.startOffset;
        while (cursor < hidden.length && hidden[cursor].startOffset <= offset) cursor++;
        return cursor === start ? NO_TOKENS : hidden.slice(start, cursor);
    };

    const addHiddenNodes = function (this: CstBuilderInternals, tokens: IToken[]): void {
        // `parse` ends with addHiddenNodes(lexerResult.hidden): the tokens not yet handed out.
        if (tokens === current) {
            tokens = tokens.slice(cursor);
            current = undefined;
            cursor = 0;
        }
        if (tokens.length === 0) return;
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let node = this.current;
        if (node.content.length > 0) {
            this.appendChildren(node, nodes);
            return;
        }
        while (node.container) {
            const siblings = node.container.content;
            // Just appended: found at once from the end (Langium searched from the front).
            const index = siblings.lastIndexOf(node);
            if (index > 0) {
                this.insertChildren(node.container, index, nodes);
                return;
            }
            node = node.container;
        }
        this.insertChildren(this.rootNode, 0, nodes);
    };
    builder.addHiddenNodes = addHiddenNodes.bind(builder);
    return parser;
}

interface ParserInternals {
    lexerResult?: { hidden: IToken[] };
    nodeBuilder: CstBuilderInternals;
    extractHiddenTokens(token: IToken): IToken[];
}

interface CompositeNodeLike {
    content: unknown[];
    container?: CompositeNodeLike;
}

interface CstBuilderInternals {
    readonly current: CompositeNodeLike;
    rootNode: CompositeNodeLike;
    createLeafNode(token: IToken, hidden: boolean): unknown;
    appendChildren(parent: CompositeNodeLike, children: unknown[]): void;
    insertChildren(parent: CompositeNodeLike, index: number, children: unknown[]): void;
    addHiddenNodes(tokens: IToken[]): void;
}
