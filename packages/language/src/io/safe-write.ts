import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The one file writer of every CityPact command that writes files: `fmt`, `check -o`
 * and `check --fix`, `export -o`, `render -o`, `report -o` (docs/language.md §7,
 * docs/reliability.md "Writing files"). It lives in the language package, in a folder
 * of its own (not under export/: it is not about exports), because both the CLI and
 * the language server import it and the CLI already depends on this package.
 *
 * What it guarantees:
 * - A reader never sees half a file: each file is written to a temporary file in the
 *   target's own folder (a rename is only atomic within one file system), flushed,
 *   then renamed over the target.
 * - The temporary name is random and created exclusively (`wx`): a symlink or file
 *   planted at a predictable name is never followed or overwritten (issue 20).
 * - All or nothing: every target of one call is resolved, checked and staged before
 *   the first rename; when any of them fails (a folder in the way, no permission,
 *   full disk) no target is touched and no temporary file stays.
 * - A replaced file keeps its mode, and its owner and group where the process may set
 *   them (root, or a group the user belongs to).
 * - A symbolic link is followed to its final target, which is written; the link stays
 *   a link. Like Linux's `fs.protected_symlinks`, a link in a sticky world-writable
 *   folder (/tmp) that belongs to another user is refused, not followed.
 * - A file with other hard links is rewritten in place once everything is staged, so
 *   every name of it sees the new text (as an editor's save does). That copy is the
 *   one step that is not atomic: a crash during it can leave that file partial. Split
 *   links would be worse for a drafter, who links a file into two folders on purpose.
 */

export interface FileToWrite {
    fileName: string;
    content: string | Uint8Array;
}

export interface PlannedWrite {
    /** The path to write, as the command resolved it (links not yet followed). */
    path: string;
    content: string | Uint8Array;
    /** How messages name the file; `path` when absent. */
    shown?: string;
}

/** The longest file name most file systems take (ext4, APFS, tmpfs: 255 bytes). */
const MAX_NAME_BYTES = 255;
/** As Linux's MAXSYMLINKS. */
const MAX_LINK_HOPS = 40;

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

/** Writes the files into `folder` (created when missing) and returns the paths written. */
export function writeFilesInside(folder: string, files: FileToWrite[]): string[] {
    const realFolder = prepareFolder(folder);
    const targets = files.map(file => resolveInside(realFolder, file.fileName));
    assertNoCollisions(files.map(f => f.fileName), folder);
    // Messages name the folder as the user wrote it, not its resolved real path.
    return writeFilesAtomically(files.map((file, index) => ({
        path: targets[index], content: file.content, shown: path.join(folder, file.fileName),
    })));
}

/** A target, resolved and checked, before anything is written. */
interface Resolved {
    write: PlannedWrite;
    shown: string;
    /** The final path: links followed, its folder's real path. */
    final: string;
    existing: fs.Stats | undefined;
    temporary?: string;
}

/**
 * Writes every file, all or nothing (see above), and returns the final paths
 * written (links followed). Throws SafeWriteError with nothing replaced when any
 * target cannot be staged.
 */
export function writeFilesAtomically(writes: PlannedWrite[]): string[] {
    const resolved: Resolved[] = [];
    const byFinal = new Map<string, Resolved>();
    for (const write of writes) {
        const item = resolveTarget(write);
        const same = byFinal.get(item.final);
        if (same) {
            // Two names of one file (a link and its target): one write, if they agree.
            if (sameContent(same.write.content, write.content)) continue;
            throw new SafeWriteError('write', item.shown, `it is the same file as ${same.shown}`);
        }
        byFinal.set(item.final, item);
        resolved.push(item);
    }

    try {
        for (const item of resolved) item.temporary = stage(item);
        for (const item of resolved) {
            commit(item);
            item.temporary = undefined;
        }
    } finally {
        // Whatever failed, no temporary file stays behind.
        for (const item of resolved) if (item.temporary) fs.rmSync(item.temporary, { force: true });
    }
    for (const folder of new Set(resolved.map(r => path.dirname(r.final)))) syncFolder(folder);
    return resolved.map(r => r.final);
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

/** Follows links to the final target and checks that a regular file may be written there. */
function resolveTarget(write: PlannedWrite): Resolved {
    const shown = write.shown ?? write.path;
    const fail = (reason: string): never => { throw new SafeWriteError('write', shown, reason); };
    let current = path.resolve(write.path);
    let hops = 0;
    for (;;) {
        let link: fs.Stats;
        try {
            link = fs.lstatSync(current);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
            return fail(reasonOf(error));
        }
        if (!link.isSymbolicLink()) break;
        if (++hops > MAX_LINK_HOPS) fail(reasonOf({ code: 'ELOOP' }));
        if (!mayFollow(link, current)) {
            fail('a symbolic link owned by another user in a shared folder (not followed)');
        }
        current = path.resolve(path.dirname(current), fs.readlinkSync(current));
    }
    let folder: string;
    try {
        folder = fs.realpathSync(path.dirname(current));
    } catch (error) {
        return fail(reasonOf(error));
    }
    const final = path.join(folder, path.basename(current));
    let existing: fs.Stats | undefined;
    try {
        existing = fs.statSync(final);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(reasonOf(error));
    }
    if (existing?.isDirectory()) fail('is a directory');
    if (existing && !existing.isFile()) fail('not a regular file (a pipe, socket or device)');
    return { write, shown, final, existing };
}

/**
 * Linux's `fs.protected_symlinks`, applied whatever the kernel setting: in a sticky,
 * world-writable folder, only a link owned by us or by the folder's owner is followed.
 */
function mayFollow(link: fs.Stats, linkPath: string): boolean {
    if (typeof process.getuid !== 'function') return true;
    const uid = process.getuid();
    if (link.uid === uid) return true;
    let folder: fs.Stats;
    try {
        folder = fs.statSync(path.dirname(linkPath));
    } catch {
        return false;
    }
    const shared = (folder.mode & 0o1000) !== 0 && (folder.mode & 0o002) !== 0;
    return !shared || link.uid === folder.uid;
}

/** Writes the content to a fresh temporary file beside the final target. */
function stage(item: Resolved): string {
    const folder = path.dirname(item.final);
    // A short, hidden, unpredictable name: `wx` refuses anything already there, a link included.
    const temporary = path.join(folder, `.citypact-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        // Private until complete; a new file then gets the usual mode (umask applies to 0o666).
        fd = fs.openSync(temporary, 'wx', item.existing ? 0o600 : 0o666);
        fs.writeFileSync(fd, item.write.content);
        if (item.existing) {
            fs.fchmodSync(fd, item.existing.mode & 0o7777);
            keepOwner(fd, item.existing);
        }
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = undefined;
        return temporary;
    } catch (error) {
        if (fd !== undefined) fs.closeSync(fd);
        fs.rmSync(temporary, { force: true });
        throw new SafeWriteError('write', item.shown, reasonOf(error));
    }
}

function keepOwner(fd: number, existing: fs.Stats): void {
    if (typeof process.getuid !== 'function') return;
    const stat = fs.fstatSync(fd);
    if (stat.uid === existing.uid && stat.gid === existing.gid) return;
    try {
        fs.fchownSync(fd, existing.uid, existing.gid);
    } catch {
        try {
            // Not root: the group alone may still be ours to give.
            fs.fchownSync(fd, stat.uid, existing.gid);
        } catch {
            // The new file is ours; its mode was kept, which is what protects it.
        }
    }
}

function commit(item: Resolved): void {
    try {
        if (item.existing && item.existing.nlink > 1) {
            // Hard links: rewrite the shared inode, so that every name sees the new text.
            fs.copyFileSync(item.temporary!, item.final);
            fs.rmSync(item.temporary!, { force: true });
        } else {
            fs.renameSync(item.temporary!, item.final);
        }
    } catch (error) {
        throw new SafeWriteError('write', item.shown, reasonOf(error));
    }
}

function sameContent(a: string | Uint8Array, b: string | Uint8Array): boolean {
    return Buffer.from(a as string).equals(Buffer.from(b as string));
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
        case 'ELOOP': return 'too many levels of symbolic links (a link loop?)';
        case 'EDQUOT': return 'disk quota exceeded';
        default: return (error as Error)?.message ?? String(error);
    }
}
