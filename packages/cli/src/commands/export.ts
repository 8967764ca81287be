import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import {
    EXPORT_FORMATS, exportDocument, toJsonText,
    type ExportedAgreement, type ExportFormat,
} from 'citypact-language';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { describeFsError, displayPath, expandPaths } from '../files.js';
import type { Io } from '../io.js';
import { terminalText } from '../terminal-text.js';
import { loadWorkspace } from '../workspace.js';
import { writeInto } from '../write-files.js';

export const EXPORT_HELP = `Usage: citypact export <paths...> [options]

Exports every agreement in the given files or folders (docs/language.md §6): one JSON
document each, valid against the schema "citypact schema" prints.

Options:
  -o, --output <dir>     write <agreement id>.json (.odrl.jsonld with --format odrl)
                         into this folder, created if missing; without -o, print a
                         JSON array of the documents
  --format <json|odrl>   json (default), or odrl: each exchange as W3C ODRL 2.2
                         Agreements in JSON-LD
  --config <file>        use this citypact.json instead of searching for one

An agreement whose file has errors is not exported, and nothing is written for it.
Files are written atomically: a failed export never leaves a partial file.

Exit codes: 0 exported, 1 an agreement has errors, 2 usage, configuration or I/O problem.`;

export async function exportCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            output: { type: 'string', short: 'o' },
            format: { type: 'string', default: 'json' },
            config: { type: 'string' },
        },
    });
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
        throw new UsageError(`unknown format "${values.format}" (expected one of: ${EXPORT_FORMATS.join(', ')})`);
    }
    if (positionals.length === 0) throw new UsageError('which files? usage: citypact export <paths...> [-o DIR] [--format json|odrl]');
    if (values.config !== undefined && !fs.existsSync(values.config)) {
        throw new UsageError(`${values.config}: no such file or directory`);
    }

    const files = expandPaths(positionals);
    const workspace = await loadWorkspace(files, { configFile: values.config });
    const exported: ExportedAgreement[] = [];
    let refusedCount = 0;
    for (const document of workspace.targets) {
        const file = document.uri.fsPath;
        const result = exportDocument(document, workspace.services.CityPact, {
            format,
            workspaceRoot: workspace.rootOf(document),
            sourceBytes: readBytes(file),
        });
        exported.push(...result.exported);
        for (const refused of result.refused) {
            refusedCount++;
            io.stderr.write(terminalText(`citypact export: ${displayPath(file)}: ${refused.agreementId} not exported (fix these first)`) + '\n');
            for (const reason of refused.reasons) io.stderr.write(terminalText(refused.elsewhere ? `  ${reason}` : `  ${displayPath(file)}:${reason}`) + '\n');
        }
    }

    if (values.output === undefined) {
        io.stdout.write(toJsonText(exported.map(e => e.document)));
    } else if (exported.length > 0) {
        writeInto(values.output, exported.map(({ fileName, content }) => ({ fileName, content })));
        const noun = exported.length === 1 ? 'agreement' : 'agreements';
        io.stderr.write(terminalText(`citypact export: ${exported.length} ${noun} written to ${displayPath(values.output)}`) + '\n');
    }
    return refusedCount > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The exact bytes for `source.sha256`, BOM included. */
function readBytes(file: string): Uint8Array {
    try {
        return fs.readFileSync(file);
    } catch (error) {
        throw new UsageError(describeFsError(displayPath(file), error));
    }
}
