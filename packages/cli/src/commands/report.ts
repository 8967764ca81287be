import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import {
    computePortfolio, isIsoDate, renderPortfolio, REPORT_FORMATS, todayInChina,
    type ReportFormat,
} from 'citypact-language';
import { EXIT_OK, UsageError } from '../errors.js';
import { displayPath, expandPaths } from '../files.js';
import type { Io } from '../io.js';
import { terminalText } from '../terminal-text.js';
import { toolVersion } from '../version.js';
import { loadWorkspace } from '../workspace.js';
import { writeFiles } from '../write-files.js';

export const REPORT_HELP = `Usage: citypact report [paths...] [options]

The portfolio of the agreements in the given files or folders (default: the
current folder) on one date: the status of each agreement (draft, signed,
in-force, expiring, expired, superseded), the obligations due within 90 days or
overdue, and the data-flow atlas: where each dataset flows across agreements
(docs/language.md §10, docs/report.md).

Options:
  --as-of <YYYY-MM-DD>   the date the statuses are for (default: today in China, UTC+8)
  --format <name>        html (default): one self-contained page; json: for other
                         systems (schema: citypact-report-1.schema.json); md: for a
                         wiki; ics: an RFC 5545 calendar of due dates and expiries
  -o, --output <file>    write the report to this file (atomically) instead of stdout
  --config <file>        use this citypact.json instead of searching for one
  --locale <en|zh-CN>    language of the page, the Markdown and the calendar

Files with errors do not stop the report: it lists them, and is made from what
they declare.

Exit codes: 0 report made (even when files have errors), 2 usage, configuration or I/O problem.`;

export async function reportCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            'as-of': { type: 'string' },
            format: { type: 'string', default: 'html' },
            output: { type: 'string', short: 'o' },
            config: { type: 'string' },
            locale: { type: 'string' },
        },
    });
    const format = values.format as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) {
        throw new UsageError(`unknown format "${values.format}" (expected one of: ${REPORT_FORMATS.join(', ')})`);
    }
    const asOf = values['as-of'] ?? todayInChina();
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of expects a real date written YYYY-MM-DD, got "${asOf}"`);
    if (values.locale !== undefined && !['en', 'zh-CN'].includes(values.locale)) {
        throw new UsageError(`unknown locale "${values.locale}" (expected en or zh-CN)`);
    }
    if (values.config !== undefined && !fs.existsSync(values.config)) {
        throw new UsageError(`${values.config}: no such file or directory`);
    }
    const files = expandPaths(positionals.length ? positionals : ['.']);
    const workspace = await loadWorkspace(files, {
        configFile: values.config,
        localeOverride: values.locale,
        environmentLocale: io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG,
    });
    const portfolio = computePortfolio(workspace.targets.map(document => ({ document })), asOf);
    // Paths relative to the current folder, `/`-separated on every system: the same bytes everywhere.
    const pathOf = (uri: string) => path.relative(process.cwd(), URI.parse(uri).fsPath).split(path.sep).join('/');
    // As for messages (§5): --locale, else the workspace's citypact.json, else the environment.
    const locale = workspace.services.CityPact.workspace.Settings.localeFor(URI.file(path.resolve(files[0] ?? '.')));
    const text = renderPortfolio(portfolio, format, { locale, pathOf, generator: `citypact ${await toolVersion()}` });

    for (const file of portfolio.filesWithErrors) {
        const noun = file.errors === 1 ? 'error' : 'errors';
        io.stderr.write(terminalText(`citypact report: ${displayPath(URI.parse(file.uri).fsPath)} has ${file.errors} ${noun} (listed in the report; run citypact check)`) + '\n');
    }
    if (values.output === undefined) {
        io.stdout.write(text);
    } else {
        writeFiles([{ path: values.output, content: text, shown: displayPath(path.resolve(values.output)) }]);
        io.stderr.write(terminalText(`citypact report: ${portfolio.agreements.length} agreements as of ${asOf} written to ${displayPath(path.resolve(values.output))}`) + '\n');
    }
    return EXIT_OK;
}
