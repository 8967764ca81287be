import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    createCityPactServices, normalizeLocale, CONFIG_FILE_NAME, STDLIB_TEXT, STDLIB_URI,
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
    const { shared, CityPact } = services;
    const settings = CityPact.workspace.Settings;
    settings.explicitConfigFile = options.configFile && path.resolve(options.configFile);
    settings.localeOverride = normalizeLocale(options.localeOverride);
    settings.environmentLocale = normalizeLocale(options.environmentLocale);
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;

    const roots = new Map<string, string>();
    const keep = notIgnored();
    const allFiles = new Set<string>();
    // Each root is walked once, however many of its files were asked for (walking it
    // again per file made `check` of n files in one folder cost n walks: O(n²)).
    const walkedRoots = new Set<string>();
    const targetFiles = options.stdin ? [...files, path.resolve(options.stdin.file)] : files;
    assertConfigsValid(settings, targetFiles);
    for (const file of targetFiles) {
        const root = workspaceRoot(file, settings.configs.forPath(file));
        roots.set(file, root);
        if (!walkedRoots.has(root)) {
            walkedRoots.add(root);
            // Files listed in .citypactignore are neither checked nor loaded.
            for (const member of walk(root, new Set()).filter(keep)) allFiles.add(member);
        }
        allFiles.add(file);
    }

    const stdlib = factory.fromString(STDLIB_TEXT, STDLIB_URI);
    documents.addDocument(stdlib);
    const byFile = new Map<string, LangiumDocument<Model>>();
    const stdinFile = options.stdin && path.resolve(options.stdin.file);
    for (const file of allFiles) {
        const text = file === stdinFile ? options.stdin!.text : readSource(file, displayPath(file));
        const document = factory.fromString<Model>(text, URI.file(file));
        documents.addDocument(document);
        byFile.set(file, document);
    }
    await shared.workspace.DocumentBuilder.build([stdlib, ...byFile.values()], { validation: true });
    const targets = targetFiles.map(f => byFile.get(f)!);
    return {
        services,
        targets,
        rootOf: document => roots.get(document.uri.fsPath) ?? path.dirname(document.uri.fsPath),
    };
}

/** docs/language.md §6: the folder of the nearest citypact.json, else the current folder. */
export function workspaceRoot(file: string, loaded: LoadedConfig): string {
    if (loaded.file && path.basename(loaded.file) === CONFIG_FILE_NAME) return path.dirname(loaded.file);
    const cwd = process.cwd();
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
