import { checkCommand, CHECK_HELP } from './commands/check.js';
import { diffCommand, DIFF_HELP } from './commands/diff.js';
import { exportCommand, EXPORT_HELP } from './commands/export.js';
import { fmtCommand, FMT_HELP } from './commands/fmt.js';
import { initCommand, INIT_HELP } from './commands/init.js';
import { renderCommand, RENDER_HELP } from './commands/render.js';
import { reportCommand, REPORT_HELP } from './commands/report.js';
import { schemaCommand, SCHEMA_HELP } from './commands/schema.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { terminalText } from './terminal-text.js';
import { toolVersion } from './version.js';

const HELP = `Usage: citypact <command> [options]

Commands:
  check [paths...]     check agreements against every rule (docs/rules.md)
  export <paths...> [-o DIR] [--format json|odrl]
                       export agreements as JSON or ODRL JSON-LD (docs/language.md §6)
  fmt [--check] [paths...]  rewrite files in the canonical layout (docs/language.md §3a)
  render <paths...> [-o DIR] [--format html|md]
                       render agreements as a readable page with a diagram, or Markdown
  diff <old> <new> | --base REF
                       what changed between versions, and its impact (docs/language.md §8)
  report [paths...] [--as-of DATE] [--format html|json|md|ics] [-o FILE]
                       the portfolio: statuses, deadlines, data-flow atlas (docs/language.md §10)
  schema               print the export JSON Schema
  init [DIR]           a citypact.json, a registry and a first agreement to edit
  lsp                  run the language server on stdio, for any LSP editor (docs/editors.md)

Run "citypact <command> --help" for a command's options. The language, every
command and its exit codes: docs/language.md (§7 for the command line).`;

const LSP_HELP = `Usage: citypact lsp [--stdio | --node-ipc | --socket=N]

Runs the CityPact language server, on stdin/stdout unless a flag says otherwise:
the command to give Neovim, Helix, Emacs (eglot), Zed or any other LSP client.
Set-ups for each editor: docs/editors.md.`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
    check: { run: checkCommand, help: CHECK_HELP },
    diff: { run: diffCommand, help: DIFF_HELP },
    export: { run: exportCommand, help: EXPORT_HELP },
    fmt: { run: fmtCommand, help: FMT_HELP },
    init: { run: initCommand, help: INIT_HELP },
    render: { run: renderCommand, help: RENDER_HELP },
    report: { run: reportCommand, help: REPORT_HELP },
    schema: { run: schemaCommand, help: SCHEMA_HELP },
    lsp: { run: lspCommand, help: LSP_HELP },
};

/**
 * Runs one CLI command and returns its exit code. Every expected failure is one
 * line on stderr and exit 2; an unexpected one is reported as an internal error,
 * still without a stack trace unless CITYPACT_DEBUG is set.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
    const [name, ...args] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout.write(HELP + '\n');
        return name ? EXIT_OK : EXIT_USAGE;
    }
    if (name === '--version' || name === '-v') {
        io.stdout.write(`${await toolVersion()}\n`);
        return EXIT_OK;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr.write(`citypact: unknown command "${terminalText(name)}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`);
        return EXIT_USAGE;
    }
    if (args.includes('--help') || args.includes('-h')) {
        io.stdout.write(command.help + '\n');
        return EXIT_OK;
    }
    try {
        return await command.run(args, io);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Messages quote paths, names and configuration text: escaped for the terminal (issue 20).
        const text = (message: string) => terminalText(message, { keepNewlines: true });
        if (error instanceof UsageError) {
            io.stderr.write(`citypact ${name}: ${text(error.message)}\n`);
        } else if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            io.stderr.write(`citypact ${name}: ${text((error as Error).message)}\n`);
        } else {
            io.stderr.write(`citypact ${name}: internal error: ${text((error as Error)?.message ?? String(error))}\n`);
            if (io.env.CITYPACT_DEBUG) io.stderr.write(`${(error as Error)?.stack}\n`);
        }
        return EXIT_USAGE;
    }
}

async function lspCommand(): Promise<number> {
    const { runLanguageServer } = await import('citypact-language/lsp');
    runLanguageServer();
    // The server keeps the process alive until the client disconnects.
    return new Promise<number>(() => undefined);
}

