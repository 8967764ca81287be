import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    createCityPactServices, loadDocuments, normalizeLocale, CONFIG_FILE_NAME,
    type CityPactServiceSet, type CityPactSettings, type LoadedConfig, type Model,
} from 'citypact-language';
import { UsageError } from './errors.js';
import { describeFsError, displayPath, notARegularFile, notIgnored, readSource, walk } from './files.js';

export interface WorkspaceOptions {
    /** The CLI's `--config FILE`. */
    configFile?: string;
    localeOverride?: string;
    environmentLocale?: string;
    /** Text read from standard input, checked as if it were this file. */
    stdin?: { file: string; text: string };
    /** Texts to check instead of what the files hold (absolute path → text): `check --fix` between rounds. */
    texts?: ReadonlyMap<string, string>;
    /**
     * The folder that stands for the current one (a file in it without a citypact.json
     * is rooted there; its .citypactignore applies): `diff --base` loads the old side
     * from a copy of the repository at REF, where the copy of the current folder plays
     * this part. Default: process.cwd().
     */
    cwd?: string;
    /** Run the checks (default true); `diff` needs only parsing. */
    validation?: boolean;
    /** Link every reference while loading (default true); `diff` links the few it reads lazily. */
    eagerLinking?: boolean;
}

export interface LoadedWorkspace {
    services: CityPactServiceSet;
    /** The documents the user asked about, in command-line order. */
    targets: LangiumDocument<Model>[];
    /** The folder each target's workspace is rooted at. */
    rootOf(document: LangiumDocument): string;
}

/**
 * Builds the workspace around the requested files, the way the editor sees it:
 * each file's workspace root is the folder of its nearest citypact.json (else the
 * current folder when the file lies in it, else the file's own folder), and every
 * .citypact file under that root is loaded so that cross-file references resolve.
 * The standard library is parsed once for the whole run.
 */
export async function loadWorkspace(files: string[], options: WorkspaceOptions = {}): Promise<LoadedWorkspace> {
    if (options.configFile) assertRegularFile(options.configFile);
    const services = createCityPactServices(NodeFileSystem);
    const { CityPact } = services;
    const settings = CityPact.workspace.Settings;
    settings.explicitConfigFile = options.configFile && path.resolve(options.configFile);
    settings.localeOverride = normalizeLocale(options.localeOverride);
    settings.environmentLocale = normalizeLocale(options.environmentLocale);
    const cwd = options.cwd ?? process.cwd();

    const roots = new Map<string, string>();
    const keep = notIgnored(cwd);
    const allFiles = new Set<string>();
    // Each root is walked once, however many of its files were asked for (walking it
    // again per file made `check` of n files in one folder cost n walks: O(n²)).
    const walkedRoots = new Set<string>();
    const targetFiles = options.stdin ? [...files, path.resolve(options.stdin.file)] : files;
    assertConfigsValid(settings, targetFiles);
    for (const file of targetFiles) {
        const root = workspaceRoot(file, settings.configs.forPath(file), cwd);
        roots.set(file, root);
        if (!walkedRoots.has(root)) {
            walkedRoots.add(root);
            // Files listed in .citypactignore are neither checked nor loaded.
            for (const member of walk(root, new Set()).filter(keep)) allFiles.add(member);
        }
        allFiles.add(file);
    }

    const stdinFile = options.stdin && path.resolve(options.stdin.file);
    const fileList = [...allFiles];
    const sources = fileList.map(file => ({
        uri: URI.file(file),
        text: file === stdinFile ? options.stdin!.text : options.texts?.get(file) ?? readSource(file, displayPath(file)),
    }));
    const loaded = await loadDocuments(services, sources, { validation: options.validation ?? true, eagerLinking: options.eagerLinking });
    const byFile = new Map<string, LangiumDocument<Model>>(fileList.map((file, i) => [file, loaded[i]]));
    const targets = targetFiles.map(f => byFile.get(f)!);
    return {
        services,
        targets,
        rootOf: document => roots.get(document.uri.fsPath) ?? path.dirname(document.uri.fsPath),
    };
}

/** docs/language.md §6: the folder of the nearest citypact.json, else the current folder. */
export function workspaceRoot(file: string, loaded: LoadedConfig, cwd = process.cwd()): string {
    if (loaded.file && path.basename(loaded.file) === CONFIG_FILE_NAME) return path.dirname(loaded.file);
    const relative = path.relative(cwd, file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return cwd;
    return path.dirname(file);
}

/** `--config` names a file that can be read to its end (not a FIFO, which would block forever). */
function assertRegularFile(file: string): void {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(file);
    } catch (error) {
        throw new UsageError(describeFsError(displayPath(path.resolve(file)), error));
    }
    const shown = displayPath(path.resolve(file));
    if (stat.isDirectory()) throw new UsageError(`${shown}: is a directory (--config names a file, such as ${CONFIG_FILE_NAME})`);
    if (!stat.isFile()) throw new UsageError(notARegularFile(shown));
}

/** Stops with exit code 2 when a configuration in force has problems (§5). */
function assertConfigsValid(settings: CityPactSettings, files: string[]): void {
    const reported = new Set<string>();
    const lines: string[] = [];
    for (const file of files) {
        let loaded: LoadedConfig;
        try {
            loaded = settings.configFor(URI.file(file));
        } catch (error) {
            throw new UsageError(describeFsError(displayPath(settings.explicitConfigFile ?? file), error));
        }
        if (!loaded.file || reported.has(loaded.file) || loaded.problems.length === 0) continue;
        reported.add(loaded.file);
        for (const problem of loaded.problems) {
            lines.push(`${displayPath(loaded.file)}:${problem.line + 1}:${problem.character + 1}: ${problem.message}`);
        }
    }
    if (lines.length) throw new UsageError(`invalid configuration\n${lines.join('\n')}`);
}
