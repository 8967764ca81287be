import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Model } from '../../generated/ast.js';
import { codePointLabel, describeCodePoint, HIDDEN_CHARACTER_PATTERN } from '../../model/unicode-text.js';
import { isStandardLibrary } from '../../stdlib/standard-library.js';
import { report } from '../report.js';

/**
 * `hidden-text` (docs/language.md §1, §4): bidirectional controls and U+2028/U+2029
 * anywhere in the file. The check reads the text itself, not the AST, so comments,
 * strings, text the parser skipped and files that do not parse are all covered; one
 * diagnostic per character, on that character, whose quick fix deletes it.
 */
export class TextChecks {
    checkHiddenText(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        if (isStandardLibrary(document.uri)) return;
        const text = document.textDocument.getText();
        for (const match of text.matchAll(HIDDEN_CHARACTER_PATTERN)) {
            const offset = match.index!;
            const codePoint = text.charCodeAt(offset);
            const range = {
                start: document.textDocument.positionAt(offset),
                end: document.textDocument.positionAt(offset + 1),
            };
            report(accept, 'hidden-text', { node: model, range }, { codePoint: describeCodePoint(codePoint) },
                { offset, length: 1, codePoint: codePointLabel(codePoint) });
        }
    }
}
