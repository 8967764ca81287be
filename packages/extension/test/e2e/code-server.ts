import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** Where scripts/e2e/setup.sh installs code-server. */
export function codeServerBinary(): string {
    const cache = process.env.CITYPACT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'citypact-e2e');
    return path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

/**
 * One code-server on 127.0.0.1 with its own home, user-data, extensions and config
 * folders (never the user's), started on a free port and stopped with its whole
 * process group.
 */
export class CodeServer {
    readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-e2e-'));
    readonly userData = path.join(this.root, 'user-data');
    readonly extensions = path.join(this.root, 'extensions');
    readonly home = path.join(this.root, 'home');
    private process: ChildProcess | undefined;
    url = '';

    constructor(private readonly binary = codeServerBinary()) {
        for (const dir of [this.userData, this.extensions, this.home, path.join(this.userData, 'User')]) fs.mkdirSync(dir, { recursive: true });
        if (!fs.existsSync(binary)) throw new Error(`code-server not found at ${binary}: run scripts/e2e/setup.sh`);
    }

    private get env(): NodeJS.ProcessEnv {
        return {
            PATH: process.env.PATH, HOME: this.home, XDG_CONFIG_HOME: path.join(this.home, '.config'),
            XDG_DATA_HOME: path.join(this.home, '.local', 'share'), XDG_CACHE_HOME: path.join(this.home, '.cache'),
            LANG: 'en_US.UTF-8', TMPDIR: os.tmpdir(),
        };
    }

    private get dirs(): string[] {
        return ['--user-data-dir', this.userData, '--extensions-dir', this.extensions];
    }

    installExtension(vsix: string): void {
        const result = spawnSync(this.binary, [...this.dirs, '--install-extension', vsix], { env: this.env, encoding: 'utf8', timeout: 120_000 });
        if (result.status !== 0 || !/successfully installed/.test(result.stdout)) {
            throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
        }
    }

    writeUserSettings(settings: Record<string, unknown>): void {
        fs.writeFileSync(path.join(this.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    }

    /** With `trust: true`, workspace trust is on, so an untrusted folder opens in restricted mode. */
    async start(workspace: string, options: { trust?: boolean } = {}): Promise<string> {
        const port = await freePort();
        const config = path.join(this.root, 'config.yaml');
        fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
        this.process = spawn(this.binary, [
            ...this.dirs, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
            '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
            ...(options.trust ? [] : ['--disable-workspace-trust']),
            workspace,
        ], { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let log = '';
        this.process.stdout?.on('data', d => { log += d; });
        this.process.stderr?.on('data', d => { log += d; });
        this.url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            if (this.process.exitCode !== null) throw new Error(`code-server exited: ${log}`);
            try {
                const response = await fetch(`http://127.0.0.1:${port}/healthz`);
                if (response.ok) return this.url;
            } catch { /* not listening yet */ }
            await new Promise(r => setTimeout(r, 250));
        }
        throw new Error(`code-server did not start within 60 s:\n${log}`);
    }

    /** Stops code-server and every process it started (the language server included). */
    async stop(): Promise<void> {
        const child = this.process;
        this.process = undefined;
        if (child?.pid && child.exitCode === null) {
            const exited = new Promise(resolve => child.once('exit', resolve));
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
            const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5_000);
            await exited;
            clearTimeout(timer);
        }
        fs.rmSync(this.root, { recursive: true, force: true });
    }
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}
