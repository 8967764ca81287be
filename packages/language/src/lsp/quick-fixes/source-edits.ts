import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';

/**
 * Line-level edits in the canonical layout (docs/language.md §3a): new properties go on
 * their own line, indented one level (two spaces) deeper than the block they go
 * into, with the file's own line endings. Applied to a canonical file, the result
 * is canonical.
 */
export class SourceEdits {
    readonly text: string;
    readonly eol: string;

    constructor(private readonly document: LangiumDocument) {
        this.text = document.textDocument.getText();
        this.eol = /\r\n/.test(this.text) ? '\r\n' : '\n';
    }

    /** The indentation of the line where a node starts. */
    indentOf(node: AstNode): string {
        const start = node.$cstNode?.offset ?? 0;
        const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
        return /^[ \t]*/.exec(this.text.slice(lineStart))![0];
    }

    /** Inserts `line` as the last property of a node's `{ }` block. */
    appendToBlock(node: AstNode, line: string): TextEdit | undefined {
        const close = lastLeaf(node);
        if (!close || close.text !== '}') return undefined;
        const indent = this.indentOf(node);
        const lineStart = this.text.lastIndexOf('\n', close.offset - 1) + 1;
        const before = this.text.slice(lineStart, close.offset);
        if (/^[ \t]*$/.test(before)) {
            return this.insert(lineStart, `${indent}  ${line}${this.eol}`);
        }
        // A block written on one line: open it up around the new property.
        return this.insert(close.offset, `${this.eol}${indent}  ${line}${this.eol}${indent}`);
    }

    /** Inserts `line` on a new line right after the line on which `node` ends. */
    insertLineAfter(node: AstNode, line: string, indent = this.indentOf(node)): TextEdit | undefined {
        const end = node.$cstNode?.end;
        if (end === undefined) return undefined;
        const lineEnd = this.text.indexOf('\n', end);
        const at = lineEnd < 0 ? this.text.length : (this.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
        return this.insert(at, `${this.eol}${indent}${line}`);
    }

    insert(offset: number, newText: string): TextEdit {
        const position = this.document.textDocument.positionAt(offset);
        return { range: { start: position, end: position }, newText };
    }

    replace(start: number, end: number, newText: string): TextEdit {
        const textDocument = this.document.textDocument;
        return { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText };
    }
}

/** The node's last token that is not a comment (for a block: its `}`). */
function lastLeaf(node: AstNode): LeafCstNode | undefined {
    const cst = node.$cstNode;
    return cst ? CstUtils.flattenCst(cst).filter(leaf => !leaf.hidden).toArray().pop() : undefined;
}
