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

let otherUserCopy: { node: string; bin: string } | undefined;

/**
 * What a process of another user (tests run as root switch to `nobody`, for whom
 * permission bits count) runs: a copy of Node.js and of the self-contained CLI bundle
 * in a folder everyone may read. The repository, or the Node.js of the node matrix
 * (~/.cache), may lie under a 0700 folder such a user cannot enter.
 */
function copyForOtherUsers(): { node: string; bin: string } {
    if (!otherUserCopy) {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-as-user-'));
        fs.chmodSync(root, 0o755);
        const node = path.join(root, 'node');
        const bin = path.join(root, 'citypact.cjs');
        fs.copyFileSync(process.execPath, node);
        fs.chmodSync(node, 0o755);
        fs.copyFileSync(path.join(REPO, 'packages/cli/dist/citypact.cjs'), bin);
        fs.chmodSync(bin, 0o644);
        process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
        otherUserCopy = { node, bin };
    }
    return otherUserCopy;
}

/** Runs the real CLI as a process, the way CI does. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number; uid?: number; gid?: number } = {}): CliResult {
    const { node, bin } = options.uid !== undefined && options.uid !== process.getuid?.() ? copyForOtherUsers() : { node: process.execPath, bin: BIN };
    const result = spawnSync(node, [bin, ...args], {
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
