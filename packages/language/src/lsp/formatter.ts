import type { LangiumDocument, Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentOnTypeFormattingOptions, TextEdit } from 'vscode-languageserver';
import type { CityPactServices } from '../citypact-module.js';
import { formatCanonical, type FormatResult } from '../formatting/canonical-layout.js';

/**
 * Format Document in the editor: the canonical layout, computed by the same
 * function as `citypact fmt`, returned as one whole-document edit. Range and
 * on-type formatting are not offered: the layout is defined for whole files.
 */
export class CityPactFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: CityPactServices) {
        this.lexer = services.parser.Lexer;
    }

    format(document: LangiumDocument): FormatResult | undefined {
        return formatCanonical(document, text => this.lexer.tokenize(text));
    }

    formatDocument(document: LangiumDocument): TextEdit[] {
        const result = this.format(document);
        if (!result?.changed) return [];
        const textDocument = document.textDocument;
        return [{
            range: { start: { line: 0, character: 0 }, end: textDocument.positionAt(textDocument.getText().length) },
            newText: result.text,
        }];
    }

    formatDocumentRange(): TextEdit[] {
        return [];
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
