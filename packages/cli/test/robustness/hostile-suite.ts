import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { createCityPactServices, isRuleId, STDLIB_TEXT, STDLIB_URI } from 'citypact-language';
import { main } from '../../src/main.js';
import type { Io } from '../../src/io.js';
import { toFinding } from '../../src/findings.js';
import { formatStylish } from '../../src/formats/stylish.js';
import { startServer, type StdioClient } from '../lsp-client.js';
import { seededRandom } from './stress-helpers.js';

/**
 * The standing hostile-input suite (issue 20; docs/reliability.md "Hostile input"):
 * seeded generators of what an attacker or a careless user feeds the tools, and the
 * properties every case must keep. `npm run fuzz -- --hostile` runs 10,000 cases;
 * `npm test` runs a bounded sample with a fixed seed (hostile-suite.test.ts).
 *
 * Three kinds of case, by share of the runs:
 * - paths (15%): `fmt`, `export -o`, `render -o` and `check -o` in a workspace laid with
 *   links, link loops, dangling links, hard links, FIFOs, folders in the way, private
 *   modes and a victim file outside; run in this process (`main`);
 * - text (60%): files of controls, bidi and separator characters, lookalike names,
 *   huge tokens, deep nesting and cut-short declarations, checked by the language
 *   services and printed by the stylish formatter;
 * - LSP traffic (25%): messages to one real `citypact lsp` per 250 cases: documents of
 *   other languages, out-of-range positions, floods of edits, unknown methods, and
 *   last a broken frame.
 *
 * Properties: no crash and no internal error; no hang (each case within its bound;
 * the runner's watchdog catches a blocked process); exit codes per §7 (0, 1 or 2, and 2
 * only for a usage, configuration or I/O problem); nothing written outside the
 * targets (a victim file and every link target outside them stay byte-identical, no
 * temporary file remains); nothing partial (exit 2 changes no file; a written file
 * is whole: formatted, or valid JSON); every diagnostic positioned inside its text with
 * a rule id of the catalog; terminal output without raw control characters; the
 * server answers a hover after the traffic and exits 2 with a clear line on a
 * broken frame.
 */

export interface HostileOptions {
    runs: number;
    seed: number;
    /** Called before each case with a description, for the runner's watchdog. */
    onCase?: (index: number, description: string) => void;
}

export interface Finding {
    case: string;
    problem: string;
}

type Random = (below: number) => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[random(items.length)];

export async function runHostileSuite(options: HostileOptions): Promise<Finding[]> {
    const random = seededRandom(options.seed);
    const findings: Finding[] = [];
    const texts = await TextBench.create();
    let lsp: LspSession | undefined;
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-hostile-'));
    try {
        for (let index = 0; index < options.runs; index++) {
            const roll = random(100);
            const kind = roll < 15 ? 'path' : roll < 75 ? 'text' : 'lsp';
            const caseSeed = random(2 ** 31);
            const description = `${kind} case ${index} (seed ${caseSeed})`;
            options.onCase?.(index, description);
            const report = (problem: string) => findings.push({ case: description, problem });
            try {
                if (kind === 'path') await pathCase(seededRandom(caseSeed), path.join(scratch, String(index)), report);
                else if (kind === 'text') await texts.check(hostileText(seededRandom(caseSeed)), report);
                else {
                    lsp ??= await LspSession.start(path.join(scratch, `lsp-${index}`));
                    await lsp.step(seededRandom(caseSeed), report);
                    if (lsp.steps >= 250 || index === options.runs - 1) {
                        await lsp.finish(report);
                        lsp = undefined;
                    }
                }
            } catch (error) {
                report(`threw: ${(error as Error)?.stack ?? error}`);
            }
        }
        if (lsp) await lsp.finish(m => findings.push({ case: 'lsp session end', problem: m }));
    } finally {
        lsp?.kill();
        fs.rmSync(scratch, { recursive: true, force: true });
    }
    return findings;
}

// ------------------------------------------------------------------ text

const HOSTILE_PIECES = [
    '\u202E', '\u202D', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\u2028', '\u2029', '\u200B', '\u0000', '\u0007',
    '\u001b[2J', '\u001b]0;pwned\u0007', '\r', '\t', '\uFEFF', '\uD800', 'Shаnghai', 'Ｓhanghai', 'Mеd', '\uF90A融局', '金融局',
    '"', '\\', '\\u202E', '/*', '*/', '//', '{', '}', '{'.repeat(300), '}'.repeat(300), '9'.repeat(2000), 'x'.repeat(5000),
    '"' + 'a'.repeat(3000), 'party', 'agreement', '.', ',', '，', '“', '”', '%', '100.001%', 'code 310000',
];

