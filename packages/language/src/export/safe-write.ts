import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes export files so that a reader never sees half a file and nothing lands
 * outside the chosen folder (LANGUAGE.md §6):
 * - every file is written to a temporary file in the same folder (a rename is only
 *   atomic within one file system), flushed, then renamed over the target;
 * - all temporary files are written before the first rename, so a failure while
 *   writing (full disk, no permission) leaves none of the targets changed;
 * - each target name must be a single path segment, and its resolved path must lie
 *   directly inside the folder's real path (symlinks resolved).
 */

export interface FileToWrite {
    fileName: string;
    content: string;
}

/** The longest file name most file systems take (ext4, APFS, tmpfs: 255 bytes). */
const MAX_NAME_BYTES = 255;

export class SafeWriteError extends Error {
    constructor(
        /** What failed, as a verb phrase: "create the output folder", "write". */
        readonly operation: string,
        readonly path: string,
        /** Short reason: "permission denied", "not a directory", ... */
        readonly reason: string,
    ) {
        super(`cannot ${operation} ${path}: ${reason}`);
        this.name = 'SafeWriteError';
    }
}

/** Writes the files into `folder` (created when missing) and returns their paths. */
export function writeFilesInside(folder: string, files: FileToWrite[]): string[] {
    const realFolder = prepareFolder(folder);
    const targets = files.map(file => resolveInside(realFolder, file.fileName));
    // Messages name the folder as the user wrote it, not its resolved real path.
    const shown = files.map(file => path.join(folder, file.fileName));
    assertNoCollisions(files.map(f => f.fileName), folder);

    const staged: string[] = [];
    try {
        for (const [index, file] of files.entries()) {
            staged.push(writeTemporary(realFolder, file.content, shown[index]));
        }
        for (const [index, temporary] of staged.entries()) {
            try {
                fs.renameSync(temporary, targets[index]);
            } catch (error) {
                throw new SafeWriteError('write', shown[index], reasonOf(error));
            }
            staged[index] = '';
        }
    } finally {
        // Whatever failed, no temporary file stays behind.
        for (const temporary of staged) if (temporary) fs.rmSync(temporary, { force: true });
    }
    syncFolder(realFolder);
    return targets;
}

/**
 * The absolute path of `fileName` inside `folder`, or a SafeWriteError when the name
 * could reach anywhere else: separators, `.`/`..`, NUL, or an empty name.
 */
export function resolveInside(folder: string, fileName: string): string {
    const target = path.resolve(folder, fileName);
    const unsafe = fileName === '' || fileName === '.' || fileName === '..'
        || /[\\/\0]/.test(fileName) || path.dirname(target) !== path.resolve(folder);
    if (unsafe) throw new SafeWriteError('write', fileName, `the name would leave the output folder ${folder}`);
    // Checked before anything is written: a rename failing on it would leave the
    // agreements before it exported and the rest not.
    if (Buffer.byteLength(fileName) > MAX_NAME_BYTES) throw new SafeWriteError('write', target, 'file name too long');
    return target;
}

function prepareFolder(folder: string): string {
    try {
        fs.mkdirSync(folder, { recursive: true });
        const real = fs.realpathSync(folder);
        if (!fs.statSync(real).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
        return real;
    } catch (error) {
        throw new SafeWriteError('create the output folder', folder, reasonOf(error));
    }
}

/** Two agreements must not share a file, not even on a case-insensitive file system. */
function assertNoCollisions(fileNames: string[], folder: string): void {
    const seen = new Map<string, string>();
    for (const name of fileNames) {
        const key = name.normalize('NFC').toLowerCase();
        const other = seen.get(key);
        if (other !== undefined) {
            throw new SafeWriteError('write', path.join(folder, name), `it would collide with ${other}`);
        }
        seen.set(key, name);
    }
}

function writeTemporary(folder: string, content: string, target: string): string {
    // A short, hidden, unpredictable name: `wx` refuses to follow anything already there.
    const temporary = path.join(folder, `.citypact-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        fd = fs.openSync(temporary, 'wx', 0o666);
        fs.writeFileSync(fd, content);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = undefined;
        return temporary;
    } catch (error) {
        if (fd !== undefined) fs.closeSync(fd);
        fs.rmSync(temporary, { force: true });
        throw new SafeWriteError('write', target, reasonOf(error));
    }
}

/** Makes the renames durable where the platform allows; failure here loses nothing. */
function syncFolder(folder: string): void {
    try {
        const fd = fs.openSync(folder, 'r');
        try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    } catch {
        // Not supported on every platform (Windows): the files are complete either way.
    }
}

export function reasonOf(error: unknown): string {
    switch ((error as NodeJS.ErrnoException)?.code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'ENOTDIR': return 'not a directory';
        case 'EISDIR': return 'is a directory';
        case 'ENOTEMPTY': case 'EEXIST': return 'a folder or file is in the way';
        case 'ENOSPC': return 'no space left on device';
        case 'EROFS': return 'read-only file system';
        case 'ENAMETOOLONG': return 'file name too long';
        case 'ENOENT': return 'no such file or directory';
        default: return (error as Error)?.message ?? String(error);
    }
}
