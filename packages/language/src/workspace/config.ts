import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import {
    getRule, isRuleId, normalizeLocale, LOCALES,
    type ConfiguredSeverity, type Locale, type RuleId,
} from '../validation/rule-catalog.js';

/** The name of the configuration file (docs/language.md §5). */
export const CONFIG_FILE_NAME = 'citypact.json';

export interface CityPactConfig {
    /**
     * Whether the standard library is loaded; absent means the default (on).
     * `"national"` adds every GB/T 2260 division down to the county level (§3).
     */
    stdlib?: StdlibMode;
    locale?: Locale;
    rules: Partial<Record<RuleId, ConfiguredSeverity>>;
}

/** The values of `"stdlib"` (docs/language.md §3, §5). */
export type StdlibMode = boolean | 'national';
export const STDLIB_MODES: readonly StdlibMode[] = [true, false, 'national'];

/** A problem in a configuration file, positioned for the editor and the CLI (0-based). */
export interface ConfigProblem {
    message: string;
    line: number;
    character: number;
    endLine: number;
    endCharacter: number;
}

export interface LoadedConfig {
    /** Absolute path of the citypact.json in force, or undefined for the defaults. */
    file?: string;
    config: CityPactConfig;
    problems: ConfigProblem[];
}

export const DEFAULT_CONFIG: CityPactConfig = Object.freeze({ rules: {} }) as CityPactConfig;
const SEVERITIES: readonly ConfiguredSeverity[] = ['error', 'warning', 'info', 'off'];
const KNOWN_KEYS = ['$schema', 'stdlib', 'locale', 'rules'];

/**
 * Parses and checks the text of a citypact.json. Every unknown key or rule id and
 * every bad value is a problem: nothing is ignored silently.
 */
export function parseConfig(text: string): { config: CityPactConfig; problems: ConfigProblem[] } {
    const problems: ConfigProblem[] = [];
    const lines = lineStarts(text);
    const at = (offset: number, length: number, message: string) => {
        const start = positionAt(lines, offset);
        const end = positionAt(lines, offset + Math.max(length, 1));
        problems.push({ message, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character });
    };
    // A byte order mark (Notepad writes one) is accepted: a space keeps every offset.
    if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
    if (text.trim() === '') {
        at(0, 0, 'Invalid JSON: the file is empty (write {} for the defaults)');
        return { config: { rules: {} }, problems };
    }
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const config: CityPactConfig = { rules: {} };
    for (const error of errors) {
        at(error.offset, error.length, `Invalid JSON: ${printParseErrorCode(error.error)}`);
    }
    if (!root) return { config, problems };
    if (root.type !== 'object') {
        at(root.offset, root.length, 'The configuration must be a JSON object');
        return { config, problems };
    }
    const isDuplicate = duplicateKeys(at);
    for (const property of root.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        if (isDuplicate(keyNode)) continue;
        if (!KNOWN_KEYS.includes(key)) {
            at(keyNode.offset, keyNode.length, `Unknown key "${key}" (known keys: ${KNOWN_KEYS.filter(k => k !== '$schema').join(', ')})`);
            continue;
        }
        if (!valueNode) continue;
        if (key === 'stdlib') {
            if (valueNode.type === 'boolean') config.stdlib = valueNode.value as boolean;
            else if (valueNode.type === 'string' && valueNode.value === 'national') config.stdlib = 'national';
            else at(valueNode.offset, valueNode.length, '"stdlib" must be true, false or "national"');
        } else if (key === 'locale') {
            const locale = valueNode.type === 'string' ? LOCALES.find(l => l === valueNode.value) : undefined;
            if (locale) config.locale = locale;
            else at(valueNode.offset, valueNode.length, `"locale" must be one of ${LOCALES.map(l => `"${l}"`).join(', ')}`);
        } else if (key === 'rules') {
            readRules(valueNode, config, at);
        } else if (key === '$schema' && valueNode.type !== 'string') {
            at(valueNode.offset, valueNode.length, '"$schema" must be a string');
        }
    }
    return { config, problems };
}

/**
 * JSON parsers keep the last of two equal keys without a word: the first one then
 * looks in force and is not (issue 20). The second is reported and ignored.
 */
function duplicateKeys(at: (offset: number, length: number, message: string) => void): (keyNode: JsonNode) => boolean {
    const seen = new Set<string>();
    return keyNode => {
        const key = String(keyNode.value);
        if (!seen.has(key)) {
            seen.add(key);
            return false;
        }
        at(keyNode.offset, keyNode.length, `Duplicate key "${key}": it is already set above (remove one of the two)`);
        return true;
    };
}

function readRules(node: JsonNode, config: CityPactConfig, at: (offset: number, length: number, message: string) => void): void {
    if (node.type !== 'object') {
        at(node.offset, node.length, '"rules" must be an object mapping rule ids to severities');
        return;
    }
    const isDuplicate = duplicateKeys(at);
    for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        if (isDuplicate(keyNode)) continue;
        const id = String(keyNode.value);
        if (!isRuleId(id)) {
            at(keyNode.offset, keyNode.length, `Unknown rule id "${id}"`);
            continue;
        }
        const severity = valueNode?.type === 'string' ? SEVERITIES.find(s => s === valueNode.value) : undefined;
        if (severity) {
            config.rules[id] = severity;
        } else if (valueNode) {
            at(valueNode.offset, valueNode.length, `Bad severity for rule "${id}": expected one of ${SEVERITIES.map(s => `"${s}"`).join(', ')}`);
        }
    }
}

