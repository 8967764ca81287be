import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { URI } from 'langium';
import { applyUnattendedFixes, normalizeLocale, type CityPactFormatter, type Locale, type PlannedWrite } from 'citypact-language';
import { displayPath, expandPaths, readSourceFile } from '../files.js';
import { reportFor, summarize } from '../findings.js';
import { formatGithub } from '../formats/github.js';
import { formatJson } from '../formats/json.js';
import { formatJunit } from '../formats/junit.js';
import { formatSarif } from '../formats/sarif.js';
import { formatStylish, summaryLine } from '../formats/stylish.js';
import { loadWorkspace, type LoadedWorkspace, type WorkspaceOptions } from '../workspace.js';
import { readStdin, useColor, type Io } from '../io.js';
import { toolVersion } from '../version.js';
import { writeFiles } from '../write-files.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
type Format = (typeof FORMATS)[number];

export const CHECK_HELP = `Usage: citypact check [paths or globs...] [options]

Checks .citypact files (default: the current folder) against every rule of
docs/rules.md; the report formats are described in docs/language.md §7.

Options:
  --format <name>        stylish (default) | json | sarif | github | junit
  --max-warnings <n>     exit 1 when there are more than n warnings
  --config <file>        use this citypact.json instead of searching for one
  --locale <en|zh-CN>    language of the messages
  --quiet                report errors only
  --stdin-filename <f>   with "-": the path the text read from stdin stands for
  -o, --output <file>    write the report to a file (the summary still goes to the terminal)
  --fix                  first apply every quick fix that has exactly one choice (a missing
                         clause, encryption, a USCC check character, full-width punctuation …),
                         rewriting the changed files in the canonical layout, all or none;
                         then report on the fixed files

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or I/O problem.`;

export async function checkCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'stylish' },
            'max-warnings': { type: 'string' },
            config: { type: 'string' },
            locale: { type: 'string' },
            quiet: { type: 'boolean', default: false },
            'stdin-filename': { type: 'string' },
            output: { type: 'string', short: 'o' },
            fix: { type: 'boolean', default: false },
        },
    });
    const format = values.format as Format;
    if (!FORMATS.includes(format)) {
        throw new UsageError(`unknown format "${values.format}" (expected one of: ${FORMATS.join(', ')})`);
    }
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    if (values.locale !== undefined && !['en', 'zh-CN'].includes(values.locale)) {
        throw new UsageError(`unknown locale "${values.locale}" (expected en or zh-CN)`);
    }
    if (values.config !== undefined && !fs.existsSync(values.config)) {
        throw new UsageError(`${values.config}: no such file or directory`);
    }

    const started = performance.now();
    const readsStdin = positionals.includes('-');
    if (readsStdin && !values['stdin-filename']) {
        throw new UsageError('reading from stdin ("-") needs --stdin-filename <path>');
    }
    const paths = positionals.filter(p => p !== '-');
    const files = expandPaths(paths.length || readsStdin ? paths : ['.']);
    const stdin = readsStdin ? { file: values['stdin-filename']!, text: await readStdin(io) } : undefined;

    if (values.fix && readsStdin) throw new UsageError('--fix rewrites files; it cannot be combined with "-" (stdin)');
    const options = {
        configFile: values.config,
        localeOverride: values.locale,
        environmentLocale: io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG,
        stdin,
    };
    const workspace = values.fix ? await fixFiles(files, options, io) : await loadWorkspace(files, options);
    const reports = workspace.targets.map(document => reportFor(document, values.quiet));
    const summary = summarize(reports);
    const seconds = (performance.now() - started) / 1000;
    const color = useColor(io) && !values.output;
    // The messages' language (--locale, citypact.json, the environment) for the summary too.
    const settings = workspace.services.CityPact.workspace.Settings;
    const locale: Locale = workspace.targets[0] ? settings.localeFor(workspace.targets[0].uri) : normalizeLocale(values.locale) ?? 'en';

    const sourceLines = (report: { absolutePath: string }) =>
        workspace.targets.find(d => d.uri.fsPath === report.absolutePath)?.textDocument.getText().split(/\r?\n/) ?? [];
    const output = format === 'json' ? formatJson(reports, summary)
        : format === 'sarif' ? formatSarif(reports, await toolVersion(), sourceLines)
            : format === 'github' ? formatGithub(reports)
                : format === 'junit' ? formatJunit(reports, seconds)
                    : formatStylish(reports, summary, { color, seconds, locale });
    if (values.output) {
        writeReport(values.output, output);
        io.stdout.write(summaryLine(summary, { color: useColor(io), seconds, locale }) + '\n');
    } else {
        io.stdout.write(output);
        // Machine formats keep stdout parseable: the human summary goes to stderr.
        if (format === 'github') io.stderr.write(summaryLine(summary, { color: false, seconds, locale }) + '\n');
    }

    const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
    if (tooManyWarnings && format === 'stylish') {
        io.stderr.write(`citypact: ${summary.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    }
    return summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** Rounds of fixes at most: a fix can make another applicable (a body added for `disputes`). */
const FIX_ROUNDS = 5;

/**
 * `check --fix` (docs/language.md §7): applies the unattended quick fixes in memory,
 * round after round until none applies, each fixed text in the canonical layout;
 * then writes the files that changed through the one file writer (all staged before
 * the first is replaced) and returns the workspace of the fixed texts to report on.
 */
async function fixFiles(files: string[], options: WorkspaceOptions, io: Io): Promise<LoadedWorkspace> {
    const texts = new Map<string, string>();
    let workspace = await loadWorkspace(files, options);
    let fixes = 0;
    for (let round = 0; round < FIX_ROUNDS; round++) {
        let changed = false;
        const formatter = workspace.services.CityPact.lsp.Formatter as CityPactFormatter;
        const factory = workspace.services.shared.workspace.LangiumDocumentFactory;
        for (const document of workspace.targets) {
            const { text, applied } = applyUnattendedFixes(document, workspace.services.CityPact);
            if (text === undefined) continue;
            fixes += applied.length;
            const formatted = formatter.format(factory.fromString(text, URI.file(document.uri.fsPath)))?.text ?? text;
            texts.set(document.uri.fsPath, formatted);
            changed = true;
        }
        if (!changed) break;
        workspace = await loadWorkspace(files, { ...options, texts });
    }
    const writes: PlannedWrite[] = [];
    for (const [file, text] of texts) {
        const shown = displayPath(file);
        const source = readSourceFile(file, shown);
        if (source.text === text) continue;
        // A byte order mark stays, as in `fmt` (docs/language.md §3a).
        writes.push({ path: file, content: (source.bom ? '\uFEFF' : '') + text, shown });
    }
    writeFiles(writes);
    const noun = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    io.stderr.write(`citypact check --fix: ${noun(fixes, 'fix', 'fixes')} applied, ${noun(writes.length, 'file', 'files')} rewritten\n`);
    return workspace;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a non-negative integer, got "${value}"`);
    return Number(value);
}

/** Through the one file writer: atomic, mode and links kept, so no partial report remains. */
function writeReport(file: string, text: string): void {
    try {
        writeFiles([{ path: file, content: text, shown: displayPath(file) }]);
    } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        throw new UsageError(`cannot write the report: ${error.message.replace(/^cannot write /, '')}`);
    }
}
