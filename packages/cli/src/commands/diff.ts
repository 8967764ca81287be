import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
    DIFF_IMPACTS, FAIL_ON_VALUES, diffAgreements, diffMarkdown, diffReport, diffSide, diffValueText, diffWords,
    agreementTitle, failsOn, normalizeLocale, setChangeText, toJsonText,
    type DiffImpact, type DiffResult, type DiffSide, type FailOn, type Locale, type Model,
} from 'citypact-language';
import type { LangiumDocument } from 'langium';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { displayPath, expandPaths } from '../files.js';
import { git } from '../git.js';
import { useColor, type Io } from '../io.js';
import { terminalText } from '../terminal-text.js';
import { loadWorkspace } from '../workspace.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const DIFF_HELP = `Usage: citypact diff <old> <new> [options]
       citypact diff --base <git-ref> [paths...] [options]

Compares the agreements of two versions and classifies every change by its impact
(docs/language.md §8, docs/diff.md): data-protection, substantive or editorial.
<old> and <new> are files or folders, each loaded as its own workspace. With --base,
the old side is the same paths at a git commit (read with git; the working tree and
the index are never touched) and the new side is the working tree; a path that did
not exist at the commit counts as added.

Options:
  --base <git-ref>       compare the working tree with this commit, branch or tag
  --format <name>        text (default) | markdown (a pull-request comment) | json
  --fail-on <impact>     exit 1 when a change is at or above: data-protection |
                         substantive | any | none (default)
  --locale <en|zh-CN>    language of the text and Markdown formats