const SEEDS = [
    'city X "x" { code 120000 }\n',
    'organization Evil "恶意" {\n  kind enterprise\n  uscc "91330108MA2KD7QH3P"\n}\n',
    'agreement A "协议" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n  clause C1 "Each party pays up to 100%."\n}\n',
    'department MedicalSecurity "上海市医疗保障局" of Shanghai\n// comment\n/* block */\n',
];

/** A CityPact-ish text with hostile pieces inserted at random places. */
export function hostileText(random: Random): string {
    let text = pick(random, SEEDS);
    const inserts = 1 + random(6);
    for (let i = 0; i < inserts; i++) {
        const at = random(text.length + 1);
        const piece = pick(random, HOSTILE_PIECES);
        text = text.slice(0, at) + piece + text.slice(at);
    }
    return text;
}

/** The language services of a long-lived process (one set for every text case, as in the server). */
class TextBench {
    private count = 0;
    private constructor(private readonly services: ReturnType<typeof createCityPactServices>) {}

    static async create(): Promise<TextBench> {
        const services = createCityPactServices(EmptyFileSystem);
        const stdlib = services.shared.workspace.LangiumDocumentFactory.fromString(STDLIB_TEXT, STDLIB_URI);
        services.shared.workspace.LangiumDocuments.addDocument(stdlib);
        await services.shared.workspace.DocumentBuilder.build([stdlib], { validation: true });
        return new TextBench(services);
    }