/** The severity a rule has under a configuration; `off` removes its diagnostics. */
export function effectiveSeverity(config: CityPactConfig, rule: RuleId): ConfiguredSeverity {
    return config.rules[rule] ?? getRule(rule).severity;
}

/**
 * Finds the citypact.json in force for a file: the nearest one walking up from the
 * file's folder. Results are cached per folder; `clear()` after a config changes.
 */
export class ConfigResolver {
    private readonly byFolder = new Map<string, LoadedConfig>();
    private readonly byFile = new Map<string, LoadedConfig>();

    /** The configuration for a file (or folder, with `isFolder`). */
    forPath(filePath: string, isFolder = false): LoadedConfig {
        const start = isFolder ? path.resolve(filePath) : path.dirname(path.resolve(filePath));
        return this.forFolder(start);
    }

    /** Uses a given file instead of searching (the CLI's `--config`). */
    loadFile(configPath: string): LoadedConfig {
        const absolute = path.resolve(configPath);
        let loaded = this.byFile.get(absolute);
        if (!loaded) {
            const text = fs.readFileSync(absolute, 'utf8');
            const { config, problems } = parseConfig(text);
            loaded = { file: absolute, config, problems };
            this.byFile.set(absolute, loaded);
        }
        return loaded;
    }

    /** Every configuration file read so far (for showing their problems in the editor). */
    loaded(): LoadedConfig[] {
        return [...this.byFile.values()];
    }

    clear(): void {
        this.byFolder.clear();
        this.byFile.clear();
    }

    /** A configuration that cannot be read: the defaults, and the reason as a problem. */
    private unreadable(file: string, message: string): LoadedConfig {
        const loaded: LoadedConfig = {
            file, config: { ...DEFAULT_CONFIG, rules: {} },
            problems: [{ message, line: 0, character: 0, endLine: 0, endCharacter: 1 }],
        };
        // Listed with the files read, so the editor shows it too (config-diagnostics.ts).
        this.byFile.set(file, loaded);
        return loaded;
    }

    private forFolder(folder: string): LoadedConfig {
        const cached = this.byFolder.get(folder);
        if (cached) return cached;
        let loaded: LoadedConfig;
        const candidate = path.join(folder, CONFIG_FILE_NAME);
        const kind = entryKind(candidate);
        if (kind === 'file') {
            try {
                loaded = this.loadFile(candidate);
            } catch (error) {
                loaded = this.unreadable(candidate, `Cannot read ${CONFIG_FILE_NAME}: ${describeReadError(error)}`);
            }
        } else if (kind !== 'none') {
            // Something named citypact.json that cannot be a configuration: reported, and
            // the defaults apply. Walking on to a parent's file would apply settings the
            // user never meant for this folder, silently (docs/language.md §5, issue 20).
            loaded = this.unreadable(candidate, `${CONFIG_FILE_NAME} ${kind}: it cannot be read as the configuration (defaults apply until it is fixed)`);
        } else {
            const parent = path.dirname(folder);
            loaded = parent === folder ? { config: DEFAULT_CONFIG, problems: [] } : this.forFolder(parent);
        }
        this.byFolder.set(folder, loaded);
        return loaded;
    }
}

/**
 * What is at a configuration path: 'none' when nothing is (or only a folder's entry
 * we may not even look at), 'file' for a regular file (through links), otherwise
 * the reason it cannot be one, as a phrase. Never opens it: a FIFO would block.
 */
function entryKind(p: string): 'none' | 'file' | string {
    let link: fs.Stats;
    try {
        link = fs.lstatSync(p);
    } catch {
        return 'none';
    }
    let stat: fs.Stats;
    try {
        stat = fs.statSync(p);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') return 'is a symbolic link loop';
        if (code === 'ENOENT' && link.isSymbolicLink()) return 'is a symbolic link to a missing file';
        return `cannot be inspected (${describeReadError(error)})`;
    }
    if (stat.isFile()) return 'file';
    if (stat.isDirectory()) return 'is a directory, not a file';
    if (stat.isFIFO()) return 'is a named pipe (FIFO), not a file';
    return 'is not a regular file (a socket or device)';
}

function describeReadError(error: unknown): string {
    switch ((error as NodeJS.ErrnoException)?.code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'ELOOP': return 'too many levels of symbolic links (a link loop?)';
        case 'EISDIR': return 'is a directory';
        case 'ENOENT': return 'no such file';
        default: return (error as Error)?.message ?? String(error);
    }
}

/** The locale from an environment such as `LANG=zh_CN.UTF-8`. */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale | undefined {
    return normalizeLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') starts.push(i + 1);
    }
    return starts;
}

function positionAt(starts: number[], offset: number): { line: number; character: number } {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid; else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
}
