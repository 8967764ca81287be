import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCityPactServices, type CityPactFormatter } from 'citypact-language';
import { writeFileAtomic } from '../atomic-write.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { describeFsError, displayPath, expandPaths, readSourceFile } from '../files.js';
import type { Io } from '../io.js';

export const FMT_HELP = `Usage: citypact fmt [--check] [paths...]

Rewrites .citypact files (default: the current folder) in the canonical layout
of LANGUAGE.md §3a, with the same formatter as the editor's Format Document.

Options:
  --check   write nothing; list the files that would change and exit 1 if any

Files that do not parse are left untouched and reported (exit 1).`;

export async function fmtCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { check: { type: 'boolean', default: false } },
    });
    const files = expandPaths(positionals.length ? positionals : ['.']);
    const { shared, CityPact } = createCityPactServices(NodeFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory;
    const formatter = CityPact.lsp.Formatter as CityPactFormatter;

    const changed: string[] = [];
    const unparsable: string[] = [];
    for (const file of files) {
        const shown = displayPath(file);
        const source = readSourceFile(file, shown);
        const document = factory.fromString(source.text, URI.file(file));
        const result = formatter.format(document);
        if (!result) {
            unparsable.push(shown);
            continue;
        }
        if (!result.changed) continue;
        changed.push(shown);
        if (!values.check) {
            try {
                // A byte order mark stays, like the line endings (LANGUAGE.md §3a).
                writeFileAtomic(file, (source.bom ? '\uFEFF' : '') + result.text);
            } catch (error) {
                throw new UsageError(describeFsError(shown, error));
            }
        }
    }

    for (const file of unparsable) {
        io.stderr.write(`${file}: not formatted: the file has syntax errors (see citypact check)\n`);
    }
    if (values.check) {
        for (const file of changed) io.stdout.write(`${file}\n`);
        io.stderr.write(changed.length
            ? `${changed.length} of ${files.length} files would be reformatted\n`
            : `${files.length} files already formatted\n`);
        return changed.length || unparsable.length ? EXIT_FINDINGS : EXIT_OK;
    }
    io.stderr.write(`${changed.length} of ${files.length} files reformatted\n`);
    return unparsable.length ? EXIT_FINDINGS : EXIT_OK;
}
