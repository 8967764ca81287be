import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from './errors.js';

export const EXTENSION = '.citypact';
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export const IGNORE_FILE = '.citypactignore';

/**
 * Expands the command line's paths and quoted globs into .citypact files, in a
 * stable order. A missing path, or a glob that matches nothing, is a usage error.
 * Folders and globs skip dependencies, VCS metadata, hidden folders and what the
 * current folder's .citypactignore (gitignore syntax) lists; a file named
 * explicitly is always checked. Symlink loops terminate.
 */
export function expandPaths(inputs: string[], cwd = process.cwd()): string[] {
    const files: string[] = [];
    const seen = new Set<string>();
    const keep = notIgnored(cwd);
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        let stat: fs.Stats | undefined;
        try {
            stat = fs.statSync(absolute);
        } catch (error) {
            if (!isGlob(input)) throw new UsageError(describeFsError(input, error));
        }
        if (!stat) {
            const matches = expandGlob(input, cwd).filter(keep);
            if (matches.length === 0) throw new UsageError(`${input}: no files match this pattern`);
            matches.forEach(addOnce);
        } else if (stat.isDirectory()) {
            walk(absolute, new Set()).filter(keep).forEach(addOnce);
        } else if (stat.isFile()) {
            addOnce(absolute);
        } else {
            // Reading a FIFO waits for a writer forever, and /dev/zero never ends.
            throw new UsageError(notARegularFile(input));
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

export function isGlob(input: string): boolean {
    return /[*?[\]{}]/.test(input);
}

/** The files a glob matches, searched from the glob's literal leading folders. */
function expandGlob(pattern: string, cwd: string): string[] {
    const normalized = pattern.split(path.sep).join('/');
    const parts = normalized.split('/');
    const literal: string[] = [];
    for (const part of parts.slice(0, -1)) {
        if (isGlob(part)) break;
        literal.push(part);
    }
    const base = path.resolve(cwd, literal.join('/') || '.');
    const matcher = picomatch(normalized.startsWith('./') ? normalized.slice(2) : normalized, { dot: false });
    const absolutePattern = path.isAbsolute(pattern);
    return walk(base, new Set(), () => true).filter(file => {
        const candidate = absolutePattern ? file.split(path.sep).join('/') : path.relative(cwd, file).split(path.sep).join('/');
        return matcher(candidate);
    });
}

/** A filter that drops files listed in the current folder's .citypactignore. */
export function notIgnored(cwd = process.cwd()): (file: string) => boolean {
    const ignored = loadIgnore(cwd);
    return file => {
        const relative = path.relative(cwd, file);
        return relative.startsWith('..') || path.isAbsolute(relative) || !ignored.ignores(relative.split(path.sep).join('/'));
    };
}

function loadIgnore(cwd: string): Ignore {
    const rules = ignore();
    try {
        rules.add(fs.readFileSync(path.join(cwd, IGNORE_FILE), 'utf8'));
    } catch {
        // No .citypactignore: nothing is ignored beyond the built-in folders.
    }
    return rules;
}

/** All .citypact files below a folder, sorted. */
export function walk(folder: string, visited: Set<string>, include: (file: string) => boolean = f => f.endsWith(EXTENSION)): string[] {
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
        if (isDir) result.push(...walk(full, visited, include));
        else if (isFile && include(full)) result.push(full);
    }
    return result;
}

export function notARegularFile(file: string): string {
    return `${file}: not a regular file (a pipe, socket or device cannot be checked)`;
}

export function describeFsError(file: string, error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return `${file}: no such file or directory`;
        case 'EACCES': case 'EPERM': return `${file}: permission denied`;
        case 'EISDIR': return `${file}: is a directory`;
        case 'ELOOP': return `${file}: too many levels of symbolic links (a link loop?)`;
        default: return `${file}: ${(error as Error)?.message ?? String(error)}`;
    }
}

/** Reads a source file as UTF-8, dropping a BOM; bytes that are not UTF-8 are a usage error. */
export function readSource(file: string, display = file): string {
    return readSourceFile(file, display).text;
}

/** As readSource, also telling whether the file began with a BOM (which `fmt` keeps). */
export function readSourceFile(file: string, display = file): { text: string; bom: boolean } {
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        throw new UsageError(describeFsError(display, error));
    }
    const text = decodeSource(bytes, display);
    return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
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
