import { execFile } from 'node:child_process';
import * as path from 'node:path';

/**
 * The file as committed at git HEAD, or undefined when git, the repository or the
 * file at HEAD is missing: `git show HEAD:./<name>` in the file's folder. The one
 * program the extension starts, with arguments it builds; the caller runs it only in
 * a trusted workspace (a repository's own git configuration can start programs).
 */
export function gitHeadText(file: string): Promise<string | undefined> {
    return new Promise(resolve => {
        execFile('git', ['show', `HEAD:./${path.basename(file)}`], {
            cwd: path.dirname(file), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10_000,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' },
        }, (error, stdout) => resolve(error ? undefined : stdout.replace(/^\ufeff/, '')));
    });
}