    async check(text: string, report: (problem: string) => void): Promise<void> {
        const { shared } = this.services;
        const uri = URI.file(`/hostile/${++this.count}/a.citypact`);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        const started = performance.now();
        try {
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            const elapsed = performance.now() - started;
            if (elapsed > 10_000) report(`took ${elapsed.toFixed(0)} ms`);
            for (const d of document.diagnostics ?? []) {
                const start = document.textDocument.offsetAt(d.range.start);
                const end = document.textDocument.offsetAt(d.range.end);
                const same = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;
                if (!same(document.textDocument.positionAt(start), d.range.start) || !same(document.textDocument.positionAt(end), d.range.end) || start > end) {
                    report(`diagnostic outside the text: ${JSON.stringify(d.range)} ${d.code}`);
                }
                if (typeof d.code !== 'string' || !isRuleId(d.code)) report(`diagnostic without a catalog rule: ${String(d.code)}`);
                if (typeof d.message === 'string' && /An error occurred|internal error/i.test(d.message)) report(`a check threw: ${d.message}`);
            }
            const findings = (document.diagnostics ?? []).map(toFinding);
            const stylish = formatStylish([{ path: `a\u001b[2J${this.count}.citypact`, absolutePath: uri.fsPath, findings }],
                { errors: 0, warnings: 0, infos: 0, files: 1 }, { color: false, seconds: 0 });
            if (RAW_CONTROL.test(stylish)) report(`raw control character in stylish output: ${JSON.stringify(stylish.slice(0, 200))}`);
        } finally {
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

/** Controls a terminal acts on; newline and tab are layout. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// ------------------------------------------------------------------ paths

const MESSY = 'city M "m"   {  code 110000 }\n';
const AGREEMENT = (name: string) => [
    `agreement ${name} "协议" {`, '  version 1.0.0', '  dimensions cross-region, cross-department', '  effective 2024-01-01',
    '  party Shanghai.MedicalSecurity', '  party Hangzhou.MedicalSecurity', '  body Committee "联席会议" {',
    '    members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', '    chair Shanghai.MedicalSecurity', '    decides by unanimity', '  }',
    '  disputes by Committee', '  amendment by unanimity', '  termination notice 90 days', '}', '',
].join('\n');
const REGISTRY = 'department MedicalSecurity "上海市医疗保障局" of Shanghai\ndepartment MedicalSecurity "杭州市医疗保障局" of Hangzhou\n';

type Planter = (ws: string, name: string) => void;

/** What may stand at a path the command reads or writes. */
const PLANTERS: Record<string, Planter> = {
    'regular file': (ws, name) => fs.writeFileSync(path.join(ws, name), MESSY),
    'private file (600)': (ws, name) => { fs.writeFileSync(path.join(ws, name), MESSY); fs.chmodSync(path.join(ws, name), 0o600); },
    'symlink to a file': (ws, name) => { fs.writeFileSync(path.join(ws, 'real', name), MESSY); fs.symlinkSync(path.join('real', name), path.join(ws, name)); },
    'symlink to the victim': (ws, name) => fs.symlinkSync('../victim.txt', path.join(ws, name)),
    'hard link': (ws, name) => { fs.writeFileSync(path.join(ws, 'real', name), MESSY); fs.linkSync(path.join(ws, 'real', name), path.join(ws, name)); },
    'symlink loop': (ws, name) => fs.symlinkSync(name, path.join(ws, name)),
    'dangling symlink': (ws, name) => fs.symlinkSync('nowhere/gone.citypact', path.join(ws, name)),
    'directory': (ws, name) => fs.mkdirSync(path.join(ws, name)),
    'FIFO': (ws, name) => execFileSync('mkfifo', [path.join(ws, name)]),
    'nothing': () => undefined,
};

const OUTPUT_PLANTERS: Record<string, Planter> = {
    'missing': () => undefined,
    'empty folder': (ws, name) => fs.mkdirSync(path.join(ws, name)),
    'file in the way': (ws, name) => fs.writeFileSync(path.join(ws, name), 'keep'),
    'link loop': (ws, name) => fs.symlinkSync(name, path.join(ws, name)),
    'symlink to a folder': (ws, name) => { fs.mkdirSync(path.join(ws, 'real', 'out'), { recursive: true }); fs.symlinkSync(path.join('real', 'out'), path.join(ws, name)); },
    'folder with a directory at a target': (ws, name) => fs.mkdirSync(path.join(ws, name, 'Beta.json'), { recursive: true }),
    'folder with a link to the victim at a target': (ws, name) => { fs.mkdirSync(path.join(ws, name)); fs.symlinkSync('../../victim.txt', path.join(ws, name, 'Alpha.json')); },
    'folder with a planted temporary link': (ws, name) => { fs.mkdirSync(path.join(ws, name)); fs.symlinkSync('../../victim.txt', path.join(ws, name, `.Alpha.json.${process.pid}.tmp`)); },
};

/** Every file below a folder (links not followed) with its content or link target. */
function snapshot(root: string): Map<string, string> {
    const result = new Map<string, string>();
    const visit = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            const relative = path.relative(root, full);
            if (entry.isSymbolicLink()) result.set(relative, `-> ${fs.readlinkSync(full)}`);
            else if (entry.isDirectory()) { result.set(relative, '<dir>'); visit(full); }
            else if (entry.isFile()) {
                const stat = fs.statSync(full);
                result.set(relative, `${(stat.mode & 0o777).toString(8)} ${fs.readFileSync(full, 'utf8')}`);
            } else result.set(relative, '<special>');
        }
    };
    visit(root);
    return result;
}

export async function pathCase(random: Random, root: string, report: (problem: string) => void): Promise<void> {
    const ws = path.join(root, 'ws');
    fs.mkdirSync(path.join(ws, 'real'), { recursive: true });
    fs.writeFileSync(path.join(root, 'victim.txt'), 'precious\n');
    fs.writeFileSync(path.join(ws, 'citypact.json'), '{}');
    fs.writeFileSync(path.join(ws, 'registry.citypact'), REGISTRY);
    const command = pick(random, ['fmt', 'export', 'render', 'check'] as const);
    let args: string[];
    let targets: string[];
    const planted: string[] = [];
    const plant = (planters: Record<string, Planter>, name: string) => {
        const choice = pick(random, Object.keys(planters));
        planted.push(`${name}: ${choice}`);
        planters[choice](ws, name);
        return choice;
    };
    // A link the user's own path goes through makes its final target a target (§7:
    // links are followed); a link planted at a temporary name never does.
    let victimIsTarget = false;
    if (command === 'fmt') {
        const names = ['a.citypact', 'b.citypact'].slice(0, 1 + random(2));
        for (const name of names) if (plant(PLANTERS, name).includes('victim')) victimIsTarget = true;
        args = ['fmt', ...names];
        targets = names.flatMap(n => [n, path.join('real', n)]);
    } else {
        fs.writeFileSync(path.join(ws, 'a.citypact'), AGREEMENT('Alpha'));
        fs.writeFileSync(path.join(ws, 'b.citypact'), AGREEMENT('Beta'));
        const output = command === 'check' ? 'report.json' : 'out';
        const choice = plant(command === 'check' ? PLANTERS : OUTPUT_PLANTERS, output);
        if (/link to the victim at a target|symlink to the victim/.test(choice)) victimIsTarget = true;
        args = command === 'check'
            ? ['check', 'a.citypact', 'b.citypact', '--format', 'json', '-o', output]
            : [command, 'a.citypact', 'b.citypact', '-o', output];
        targets = [output, path.join('real', output), path.join('real', 'out')];
    }
    const before = snapshot(root);
    const result = await runMain(args, ws);
    const after = snapshot(root);
    const what = `${args.join(' ')} [${planted.join('; ')}] → ${result.status}: ${result.stderr.trim().slice(0, 300)}`;

    if (![0, 1, 2].includes(result.status)) report(`exit code ${result.status}: ${what}`);
    if (/internal error|\n\s+at /.test(result.stderr)) report(`internal error or stack trace: ${what}`);
    if (RAW_CONTROL.test(result.stderr)) report(`raw control character on stderr: ${what}`);
    if (!victimIsTarget && after.get('victim.txt') !== before.get('victim.txt')) report(`the victim outside the workspace was written: ${what}`);
    const inTarget = (file: string) => (victimIsTarget && file === 'victim.txt')
        || targets.some(t => file === path.join('ws', t) || file.startsWith(path.join('ws', t) + path.sep));
    for (const [file, content] of after) {
        if (/\.citypact-\d+-[0-9a-f]+\.tmp$/.test(file)) report(`a temporary file remains: ${file}: ${what}`);
        const previous = before.get(file);
        if (previous === content) continue;
        if (result.status === 2) report(`exit 2 but ${file} changed: ${what}`);
        else if (!inTarget(file)) report(`${file} written outside the targets: ${what}`);
        else if (file.endsWith('.json') && !content.startsWith('<')) {
            try { JSON.parse(content.slice(content.indexOf(' ') + 1)); } catch { report(`partial JSON in ${file}: ${what}`); }
        }
    }
    for (const file of before.keys()) if (!after.has(file)) report(`${file} disappeared: ${what}`);
    if (command === 'fmt' && result.status === 0) {
        for (const name of args.slice(1)) {
            if (!fs.statSync(path.join(ws, name)).isFile()) continue;
            const text = fs.readFileSync(path.join(ws, name), 'utf8');
            if (text !== 'city M "m" {\n  code 110000\n}\n') report(`fmt exit 0 but ${name} is not formatted: ${JSON.stringify(text)}`);
            if (!fs.lstatSync(path.join(ws, name)).isSymbolicLink() && before.get(path.join('ws', name))?.startsWith('->')) report(`fmt replaced the link ${name} by a file`);
        }
    }
}

/** Runs a CLI command in this process, with captured streams and `cwd` as the current folder. */
export async function runMain(args: string[], cwd: string, stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = new PassThrough();
    const err = new PassThrough();
    out.on('data', chunk => { stdout += chunk; });
    err.on('data', chunk => { stderr += chunk; });
    const io: Io = { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]), env: { NO_COLOR: '1', LANG: 'C' } };
    const previous = process.cwd();
    process.chdir(cwd);
    try {
        const status = await main(args, io);
        // The streams deliver what was written on a later tick.
        await new Promise(resolve => setImmediate(resolve));
        return { status, stdout, stderr };
    } finally {
        process.chdir(previous);
    }
}

