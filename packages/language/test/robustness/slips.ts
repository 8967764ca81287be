import '../../src/polyfill.js';
import { readFileSync } from 'node:fs';
import { AstUtils, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createCityPactServices, type CityPactServiceSet } from '../../src/citypact-module.js';
import { STDLIB_TEXT, STDLIB_URI } from '../../src/stdlib/standard-library.js';
import { loadExamples, REPO, type ExampleFolder } from './example-corpus.js';
import { roughTokens } from './mutations.js';

/**
 * The §4.1 mutation test (docs/reliability.md): one slip — a token deleted,
 * duplicated or misspelt — in any example or test fixture. Every diagnostic other
 * than `syntax` that the slipped file produces must also be produced by the same
 * workspace with the broken declaration repaired (the original text) or removed
 * (the innermost declaration, member, party line or closing clause around the slip,
 * or any declaration containing it). Anything else is a *false* diagnostic: the
 * parser's recovery, not the author, caused it.
 *
 * A slip that leaves the file parsing is skipped: its diagnostics are the author's
 * (a misspelt name that is still a name is a genuine `unresolved-reference`).
 */
export interface Slip {
    example: string;
    file: string;
    kind: 'delete' | 'duplicate' | 'misspell';
    /** Offset of the token in the original text. */
    offset: number;
    token: string;
    /** The slipped text of the whole file. */
    text: string;
}

/** The examples and the test fixtures (a fixture is a folder of one file). */
export function slipCorpus(): ExampleFolder[] {
    const fixture = readFileSync(`${REPO}packages/language/test/fixtures/language-sample.citypact`, 'utf8');
    return [...loadExamples(), { name: 'fixtures', files: { 'language-sample.citypact': fixture }, targets: ['language-sample.citypact'] }];
}

/** Every slip of every token of every file, in a fixed order. */
export function allSlips(corpus: ExampleFolder[] = slipCorpus()): Slip[] {
    const slips: Slip[] = [];
    for (const example of corpus) {
        for (const file of example.targets) {
            const text = example.files[file];
            let offset = 0;
            for (const token of roughTokens(text)) {
                const at = offset;
                offset += token.length;
                if (/^\s/.test(token) || token.startsWith('//') || token.startsWith('/*')) continue;
                const before = text.slice(0, at);
                const after = text.slice(at + token.length);
                const slip = (kind: Slip['kind'], replacement: string) => slips.push({ example: example.name, file, kind, offset: at, token, text: before + replacement + after });
                slip('delete', '');
                slip('duplicate', `${token} ${token}`);
                const misspelt = misspell(token);
                if (misspelt !== token) slip('misspell', misspelt);
            }
        }
    }
    return slips;
}

/** A seeded sample (mulberry32), the same for the same seed. */
export function sampleSlips(slips: Slip[], count: number, seed: number): Slip[] {
    let state = seed >>> 0;
    const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const copy = [...slips];
    for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '{': '｛', '}': '｝', '.': '。' };

/**
 * How a drafter misspells a token: a string loses its closing quote, an ASCII
 * punctuation mark comes out full-width (a Chinese input method), a number loses its
 * last digit (`2024-08-01` → `2024-08-0`), a word gets two letters swapped
 * (`purpose` → `purpsoe`).
 */
export function misspell(token: string): string {
    if (token.startsWith('"')) return token.endsWith('"') && token.length > 1 ? token.slice(0, -1) : token;
    if (token.length === 1) return FULL_WIDTH[token] ?? token;
    if (/^[0-9]/.test(token)) return token.slice(0, -1);
    const chars = [...token];
    const middle = Math.max(1, Math.floor(chars.length / 2));
    if (chars[middle - 1] === chars[middle]) chars.splice(middle, 1);
    else [chars[middle - 1], chars[middle]] = [chars[middle], chars[middle - 1]];
    return chars.join('');
}

/** Node types a slip can break and the oracle can remove whole. */
const REMOVABLE = new Set([
    'Province', 'City', 'District', 'Township', 'Department', 'Organization', 'Dataset', 'Agreement',
    'Party', 'Body', 'Service', 'Exchange', 'Funding', 'Obligation', 'Clause', 'Disputes', 'Amendment', 'Termination',
    'Costs', 'CostShare', 'Amount',
]);

export interface SlipVerdict {
    /** Whether the slip broke the parse (otherwise it is skipped). */
    syntaxError: boolean;
    /** `file rule message` of every false diagnostic. */
    falseDiagnostics: string[];
}

/**
 * Builds workspaces the way the CLI does (one set of services, the standard library
 * loaded once) and compares a slip's diagnostics with those of the repaired and the
 * removed variants; the diagnostics of a text are cached.
 */
export class SlipOracle {
    private folderCount = 0;
    private readonly cache = new Map<string, Set<string>>();

    private constructor(private readonly services: CityPactServiceSet, private readonly corpus: Map<string, ExampleFolder>) {}

