import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { CodeServer } from './code-server.js';
import { Workbench } from './workbench.js';

export const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
export const VSIX = process.env.CITYPACT_VSIX ?? path.join(REPO, 'citypact.vsix');
/**
 * Where the suites' screenshots go: a build folder, so a test run leaves the working
 * tree as it found it. `npm run docs:images` points this at docs/images on purpose.
 */
export const SCREENSHOTS = process.env.CITYPACT_SCREENSHOTS ?? path.join(REPO, '.e2e', 'screenshots');

/** The user settings every suite starts from: a quiet workbench, light theme, no trust prompt. */
const BASE_SETTINGS: Record<string, unknown> = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'files.autoSave': 'off',
    'editor.formatOnSave': false,
    'workbench.colorTheme': 'Default Light Modern',
    'window.commandCenter': false,
};

export interface WorkbenchSession {
    server: CodeServer;
    browser: BrowserContext;
    page: Page;
    workbench: Workbench;
    /** The folder code-server opened: a copy of examples/ unless `examples: false`. */
    workspace: string;
}

export interface WorkbenchOptions {
    /** Names the temporary workspace folder. */
    name: string;
    /** Copy examples/ into the workspace (default true). */
    examples?: boolean;
    /** Runs on the workspace before code-server opens it (extra files, a git repository …). */
    prepare?: (workspace: string) => void;
    /** User settings on top of the base ones. */
    settings?: Record<string, unknown>;
    /** Opens the folder with workspace trust enabled (restricted mode until trusted). */
    trust?: boolean;
    viewport?: { width: number; height: number };
}

/**
 * The packaged .vsix installed into a fresh code-server (temporary home, user data,
 * extensions and config), the workspace opened on 127.0.0.1 at a free port, and a
 * fresh Chromium profile driving it: the set-up every code-server suite shares.
 */
export async function openWorkbench(options: WorkbenchOptions): Promise<WorkbenchSession> {
    assert.ok(fs.existsSync(VSIX), 'run npm run package first (npm run test:e2e does)');
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `citypact-e2e-${options.name}-`));
    if (options.examples !== false) fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
    options.prepare?.(workspace);
    const server = new CodeServer();
    server.installExtension(VSIX);
    server.writeUserSettings({
        ...BASE_SETTINGS,
        ...(options.trust ? { 'security.workspace.trust.enabled': true } : {}),
        ...options.settings,
    });
    const url = await server.start(workspace, options.trust ? { trust: true } : undefined);
    // A fresh profile in the server's temporary root, removed with it.
    const browser = await launchChromium(path.join(server.root, 'chromium-profile'), options.viewport);
    const page = browser.pages()[0] ?? await browser.newPage();
    const workbench = new Workbench(page, SCREENSHOTS);
    await page.goto(url);
    await workbench.ready();
    return { server, browser, page, workbench, workspace };
}

/** Closes the browser, stops code-server and its language server, removes the workspace. */
export async function closeWorkbench(session: Partial<WorkbenchSession> | undefined): Promise<void> {
    await session?.browser?.close().catch(() => undefined);
    await session?.server?.stop();
    if (session?.workspace) fs.rmSync(session.workspace, { recursive: true, force: true });
}

/**
 * For `afterEach`: a picture of the workbench at the moment a scenario failed, in the
 * system's temporary folder, for diagnosis.
 */
export async function screenshotOnFailure(context: Mocha.Context, page: Page | undefined): Promise<void> {
    if (context.currentTest?.state !== 'failed' || !page || page.isClosed()) return;
    const name = context.currentTest.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: path.join(os.tmpdir(), `citypact-e2e-failure-${name}.png`) }).catch(() => undefined);
}