Exit codes: 0 no change at or above --fail-on, 1 some change is, 2 usage or I/O problem,
or a side that does not parse.`;

export async function diffCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            base: { type: 'string' },
            format: { type: 'string', default: 'text' },
            'fail-on': { type: 'string', default: 'none' },
            locale: { type: 'string' },
        },
    });
    const format = values.format as Format;
    if (!FORMATS.includes(format)) {
        throw new UsageError(`unknown format "${values.format}" (expected one of: ${FORMATS.join(', ')})`);
    }
    const failOn = values['fail-on'] as FailOn;
    if (!FAIL_ON_VALUES.includes(failOn)) {
        throw new UsageError(`unknown --fail-on "${values['fail-on']}" (expected one of: ${FAIL_ON_VALUES.join(', ')})`);
    }
    if (values.locale !== undefined && !['en', 'zh-CN'].includes(values.locale)) {
        throw new UsageError(`unknown locale "${values.locale}" (expected en or zh-CN)`);
    }
    const locale: Locale = normalizeLocale(values.locale)
        ?? normalizeLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG) ?? 'en';

    let result: DiffResult;
    if (values.base !== undefined) {
        if (values.base === '' || values.base.startsWith('-')) throw new UsageError(`--base expects a git revision, got "${values.base}"`);
        result = await diffAgainstGit(values.base, positionals.length ? positionals : ['.']);
    } else {
        if (positionals.length !== 2) {
            throw new UsageError('which versions? usage: citypact diff <old> <new>, or citypact diff --base <git-ref> [paths...]');
        }
        const before = await loadSide(expandPaths([positionals[0]]), {});
        const after = await loadSide(expandPaths([positionals[1]]), {});
        result = diffAgreements(before, after);
    }

    const report = diffReport(result);
    if (format === 'json') io.stdout.write(toJsonText(report));
    else if (format === 'markdown') io.stdout.write(diffMarkdown(report, locale));
    else io.stdout.write(diffText(result, { color: useColor(io), locale }));
    return failsOn(report.summary, failOn) ? EXIT_FINDINGS : EXIT_OK;
}

interface SideOptions {
    /** The folder standing for the current one (the copy of it at REF for --base). */
    cwd?: string;
    /** How to name a file in messages (`REF:path` for files read from git). */
    shown?: (file: string) => string;
}

/**
 * One side, loaded as its own workspace (its citypact.json, its registries, the
 * standard library), parsed but not checked: a diff reports what changed, not what
 * is wrong. References are read as written (full qualified names, §2) and the few the
 * engine resolves (the dataset of a new exchange) are linked when read. A file that does not parse stops the diff (exit 2), naming it.
 */
async function loadSide(files: string[], options: SideOptions): Promise<DiffSide> {
    const workspace = await loadWorkspace(files, { cwd: options.cwd, validation: false, eagerLinking: false });
    assertParses(workspace.targets, options.shown ?? (file => displayPath(file)));
    return diffSide(workspace.targets, workspace.services.CityPact);
}

function assertParses(documents: LangiumDocument<Model>[], shown: (file: string) => string): void {
    const lines: string[] = [];
    for (const document of documents) {
        const { lexerErrors, parserErrors } = document.parseResult;
        const errors = [
            ...lexerErrors.map(e => ({ line: e.line ?? 1, column: e.column ?? 1, message: e.message })),
            ...parserErrors.map(e => ({
                line: Number.isNaN(e.token.startLine) || e.token.startLine === undefined ? lastLine(document) : e.token.startLine,
                column: Number.isNaN(e.token.startColumn) || e.token.startColumn === undefined ? 1 : e.token.startColumn,
                message: e.message,
            })),
        ].sort((a, b) => a.line - b.line || a.column - b.column);
        const first = errors[0];
        if (first) {
            const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
            lines.push(`${shown(document.uri.fsPath)}:${first.line}:${first.column}: does not parse: ${first.message}${more}`);
        }
    }
    if (lines.length) throw new UsageError(`${lines.join('\n')}\n(run "citypact check" on the file for every syntax error)`);
}

function lastLine(document: LangiumDocument): number {
    return document.textDocument.lineCount;
}

// ---------------------------------------------------------------- --base REF

/**
 * The old side from git: every .citypact file, citypact.json and .citypactignore
 * of the repository at REF is written into a temporary copy (read with `git ls-tree`
 * and `git cat-file --batch`, which never touch the working tree or the index), and
 * the given paths are loaded from that copy as they would be from the working tree.
 */
async function diffAgainstGit(ref: string, inputs: string[]): Promise<DiffResult> {
    const cwd = process.cwd();
    const top = git(['rev-parse', '--show-toplevel'], cwd, 'not inside a git repository (--base needs one)').toString('utf8').trim();
    const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, `unknown git revision "${ref}"`).toString('utf8').trim();
    const afterFiles = expandPaths(inputs);

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-diff-'));
    try {
        const realTop = fs.realpathSync(top);
        const inRepo = (absolute: string) => {
            const relative = path.relative(realTop, safeRealpath(absolute));
            if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`${displayPath(absolute)}: outside the git repository of --base`);
            return relative;
        };
        const copyCwd = path.join(copy, inRepo(cwd));
        materialize(commit, realTop, copy);
        fs.mkdirSync(copyCwd, { recursive: true });
        // A path that did not exist at REF contributes nothing to the old side: its agreements are added.
        const beforeFiles: string[] = [];
        for (const input of inputs) {
            const mapped = path.join(copy, inRepo(path.resolve(cwd, input)));
            if (fs.existsSync(mapped)) beforeFiles.push(...expandPaths([mapped], copyCwd));
        }
        const shown = (file: string) => `${ref}:${path.relative(copy, file).split(path.sep).join('/')}`;
        const before = await loadSide([...new Set(beforeFiles)], { cwd: copyCwd, shown });
        const after = await loadSide(afterFiles, {});
        return diffAgreements(before, after);
    } finally {
        fs.rmSync(copy, { recursive: true, force: true });
    }
}

function safeRealpath(file: string): string {
    try {
        return fs.realpathSync(file);
    } catch {
        // A path that does not exist in the working tree (deleted since REF): its folder's real path.
        return path.join(safeRealpath(path.dirname(file)), path.basename(file));
    }
}

const MATERIALIZED = (name: string) => name.endsWith('.citypact') || name === 'citypact.json' || name === '.citypactignore';

function materialize(commit: string, top: string, into: string): void {
    const listing = git(['ls-tree', '-r', '-z', '--full-tree', commit], top, 'cannot list the files at the revision')
        .toString('utf8').split('\0').filter(Boolean);
    const blobs: Array<{ id: string; file: string }> = [];
    for (const entry of listing) {
        const tab = entry.indexOf('\t');
        const [mode, type, id] = entry.slice(0, tab).split(' ');
        const file = entry.slice(tab + 1);
        // Regular files only: a symlink (120000) or a submodule (commit) is not read.
        if (type === 'blob' && mode !== '120000' && MATERIALIZED(path.posix.basename(file))) blobs.push({ id, file });
    }
    if (blobs.length === 0) return;
    const output = git(['cat-file', '--batch'], top, 'cannot read the files at the revision', blobs.map(b => b.id).join('\n') + '\n');
    let offset = 0;
    for (const blob of blobs) {
        const headerEnd = output.indexOf(0x0a, offset);
        const header = output.subarray(offset, headerEnd).toString('utf8');
        const size = Number(header.split(' ')[2]);
        const content = output.subarray(headerEnd + 1, headerEnd + 1 + size);
        offset = headerEnd + 1 + size + 1;
        const target = path.join(into, ...blob.file.split('/'));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, content);
    }
}

// ---------------------------------------------------------------- text

const IMPACT_COLOR: Record<DiffImpact, string> = { 'data-protection': '31', substantive: '33', editorial: '36' };

/**
 * For terminals: per agreement a heading, then one line per change in source order,
 * `impact change element target field: before → after`, sets shown as `+added −removed`.
 * Coloured as `check` is (red, yellow, cyan); every text from a file escaped.
 */
export function diffText(result: DiffResult, options: { color: boolean; locale: Locale }): string {
    const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const words = diffWords(options.locale);
    const out: string[] = [];
    const report = diffReport(result);
    const impactWidth = Math.max(...DIFF_IMPACTS.map(i => words.impact[i].length));
    const changeWidth = Math.max(...Object.values(words.change).map(w => w.length));
    for (const agreement of report.agreements) {
        if (agreement.status === 'unchanged') continue;
        out.push(paint('4', terminalText(agreementTitle(agreement, options.locale))));
        for (const change of agreement.changes) {
            const impact = paint(IMPACT_COLOR[change.impact], words.impact[change.impact].padEnd(impactWidth));
            const what = `${words.change[change.change].padEnd(changeWidth)}  ${words.element[change.element]} ${change.target}${change.field ? ` ${change.field}` : ''}`;
            const delta = setChangeText(change.before, change.after);
            const values = delta !== undefined ? delta
                : change.change === 'added' ? diffValueText(change.after)
                    : change.change === 'removed' ? diffValueText(change.before)
                        : `${diffValueText(change.before)} → ${diffValueText(change.after)}`;
            // One line per change: a doc comment's line breaks read as spaces.
            out.push(`  ${impact}  ${terminalText(what)}: ${terminalText(oneLine(values))}`);
        }
        out.push('');
    }
    const total = DIFF_IMPACTS.reduce((n, i) => n + report.summary[i], 0);
    const counts = words.summary(report.summary);
    const line = total === 0 ? `✔ ${words.noChanges}` : `✖ ${counts}`;
    const color = report.summary['data-protection'] ? '31;1' : report.summary.substantive ? '33;1' : '32;1';
    out.push(paint(color, line));
    return out.join('\n') + '\n';
}

/** A doc comment's lines joined with spaces (split and trimmed: linear, unlike a regex around `\n`). */
function oneLine(text: string): string {
    return text.includes('\n') ? text.split('\n').map(line => line.trim()).join(' ') : text;
}