    static async create(corpus: ExampleFolder[] = slipCorpus()): Promise<SlipOracle> {
        const services = createCityPactServices(EmptyFileSystem);
        const stdlib = services.shared.workspace.LangiumDocumentFactory.fromString(STDLIB_TEXT, STDLIB_URI);
        services.shared.workspace.LangiumDocuments.addDocument(stdlib);
        await services.shared.workspace.DocumentBuilder.build([stdlib], { validation: true });
        return new SlipOracle(services, new Map(corpus.map(example => [example.name, example])));
    }

    async judge(slip: Slip): Promise<SlipVerdict> {
        const example = this.corpus.get(slip.example)!;
        const slipped = await this.run(example.files, slip.file, slip.text);
        if (!slipped.syntaxError) return { syntaxError: false, falseDiagnostics: [] };
        const allowed = new Set(await this.diagnostics(example.files, slip.file, example.files[slip.file]));
        for (const [start, end] of await this.removableAround(example, slip.file, slip.offset)) {
            const original = example.files[slip.file];
            for (const d of await this.diagnostics(example.files, slip.file, original.slice(0, start) + original.slice(end))) allowed.add(d);
        }
        return { syntaxError: true, falseDiagnostics: [...slipped.diagnostics].filter(d => !allowed.has(d)) };
    }

    private async diagnostics(files: Record<string, string>, target: string, text: string): Promise<Set<string>> {
        const key = `${Object.keys(files).join('|')}\u0000${target}\u0000${text}`;
        let result = this.cache.get(key);
        if (!result) {
            result = (await this.run(files, target, text)).diagnostics;
            this.cache.set(key, result);
        }
        return result;
    }

    /** The ranges of the original's removable nodes that contain the offset, innermost first. */
    private async removableAround(example: ExampleFolder, file: string, offset: number): Promise<Array<[number, number]>> {
        const ranges: Array<[number, number]> = [];
        await this.withDocuments(example.files, async documents => {
            const root = documents.get(file)!.parseResult.value;
            for (const node of AstUtils.streamAst(root)) {
                const cst = node.$cstNode;
                if (!cst || !REMOVABLE.has(node.$type) || offset < cst.offset || offset >= cst.end) continue;
                ranges.push([cst.offset, cst.end]);
            }
        });
        return ranges.reverse();
    }

    private async run(files: Record<string, string>, target: string, text: string): Promise<{ syntaxError: boolean; diagnostics: Set<string> }> {
        return this.withDocuments({ ...files, [target]: text }, async documents => {
            const diagnostics = new Set<string>();
            let syntaxError = false;
            for (const [name, document] of documents) {
                for (const d of document.diagnostics ?? []) {
                    if (d.code === 'syntax') {
                        if (name === target) syntaxError = true;
                        continue;
                    }
                    // The finding, not the advice: a "did you mean" may differ with what else is declared.
                    const message = (typeof d.message === 'string' ? d.message : d.message.value).replace(/; did you mean .*$/, '');
                    diagnostics.add(`${name} ${String(d.code)} ${message}`);
                }
            }
            return { syntaxError, diagnostics };
        });
    }

    private async withDocuments<T>(files: Record<string, string>, action: (documents: Map<string, LangiumDocument>) => Promise<T>): Promise<T> {
        const { shared } = this.services;
        const folder = `/slips/${++this.folderCount}`;
        const documents = new Map<string, LangiumDocument>();
        for (const [name, text] of Object.entries(files)) {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`${folder}/${name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            documents.set(name, document);
        }
        try {
            await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
            return await action(documents);
        } finally {
            for (const document of documents.values()) {
                shared.workspace.LangiumDocuments.deleteDocument(document.uri);
                shared.workspace.IndexManager.remove(document.uri);
            }
        }
    }
}

/** Runs the oracle over slips; returns the false diagnostics found, with the slip that caused each. */
export async function falseDiagnostics(slips: Slip[], onSlip?: (index: number) => void): Promise<{ broken: number; found: Array<{ slip: Slip; diagnostic: string }> }> {
    const oracle = await SlipOracle.create();
    const found: Array<{ slip: Slip; diagnostic: string }> = [];
    let broken = 0;
    for (const [index, slip] of slips.entries()) {
        onSlip?.(index);
        const verdict = await oracle.judge(slip);
        if (verdict.syntaxError) broken++;
        for (const diagnostic of verdict.falseDiagnostics) found.push({ slip, diagnostic });
    }
    return { broken, found };
}

/** `delete 'purpose' at agreement.citypact:115` for a failure message. */
export function describeSlip(slip: Slip): string {
    const line = slip.text.slice(0, slip.offset).split('\n').length;
    return `${slip.kind} ${JSON.stringify(slip.token.slice(0, 40))} at examples/${slip.example}/${slip.file}:${line}`;
}
