import {
    SafeWriteError, writeFilesAtomically, writeFilesInside, type FileToWrite, type PlannedWrite,
} from 'citypact-language';
import { UsageError } from './errors.js';
import { displayPath } from './files.js';

/**
 * The CLI's face of the one file writer (citypact-language's io/safe-write.ts): the
 * same all-or-nothing staging for every command, its failures as one usage line
 * (exit 2) naming the file as the user wrote it.
 */
export function writeFiles(writes: PlannedWrite[]): string[] {
    return asUsageError(() => writeFilesAtomically(writes));
}

/** `-o DIR` of export and render: one file per agreement, directly inside DIR. */
export function writeInto(folder: string, files: FileToWrite[]): string[] {
    return asUsageError(() => writeFilesInside(folder, files));
}

function asUsageError<T>(write: () => T): T {
    try {
        return write();
    } catch (error) {
        if (!(error instanceof SafeWriteError)) throw error;
        throw new UsageError(`cannot ${error.operation} ${displayPath(error.path)}: ${error.reason}`);
    }
}
