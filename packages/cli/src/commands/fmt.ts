import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCityPactServices, type CityPactFormatter, type PlannedWrite } from 'citypact-language';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { displayPath, expandPaths, readSourceFile } from '../files.js';
import { readStdin, type Io } from '../io.js';
import { terminalText } from '../terminal-text.js';
import { writeFiles } from '../write-files.js';

export const FMT_HELP = `Usage: citypact fmt [--check] [paths...]
       citypact fmt - [--stdin-filename <path>]

Rewrites .citypact files (default: the current folder) in the canonical layout
of docs/language.md §3a, with the same formatter as the editor's Format Document.

Options:
  --check                 write nothing; list the files that would change and exit 1 if any
  -                       read the text from stdin and print it formatted on stdout
                          (for editor formatters such as conform.nvim); nothing is written
  --stdin-filename <path> with "-": the file the text stands for, named in messages

Files that do not parse are left untouched and reported (exit 1); with "-", the
text is printed back unchanged. Every changed file is staged before the first
is replaced: when one cannot be written, none is (exit 2).`;

export async function fmtCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            check: { type: 'boolean', default: false },
            'stdin-filename': { type: 'string' },
        },
    });
    const { shared, CityPact } = createCityPactServices(NodeFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory;
    const formatter = CityPact.lsp.Formatter as CityPactFormatter;

    if (positionals.includes('-')) {
        if (positionals.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other paths');
        return formatStdin(io, values['stdin-filename'], values.check ?? false, (text, file) => formatter.format(factory.fromString(text, URI.file(file))));
    }
    if (values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs "-" (read the text from stdin)');

    const files = expandPaths(positionals.length ? positionals : ['.']);
    const changed: string[] = [];
    const unparsable: string[] = [];
    const writes: PlannedWrite[] = [];
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
        // A byte order mark stays, like the line endings (docs/language.md §3a).
        writes.push({ path: file, content: (source.bom ? '\uFEFF' : '') + result.text, shown });
    }
    // All files staged before the first is replaced: a failure replaces none.
    if (!values.check) writeFiles(writes);

    for (const file of unparsable) {
        io.stderr.write(`${terminalText(file)}: not formatted: the file has syntax errors (see citypact check)\n`);
    }
    if (values.check) {
        for (const file of changed) io.stdout.write(`${terminalText(file)}\n`);
        io.stderr.write(changed.length
            ? `${changed.length} of ${files.length} files would be reformatted\n`
            : `${files.length} files already formatted\n`);
        return changed.length || unparsable.length ? EXIT_FINDINGS : EXIT_OK;
    }
    io.stderr.write(`${changed.length} of ${files.length} files reformatted\n`);
    return unparsable.length ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * `fmt -`: formats stdin onto stdout. An editor replaces its buffer with stdout, so
 * text that does not parse comes back unchanged (exit 1, the reason on stderr), and
 * stdout always holds a whole file. With --check, stdout stays empty.
 */
async function formatStdin(io: Io, stdinFilename: string | undefined, check: boolean,
    format: (text: string, file: string) => ReturnType<CityPactFormatter['format']>): Promise<number> {
    const file = path.resolve(stdinFilename ?? 'stdin.citypact');
    const shown = stdinFilename === undefined ? '<stdin>' : displayPath(file);
    const text = await readStdin(io);
    const result = format(text, file);
    if (!result) {
        if (!check) io.stdout.write(text);
        io.stderr.write(`${terminalText(shown)}: not formatted: the text has syntax errors (see citypact check)\n`);
        return EXIT_FINDINGS;
    }
    if (check) {
        if (result.changed) io.stderr.write(`${terminalText(shown)}: would be reformatted\n`);
        return result.changed ? EXIT_FINDINGS : EXIT_OK;
    }
    io.stdout.write(result.text);
    return EXIT_OK;
}