// ------------------------------------------------------------------ LSP traffic

class LspSession {
    steps = 0;
    private version = 1;
    private readonly uri: string;
    private text = 'city X "x" { code 120000 }\n';
    private readonly pending: Array<Promise<unknown>> = [];

    private constructor(private readonly client: StdioClient, private readonly folder: string) {
        this.uri = pathToFileURL(path.join(folder, 'a.citypact')).toString();
    }

    static async start(folder: string): Promise<LspSession> {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(path.join(folder, 'citypact.json'), '{}');
        const client = startServer(folder);
        await client.initialize(folder);
        const session = new LspSession(client, folder);
        client.notify('textDocument/didOpen', { textDocument: { uri: session.uri, languageId: 'citypact', version: 1, text: session.text } });
        return session;
    }

    async step(random: Random, report: (problem: string) => void): Promise<void> {
        this.steps++;
        const client = this.client;
        if (client.child.exitCode !== null) {
            report(`the server exited (${client.child.exitCode}): ${client.stderr.slice(-500)}`);
            return;
        }
        const otherUri = pathToFileURL(path.join(this.folder, pick(random, ['notes.txt', 'citypact.json', 'README.md', 'data.json']))).toString();
        const far = { line: random(2) ? 1_000_000 : random(5), character: random(2) ? 2 ** 31 - 1 : random(50) };
        const guard = (promise: Promise<unknown>) => this.pending.push(promise.catch(error => {
            const code = (error as { error?: { code?: number } }).error?.code;
            // Cancelled (-32800) or a content-modified/server-cancelled answer (-32801/-32802) are answers.
            if (code === undefined || code > -32800 || code < -32802) report(`request failed: ${error}`);
        }));
        switch (random(7)) {
            case 0:
                client.notify('textDocument/didOpen', { textDocument: { uri: otherUri, languageId: pick(random, ['plaintext', 'json', 'markdown', 'citypact']), version: 1, text: hostileText(random) } });
                guard(client.request('textDocument/hover', { textDocument: { uri: otherUri }, position: far }));
                client.notify('textDocument/didClose', { textDocument: { uri: otherUri } });
                break;
            case 1:
                guard(client.request('textDocument/hover', { textDocument: { uri: this.uri }, position: far }));
                guard(client.request('textDocument/completion', { textDocument: { uri: this.uri }, position: far }));
                break;
            case 2:
                for (let i = 0; i < 20; i++) {
                    this.text = hostileText(random);
                    client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: ++this.version }, contentChanges: [{ text: this.text }] });
                }
                break;
            case 3:
                client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: ++this.version }, contentChanges: [{ range: { start: far, end: far }, text: pick(random, HOSTILE_PIECES) }] });
                break;
            case 4:
                guard(client.request('textDocument/definition', { textDocument: { uri: 'untitled:Untitled-9' }, position: far }));
                break;
            case 5:
                client.notify('$/unknownNotification', { junk: hostileText(random) });
                guard(client.request('textDocument/documentSymbol', { textDocument: { uri: this.uri } }));
                break;
            default:
                guard(client.request('textDocument/semanticTokens/full', { textDocument: { uri: this.uri } }));
        }
        if (this.pending.length > 50) await this.settle(report);
    }

    private async settle(report: (problem: string) => void): Promise<void> {
        const all = Promise.all(this.pending.splice(0));
        const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), 30_000));
        if (await Promise.race([all, timeout]) === 'timeout') report('requests unanswered for 30 s');
    }

    /** The server still answers a hover, then a broken frame stops it with exit 2 and a clear line. */
    async finish(report: (problem: string) => void): Promise<void> {
        try {
            await this.settle(report);
            if (this.client.child.exitCode !== null) {
                report(`the server exited (${this.client.child.exitCode}) during the session: ${this.client.stderr.slice(-500)}`);
                return;
            }
            const text = 'city Final "f" { code 120000 }\n';
            this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: ++this.version }, contentChanges: [{ text }] });
            const hover = await Promise.race([
                this.client.request('textDocument/hover', { textDocument: { uri: this.uri }, position: { line: 0, character: 6 } }),
                new Promise(resolve => setTimeout(() => resolve('timeout'), 20_000)),
            ]) as { contents?: { value?: string } } | 'timeout' | null;
            if (hover === 'timeout' || !hover || !JSON.stringify(hover).includes('Final')) report(`no hover after the traffic: ${JSON.stringify(hover)}`);
            if (this.client.loggedErrors.length) report(`the server logged errors: ${this.client.loggedErrors.slice(0, 3).join(' | ')}`);
            const exited = new Promise<number | null>(resolve => this.client.child.once('exit', code => resolve(code)));
            this.client.child.stdin.write('Content-Length: nope\r\n\r\n{}');
            const code = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve('timeout'), 10_000))]);
            if (code !== 2) report(`a broken frame ended the server with ${String(code)}, not 2`);
            if (!/malformed LSP input/.test(this.client.stderr)) report('no clear line on a broken frame');
        } finally {
            this.kill();
        }
    }

    kill(): void {
        if (this.client.child.exitCode === null) this.client.child.kill();
    }
}
