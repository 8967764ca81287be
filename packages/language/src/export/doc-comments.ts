import type { AstNode } from 'langium';
import type { CityPactServices } from '../citypact-module.js';

/**
 * The `doc` of a declaration or member (docs/language.md §1): the `/** ... *\/` comment
 * directly before it, found by Langium's CommentProvider. A plain `/* ... *\/`
 * comment is not documentation, so it is ignored.
 */
export function docCommentOf(node: AstNode, services: CityPactServices): string | undefined {
    const comment = services.documentation.CommentProvider.getComment(node);
    if (!comment || !comment.startsWith('/**') || comment === '/**/') return undefined;
    const text = stripCommentMarkers(comment);
    return text.length > 0 ? text : undefined;
}

/**
 * Removes `/**`, `*\/` and the ` * ` that conventionally starts each inner line.
 * Line breaks inside the comment are kept (as `\n` whatever the file's line endings,
 * so CRLF and LF files export the same `doc`); blank lines at either end are dropped.
 */
export function stripCommentMarkers(comment: string): string {
    const body = comment.replace(/^\/\*\*/, '').replace(/\*\/$/, '');
    const lines = body.split(/\r\n|\r|\n/).map(line => line.replace(/^\s*\*(?: |\t)?/, '').trimEnd());
    while (lines.length && lines[0].trim() === '') lines.shift();
    while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
    // A one-line comment keeps no indentation; a multi-line one keeps relative indentation.
    if (lines.length === 1) return lines[0].trim();
    return lines.join('\n');
}
