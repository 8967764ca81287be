import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CityPactServices } from '../citypact-module.js';
import { isAgreement, type Model } from '../generated/ast.js';
import { toJsonText, type ExportDocument } from './export-format.js';
import { ExportRefusal } from './export-values.js';
import { buildExportDocument, type ExportSource } from './json-export.js';
import { buildOdrlDocument, type OdrlDocument } from './odrl-export.js';

/**
 * The one entry point the CLI and the language server share: everything `citypact
 * export` and the editor's export commands produce for one source file.
 */

export const EXPORT_FORMATS = ['json', 'odrl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
    format: ExportFormat;
    /** Absolute folder that `source.path` is relative to (§6). */
    workspaceRoot: string;
    /** The file's bytes for `source.sha256`; defaults to the document text as UTF-8. */
    sourceBytes?: Uint8Array;
}

export interface ExportedAgreement {
    agreementId: string;
    /** `<agreement id>.json` or `<agreement id>.odrl.jsonld`. */
    fileName: string;
    /** The document as written: deterministic JSON text ending in a newline. */
    content: string;
    document: ExportDocument | OdrlDocument;
}

export interface RefusedAgreement {
    agreementId: string;
    /** One line each: `line:column: message [rule]` for diagnostics. */
    reasons: string[];
}

export interface DocumentExport {
    exported: ExportedAgreement[];
    refused: RefusedAgreement[];
}

export function exportFileName(agreementId: string, format: ExportFormat): string {
    return format === 'odrl' ? `${agreementId}.odrl.jsonld` : `${agreementId}.json`;
}

/**
 * Exports every agreement of a built and validated document, in source order. An
 * agreement is refused (§6) when its file has error-severity diagnostics or parse
 * errors, when the configuration in force is invalid, or when it cannot be exported
 * faithfully (an unresolved reference or missing required property that a
 * configuration turned into less than an error).
 */
export function exportDocument(document: LangiumDocument, services: CityPactServices, options: ExportOptions): DocumentExport {
    const agreements = (document.parseResult.value as Model).declarations?.filter(isAgreement) ?? [];
    const result: DocumentExport = { exported: [], refused: [] };
    const blockers = exportBlockers(document, services);
    const source = sourceOf(document, options);
    for (const agreement of agreements) {
        const agreementId = agreement.name || '(unnamed agreement)';
        if (blockers.length) {
            result.refused.push({ agreementId, reasons: blockers });
            continue;
        }
        try {
            const json = buildExportDocument(agreement, services, source);
            const output = options.format === 'odrl' ? buildOdrlDocument(json) : json;
            result.exported.push({
                agreementId,
                fileName: exportFileName(agreementId, options.format),
                content: toJsonText(output),
                document: output,
            });
        } catch (error) {
            if (!(error instanceof ExportRefusal)) throw error;
            result.refused.push({ agreementId, reasons: [error.message] });
        }
    }
    return result;
}

/** Why nothing in this file may be exported; empty when it may. */
export function exportBlockers(document: LangiumDocument, services: CityPactServices): string[] {
    const reasons: string[] = [];
    const config = services.workspace.Settings.configFor(document.uri);
    if (config.problems.length) {
        reasons.push(`${config.file ?? 'citypact.json'}: the configuration is invalid (${config.problems[0].message})`);
    }
    for (const diagnostic of document.diagnostics ?? []) {
        if ((diagnostic.severity ?? DiagnosticSeverity.Error) !== DiagnosticSeverity.Error) continue;
        const { line, character } = diagnostic.range.start;
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        reasons.push(`${line + 1}:${character + 1}: ${message} [${String(diagnostic.code ?? 'syntax')}]`);
    }
    const { lexerErrors, parserErrors } = document.parseResult;
    if (reasons.length === 0 && lexerErrors.length + parserErrors.length > 0) {
        // Only when `syntax` is configured below error: a half-parsed agreement is never exported.
        reasons.push('the file does not parse');
    }
    return reasons;
}

function sourceOf(document: LangiumDocument, options: ExportOptions): ExportSource {
    const bytes = options.sourceBytes ?? Buffer.from(document.textDocument.getText(), 'utf8');
    return {
        path: sourcePath(document, options.workspaceRoot),
        sha256: createHash('sha256').update(bytes).digest('hex'),
    };
}

/** Relative to the workspace root with `/` separators, whatever the platform. */
export function sourcePath(document: LangiumDocument, workspaceRoot: string): string {
    if (document.uri.scheme !== 'file') return document.uri.path.replace(/^\/+/, '');
    return path.relative(workspaceRoot, document.uri.fsPath).split(path.sep).join('/');
}
