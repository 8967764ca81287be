import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

export const EXTENSION = '.citypact';
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands the command line's paths into .citypact files, in a stable order.
 * A missing path is a usage error; folders are searched recursively, skipping
 * dependencies, VCS metadata and hidden folders, and never following a symlink
 * twice (symlink loops terminate).
 */
export function expandPaths(inputs: string[]): string[] {
    const files: string[] = [];
    const seen = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(input);
        let stat: fs.Stats;
        try {
            stat = fs.statSync(absolute);
        } catch (error) {
            throw new UsageError(describeFsError(input, error));
        }
        if (stat.isDirectory()) {
            for (const file of walk(absolute, new Set())) addOnce(file);
        } else {
            addOnce(absolute);
        }
    }
    return files;

    function addOnce(file: string): void {
        if (!seen.has(file)) {
            seen.add(file);
            files.push(file);
        }
    }
}

/** All .citypact files below a folder, sorted. */
export function walk(folder: string, visited: Set<string>): string[] {
    let real: string;
    try {
        real = fs.realpathSync(folder);
    } catch {
        return [];
    }
    if (visited.has(real)) return [];
    visited.add(real);
    let entries: fs.Dirent[];
    try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
        return [];
    }
    const result: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const full = path.join(folder, entry.name);
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
            try {
                const target = fs.statSync(full);
                isDir = target.isDirectory();
                isFile = target.isFile();
            } catch {
                continue;
            }
        }
        if (isDir) result.push(...walk(full, visited));
        else if (isFile && entry.name.endsWith(EXTENSION)) result.push(full);
    }
    return result;
}

export function describeFsError(file: string, error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return `${file}: no such file or directory`;
        case 'EACCES': case 'EPERM': return `${file}: permission denied`;
        case 'EISDIR': return `${file}: is a directory`;
        case 'ELOOP': return `${file}: too many levels of symbolic links`;
        default: return `${file}: ${(error as Error)?.message ?? String(error)}`;
    }
}

/** Reads a source file as UTF-8, dropping a BOM; bytes that are not UTF-8 are a usage error. */
export function readSource(file: string, display = file): string {
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        throw new UsageError(describeFsError(display, error));
    }
    return decodeSource(bytes, display);
}

export function decodeSource(bytes: Uint8Array, display: string): string {
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new UsageError(`${display}: not valid UTF-8 (save the file as UTF-8)`);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A path as shown to the user: relative to the current folder when inside it, with `/`. */
export function displayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}
