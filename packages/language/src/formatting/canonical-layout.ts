import { CstUtils, isLeafCstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * The canonical layout of docs/language.md §3a, shared by `citypact fmt` and the
 * editor's Format Document.
 *
 * The formatter re-emits the document's own tokens (comments included) and only
 * decides the white space between them, so it cannot change meaning: the token
 * sequence before and after is identical. Where each line starts is decided by the
 * AST node a token belongs to (a `by` starts a line in an obligation, but not in
 * `decides by`). Files that do not parse are left alone.
 */

/** Keywords that begin a property line, per AST node type. */
const PROPERTY_KEYWORDS: Record<string, ReadonlySet<string>> = {
    Province: new Set(['code']),
    City: new Set(['within', 'code', 'tier', 'population']),
    District: new Set(['code', 'kind']),
    Township: new Set(['code']),
    Department: new Set(['uscc']),
    Organization: new Set(['kind', 'uscc']),
    Dataset: new Set(['sharing', 'classification', 'personal-data', 'fields']),
    Agreement: new Set(['version', 'supersedes', 'dimensions', 'signed', 'effective']),
    Body: new Set(['kind', 'members', 'chair', 'decides', 'meets']),
    Service: new Set(['mode', 'provider', 'users', 'collects-at', 'processes-at', 'responds']),
    Exchange: new Set(['data', 'from', 'to', 'purpose', 'basis', 'retention', 'security', 'onward', 'frequency', 'approval']),
    Obligation: new Set(['by', 'for', 'due', 'remedy']),
    Funding: new Set(['form', 'by', 'to', 'basis', 'until']),
};

/** Nodes that always start on a line of their own. */
const LINE_NODES = new Set([
    'Province', 'City', 'District', 'Township', 'Department', 'Organization', 'Dataset', 'Agreement',
    'Party', 'Body', 'Service', 'Exchange', 'Funding', 'Obligation', 'Clause', 'Costs', 'CostShare', 'Amount',
    'Disputes', 'Amendment', 'Termination',
]);

const INDENT = '  ';

interface Token {
    image: string;
    offset: number;
    end: number;
    comment: boolean;
    lineComment: boolean;
    leaf?: LeafCstNode;
}

export interface FormatResult {
    text: string;
    changed: boolean;
}

/** Formats a parsed document, or returns undefined when it has lexing or parsing errors. */
export function formatCanonical(document: LangiumDocument, tokenize: (text: string) => { tokens: IToken[]; hidden: IToken[] }): FormatResult | undefined {
    const { parseResult } = document;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return undefined;
    const source = document.textDocument.getText();
    const lexed = tokenize(source);
    const leaves = new Map<number, LeafCstNode>();
    const root = parseResult.value.$cstNode;
    if (root) {
        for (const node of CstUtils.streamCst(root)) {
            if (isLeafCstNode(node) && !node.hidden) leaves.set(node.offset, node);
        }
    }
    const tokens: Token[] = [...lexed.tokens, ...lexed.hidden]
        .filter(t => !/^\s*$/.test(t.image))
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => ({
            image: t.image,
            offset: t.startOffset,
            end: t.startOffset + t.image.length,
            comment: t.image.startsWith('//') || t.image.startsWith('/*'),
            lineComment: t.image.startsWith('//'),
            leaf: leaves.get(t.startOffset),
        }));
    const eol = /\r\n/.test(source) ? '\r\n' : '\n';
    const text = layout(tokens, source, eol);
    return { text, changed: text !== source };
}

function layout(tokens: Token[], source: string, eol: string): string {
    const lines: string[] = [];
    let current = '';
    let depth = 0;
    let previous: Token | undefined;
    let forceBreak = false;

    const newline = (indentDepth: number, keepBlank: boolean) => {
        if (current.length > 0) lines.push(current.trimEnd());
        if (keepBlank && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
        current = INDENT.repeat(Math.max(indentDepth, 0));
    };

    for (const token of tokens) {
        const gap = previous ? source.slice(previous.end, token.offset) : '';
        const newlinesInGap = (gap.match(/\n/g) ?? []).length;
        const blankBefore = newlinesInGap >= 2 && previous !== undefined && previous.image !== '{' && token.image !== '}';

        if (token.comment) {
            if (previous && newlinesInGap === 0 && !forceBreak) {
                current += ' ' + token.image;          // a trailing comment stays on its line
            } else {
                newline(depth, blankBefore);
                current += reindentComment(token.image, INDENT.repeat(depth), eol);
            }
            forceBreak = token.lineComment;
            previous = token;
            continue;
        }

        if (token.image === '}') depth--;
        if (!previous) {
            current = INDENT.repeat(depth);
            current += token.image;
        } else if (token.image === '}' || startsLine(token)) {
            newline(depth, blankBefore);
            current += token.image;
        } else if (forceBreak) {
            // A line comment ended the line in the middle of a property: continue below it.
            newline(depth + 1, false);
            current += token.image;
        } else {
            current += separator(previous, token, gap) + token.image;
        }
        if (token.image === '{') depth++;
        forceBreak = false;
        previous = token;
    }
    if (current.length > 0) lines.push(current.trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.length ? lines.join(eol) + eol : '';
}

function startsLine(token: Token): boolean {
    const leaf = token.leaf;
    if (!leaf) return false;
    const owner = leaf.astNode;
    if (LINE_NODES.has(owner.$type) && owner.$cstNode?.offset === leaf.offset) return true;
    return PROPERTY_KEYWORDS[owner.$type]?.has(leaf.text) === true && leaf.grammarSource?.$type === 'Keyword';
}

function separator(previous: Token, token: Token, gap: string): string {
    if (token.image === ',') return '';
    // `.` joins a qualified name. Spaces there are a `syntax` error; formatting keeps
    // one so that it never changes diagnostics.
    if (token.image === '.' || previous.image === '.') return /\s/.test(gap) ? ' ' : '';
    return ' ';
}

/** Block comments keep their text; continuation lines that start with `*` are re-aligned. */
function reindentComment(image: string, indent: string, eol: string): string {
    if (!image.includes('\n')) return image;
    return image.split(/\r?\n/).map((line, index) => {
        if (index === 0) return line.trimEnd();
        const trimmed = line.trim();
        return trimmed.startsWith('*') ? `${indent} ${trimmed}` : line.trimEnd();
    }).join(eol);
}
