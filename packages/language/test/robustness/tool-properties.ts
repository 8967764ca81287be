import '../../src/polyfill.js';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createCityPactServices, type CityPactServiceSet } from '../../src/citypact-module.js';
import { exportDocument, EXPORT_FORMATS } from '../../src/export/export-agreements.js';
import type { CityPactFormatter } from '../../src/lsp/formatter.js';
import { STDLIB_TEXT, STDLIB_URI } from '../../src/stdlib/standard-library.js';
import { schemaValidator } from '../export/export-helpers.js';

const schema = schemaValidator();

/**
 * Runs one input through every tool the way `citypact check`, `fmt` and `export`
 * do, and checks the robustness properties of docs/reliability.md:
 *
 * 1. no exception escapes the parser, the validator, the formatter or the exporter,
 *    and none is swallowed either: Langium catches a throwing validation check or
 *    scope lookup, logs it with console.error and reports it as a diagnostic, so
 *    anything written to console.error or console.warn fails the property;
 * 2. every diagnostic has a rule id and a range inside the document;
 * 3. formatting is idempotent and never changes the diagnostics;
 * 4. export is deterministic, the same before and after formatting, and every JSON
 *    document it writes is valid against the published schema;
 * 5. the whole run finishes within `boundMs`.
 *
 * One set of services serves every input (as in the language server, which lives
 * for hours); each input gets a folder of its own that is removed afterwards.
 */
export class ToolBench {
    private folderCount = 0;

    private constructor(private readonly services: CityPactServiceSet) {}

    static async create(): Promise<ToolBench> {
        const services = createCityPactServices(EmptyFileSystem);
        const stdlib = services.shared.workspace.LangiumDocumentFactory.fromString(STDLIB_TEXT, STDLIB_URI);
        services.shared.workspace.LangiumDocuments.addDocument(stdlib);
        await services.shared.workspace.DocumentBuilder.build([stdlib], { validation: true });
        return new ToolBench(services);
    }

    /** Checks every property for a folder in which `target` holds `text`. */
    async check(files: Record<string, string>, target: string, text: string, boundMs: number): Promise<void> {
        const started = performance.now();
        const original = await withoutConsoleErrors(() => this.runTools({ ...files, [target]: text }, target));
        if (original.formatted !== undefined) {
            const formatted = await withoutConsoleErrors(() => this.runTools({ ...files, [target]: original.formatted! }, target));
            assert.equal(formatted.formatted, original.formatted, 'formatting twice changes nothing');
            // The formatter rewrites white space, and with it a U+2028/U+2029 standing between
            // tokens (white space to the lexer): its hidden-text diagnostic goes with it.
            const hidden = (t: string) => (t.match(/[\u2028\u2029]/g) ?? []).length;
            const removed = hidden(original.formatted) < hidden(text);
            const comparable = (list: string[]) => (removed ? list.filter(d => !/^\S+ hidden-text /.test(d)) : list);
            assert.deepEqual(comparable(formatted.diagnostics), comparable(original.diagnostics), 'formatting never changes diagnostics');
            const withoutHash = (run: ToolRun) => run.exports.map(e => e.split(run.sha256).join('<sha256>'));
            assert.deepEqual(withoutHash(formatted), withoutHash(original), 'formatting never changes the export');
        }
        const elapsed = performance.now() - started;
        assert.ok(elapsed < boundMs, `took ${elapsed.toFixed(0)} ms, bound ${boundMs} ms`);
    }

    /** Parses, validates, formats and exports (twice) one folder; returns what the properties compare. */
    async runTools(files: Record<string, string>, target: string): Promise<ToolRun> {
        const { shared, CityPact } = this.services;
        const folder = `/fuzz/${++this.folderCount}`;
        const documents = new Map<string, LangiumDocument>();
        for (const [name, text] of Object.entries(files)) {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${folder}/${name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            documents.set(name, document);
        }
        try {
            await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
            const document = documents.get(target)!;
            const text = document.textDocument.getText();
            const diagnostics = (document.diagnostics ?? []).map(d => {
                assert.ok(typeof d.code === 'string' && d.code.length > 0, `a diagnostic without a rule id: ${JSON.stringify(d)}`);
                const start = document.textDocument.offsetAt(d.range.start);
                const end = document.textDocument.offsetAt(d.range.end);
                assert.deepEqual(document.textDocument.positionAt(start), d.range.start, `range starts outside the text: ${JSON.stringify(d)}`);
                assert.deepEqual(document.textDocument.positionAt(end), d.range.end, `range ends outside the text: ${JSON.stringify(d)}`);
                assert.ok(start <= end, `range ends before it starts: ${JSON.stringify(d)}`);
                const message = typeof d.message === 'string' ? d.message : d.message.value;
                return `${d.severity} ${d.code} ${message}`;
            }).sort();

            const formatter = CityPact.lsp.Formatter as CityPactFormatter;
            const formatted = formatter.format(document)?.text;

            const exports: string[] = [];
            for (const format of EXPORT_FORMATS) {
                const once = exportDocument(document, CityPact, { format, workspaceRoot: folder });
                const twice = exportDocument(document, CityPact, { format, workspaceRoot: folder });
                assert.deepEqual(twice, once, `the ${format} export is deterministic`);
                if (format === 'json') {
                    for (const exported of once.exported) {
                        assert.ok(schema.validate(JSON.parse(exported.content)), `${exported.fileName} is not valid against the schema:\n${schema.errors()}`);
                    }
                }
                exports.push(...once.exported.map(e => `${e.fileName}\n${e.content}`));
                exports.push(...once.refused.map(r => `refused ${r.agreementId}`));
            }
            const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
            return { diagnostics, formatted, exports, sha256 };
        } finally {
            for (const document of documents.values()) {
                shared.workspace.LangiumDocuments.deleteDocument(document.uri);
                shared.workspace.IndexManager.remove(document.uri);
            }
        }
    }
}

/** Runs `action`, failing if it logs an error or a warning (Langium's sign of a swallowed exception). */
export async function withoutConsoleErrors<T>(action: () => Promise<T>): Promise<T> {
    const logged: string[] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => { logged.push(args.map(a => (a instanceof Error ? a.stack : String(a))).join(' ')); };
    console.warn = console.error;
    try {
        const result = await action();
        assert.deepEqual(logged, [], 'nothing may be logged as an error');
        return result;
    } finally {
        console.error = error;
        console.warn = warn;
    }
}

export interface ToolRun {
    /** `severity rule message`, sorted: positions move when formatting, the findings must not. */
    diagnostics: string[];
    /** The canonical layout, when the file parses. */
    formatted?: string;
    /** Every exported file name and content, and every refusal, for json and odrl. */
    exports: string[];
    /** The SHA-256 recorded as `source.sha256` (it differs between a file and its formatted text). */
    sha256: string;
}
