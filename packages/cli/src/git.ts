import { execFileSync } from 'node:child_process';
import { UsageError } from './errors.js';

/**
 * Runs git, the one program the CLI starts (`diff --base`, docs/diff.md): always the
 * fixed program `git` with arguments the CLI builds, never a name read from a
 * workspace; only read-only commands (rev-parse, ls-tree, cat-file), with no pager,
 * no prompt and no optional lock on the index. A failure is a usage error (exit 2)
 * with git's first line.
 */
export function git(args: string[], cwd: string, failure: string, input?: string): Buffer {
    try {
        return execFileSync('git', args, {
            cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' },
        });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new UsageError('git is not installed (--base reads the old side with git)');
        const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
        throw new UsageError(stderr ? `${failure}: ${stderr.split('\n')[0]}` : failure);
    }
}
