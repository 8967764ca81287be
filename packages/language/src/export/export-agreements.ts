import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CityPactServices } from '../citypact-module.js';
import { AstUtils, type AstNode } from 'langium';
import { isAgreement, isCity, isExchange, type Actor, type Agreement, type Model } from '../generated/ast.js';
import { containingChain } from '../model/actors.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { kindName } from '../validation/terms.js';
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
    /**
     * True when each reason names its own file (`registry.citypact:3:5: …`, relative to
     * the workspace root): errors in a declaration the agreement would ship (§6).
     */
    elsewhere?: boolean;
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
        const shipped = shippedErrors(agreement, document, options.workspaceRoot);
        if (shipped.length) {
            result.refused.push({ agreementId, reasons: shipped, elsewhere: true });
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

/**
 * §6, the export guard: errors in what an agreement would ship block its export. It
 * ships its parties with their jurisdictions (a department's city, a district's city,
 * a city's province) and the datasets of its exchanges with their holders; a
 * wrong division code or USCC there would go downstream. Errors in the agreement's
 * own file are `exportBlockers`' job; here every other file's error-severity
 * diagnostics inside one of those declarations is named with the declaration and
 * the file (`registry.citypact:12:3: district Shanghai.Pudong: … [division-code]`).
 */
export function shippedErrors(agreement: Agreement, document: LangiumDocument, workspaceRoot: string): string[] {
    const reasons: string[] = [];
    for (const declaration of shippedDeclarations(agreement)) {
        const home = AstUtils.getDocument(declaration);
        const cst = declaration.$cstNode;
        if (home === document || !cst) continue;
        const start = home.textDocument.positionAt(cst.offset);
        const end = home.textDocument.positionAt(cst.end);
        for (const diagnostic of home.diagnostics ?? []) {
            if ((diagnostic.severity ?? DiagnosticSeverity.Error) !== DiagnosticSeverity.Error) continue;
            if (before(diagnostic.range.start, start) || before(end, diagnostic.range.start)) continue;
            const { line, character } = diagnostic.range.start;
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            const name = `${kindName(declaration.$type).en} ${qualifiedNameOf(declaration) ?? (declaration as { name?: string }).name ?? ''}`;
            reasons.push(`${sourcePath(home, workspaceRoot)}:${line + 1}:${character + 1}: ${name}, which this agreement exports: ${message} [${String(diagnostic.code ?? 'syntax')}]`);
        }
    }
    return reasons;
}

/** The declarations whose data an agreement's export carries, each once, in a fixed order. */
function shippedDeclarations(agreement: Agreement): AstNode[] {
    const result = new Set<AstNode>();
    const addActor = (actor: Actor | undefined) => {
        if (!actor) return;
        for (const link of containingChain(actor)) {
            result.add(link);
            if (isCity(link) && link.within?.ref) result.add(link.within.ref);
        }
    };
    for (const party of agreement.parties) addActor(party.actor?.ref);
    for (const member of agreement.members) {
        if (!isExchange(member)) continue;
        const dataset = member.data?.ref;
        if (dataset) {
            result.add(dataset);
            addActor(dataset.holder?.ref);
        }
    }
    return [...result];
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
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
