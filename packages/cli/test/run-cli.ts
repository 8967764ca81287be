import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const BIN = path.join(REPO, 'packages/cli/bin/citypact.js');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real CLI as a process, the way CI does. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number; uid?: number; gid?: number } = {}): CliResult {
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: options.cwd ?? REPO,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...options.env },
        timeout: options.timeout ?? 60_000,
        uid: options.uid,
        gid: options.gid,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with the given files (relative path → content), removed by the returned function. */
export function tempWorkspace(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-cli-'));
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(dir, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
    }
    return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
