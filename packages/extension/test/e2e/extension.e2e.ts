import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { EXPORT_FORMAT_VERSION } from 'citypact-language';
import { closeWorkbench, openWorkbench, REPO, screenshotOnFailure, type WorkbenchSession } from './session.js';
import type { Workbench } from './workbench.js';


const BROKEN = [
    'agreement BrokenDraft "待修订草案" {',
    '  version 0.1.0',
    '  effective 2025-01-01',
    '  party Shanghai.MedicalSecurity',
    '  party Hangzhou.NoSuchBureau',
    '  service Draft "草案服务" {',
    '    mode ',
    '  }',
    '}',
    '',
].join('\n');

const MESSY = 'district Xuhui "徐汇区" of Shanghai {   code 310104 }\n\n\n\ndistrict Jingan "静安区" of Shanghai { code 310106 }';
const MESSY_FORMATTED = 'district Xuhui "徐汇区" of Shanghai {\n  code 310104\n}\n\ndistrict Jingan "静安区" of Shanghai {\n  code 310106\n}\n';

/**
 * The extension in real VS Code: the packaged .vsix installed into a fresh
 * code-server, a copy of examples/ as the workspace, driven by Chromium.
 */
describe('CityPact in VS Code (code-server)', function () {
    this.timeout(180_000);
    let session: WorkbenchSession | undefined;
    let page: Page;
    let workbench: Workbench;
    let workspace: string;

    before(async () => {
        session = await openWorkbench({
            name: 'ws',
            prepare: folder => {
                fs.mkdirSync(path.join(folder, 'drafts'));
                fs.writeFileSync(path.join(folder, 'drafts', 'broken-draft.citypact'), BROKEN);
                fs.writeFileSync(path.join(folder, 'drafts', 'messy-districts.citypact'), MESSY);
            },
            settings: { 'window.commandCenter': true },
        });
        ({ page, workbench, workspace } = session);
    });

    afterEach(async function () {
        await screenshotOnFailure(this, page);
    });

    after(async () => {
        await closeWorkbench(session);
    });

    it('activates on a .citypact file and shows the rule id of a broken reference in the Problems panel', async () => {
        await workbench.openFile('drafts/broken-draft.citypact');
        const problems = await workbench.problemsContaining('unresolved-reference');
        assert.match(problems, /Hangzhou\.NoSuchBureau/);
        await workbench.screenshot('vscode-diagnostics');
    });

    it('shows a party\'s label on hover', async () => {
        await workbench.openFile('yrd-medical-settlement/agreement.citypact');
        await workbench.goTo(22, 20);
        await workbench.runCommand('Show or Focus Hover');
        const hover = page.locator('.monaco-hover:not(.hidden)').first();
        await hover.waitFor({ timeout: 30_000 });
        assert.match(await hover.innerText(), /上海市医疗保障局/);
        await page.waitForTimeout(800); // let the hover finish fading in before the picture
        await workbench.screenshot('vscode-hover');
        await page.keyboard.press('Escape');
    });

    it('goes to the definition of a standard-library city, opened read-only', async () => {
        await workbench.openFile('yrd-medical-settlement/agreement.citypact');
        await workbench.goTo(22, 10);
        await workbench.runCommand('Go to Definition');
        await page.locator('.tab.active', { hasText: 'standard-library.citypact' }).waitFor({ timeout: 30_000 });
        // Monaco renders spaces as no-break spaces.
        const line = (await page.locator('.monaco-editor .view-line', { hasText: 'Shanghai' }).first().innerText()).replace(/\u00a0/g, ' ');
        assert.match(line, /city Shanghai "上海市"/);
        await page.keyboard.type('x');
        await page.locator('text=Cannot edit in read-only editor').first().waitFor({ timeout: 10_000 });
        await page.keyboard.press('Escape');
    });

    it('shows the outline with labels and the configuration in the language status', async () => {
        await workbench.openFile('gba-transport-link/agreement.citypact');
        await workbench.runCommand('Explorer: Focus on Outline View');
        const outline = page.locator('.outline-pane, [id="outline"]').first();
        await outline.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
        const rows = (await outline.innerText()).replace(/\u00a0/g, ' ');
        assert.match(rows, /GBATransportLink|Transport/);
        // The language status item names the citypact.json in force.
        // (the `{}` beside the language mode in the status bar).
        await page.locator('[id="status.languageStatus"]').first().hover();
        await page.locator('.monaco-hover, .context-view', { hasText: 'citypact.json' }).first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(500);
        await workbench.screenshot('vscode-outline-status');
        await page.keyboard.press('Escape');
    });

    it('offers the service modes in completion', async () => {
        await workbench.openFile('drafts/broken-draft.citypact');
        await workbench.goTo(7, 10);
        await page.keyboard.press('Control+Space');
        const suggestions = page.locator('.suggest-widget .monaco-list-row');
        await suggestions.first().waitFor({ timeout: 30_000 });
        const labels = await suggestions.allInnerTexts();
        for (const mode of ['online', 'proxy', 'joint']) {
            assert.ok(labels.some(l => l.includes(mode)), `${mode} in ${labels.join(' | ')}`);
        }
        await page.waitForTimeout(500);
        await workbench.screenshot('vscode-completion');
        await page.keyboard.press('Escape');
    });

    it('formats a document into the canonical layout', async () => {
        await workbench.openFile('drafts/messy-districts.citypact');
        await workbench.runCommand('Format Document');
        await page.waitForTimeout(1_000);
        await page.keyboard.press('Control+S');
        const file = path.join(workspace, 'drafts', 'messy-districts.citypact');
        await waitFor(() => fs.readFileSync(file, 'utf8') === MESSY_FORMATTED, 30_000, () => fs.readFileSync(file, 'utf8'));
    });

    it('exports the agreement to JSON with the export command', async () => {
        await workbench.openFile('yrd-medical-settlement/agreement.citypact');
        await workbench.runCommand('CityPact: Export Agreement to JSON');
        const exported = path.join(workspace, 'yrd-medical-settlement', 'YRDMedicalSettlement.json');
        await waitFor(() => fs.existsSync(exported), 30_000, () => fs.readdirSync(path.dirname(exported)).join(', '));
        const document = JSON.parse(fs.readFileSync(exported, 'utf8'));
        assert.equal(document.agreement.id, 'YRDMedicalSettlement');
        assert.equal(document.formatVersion, EXPORT_FORMAT_VERSION);
    });

    it('applies a rule severity change in citypact.json live', async () => {
        await workbench.openFile('drafts/broken-draft.citypact');
        await workbench.problemsContaining('unresolved-reference');
        fs.writeFileSync(path.join(workspace, 'citypact.json'), JSON.stringify({ stdlib: true, rules: { 'unresolved-reference': 'off' } }, null, 2));
        await waitForAsync(async () => !(await workbench.problemsText()).includes('unresolved-reference'), 60_000, () => workbench.problemsText());
    });

    it('leaves no code-server or language-server process behind', async () => {
        const root = session!.server.root;
        await session!.browser.close();
        await session!.server.stop();
        const running = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter(line => line.includes(root));
        assert.deepEqual(running, []);
    });
});

async function waitFor(condition: () => boolean, timeout: number, describe: () => string): Promise<void> {
    await waitForAsync(async () => condition(), timeout, async () => describe());
}

async function waitForAsync(condition: () => Promise<boolean>, timeout: number, describe: () => Promise<string> | string): Promise<void> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        if (await condition()) return;
        await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`timed out; state: ${await describe()}`);
}

describe('npm run test:vscode (the @vscode/test-electron suite)', function () {
    this.timeout(120_000);

    it('runs, or fails fast with a clear explanation where VS Code cannot be downloaded', () => {
        const started = Date.now();
        const result = spawnSync('npm', ['run', '--silent', 'test:vscode'], { cwd: REPO, encoding: 'utf8', timeout: 100_000 });
        const seconds = (Date.now() - started) / 1000;
        assert.notEqual(result.signal, 'SIGTERM', 'it must not hang');
        if (result.status === 0) return; // A machine that can download VS Code ran the whole suite.
        assert.equal(result.status, 2, result.stdout + result.stderr);
        assert.match(result.stderr, /cannot run the @vscode\/test-electron suite/);
        assert.match(result.stderr, /VSCODE_EXECUTABLE/);
        assert.ok(seconds < 60, `failed after ${seconds} s`);
    });
});

describe('CityPact in an untrusted workspace (restricted mode)', function () {
    this.timeout(180_000);

    it('still activates and checks, as capabilities.untrustedWorkspaces declares', async () => {
        let session: WorkbenchSession | undefined;
        try {
            session = await openWorkbench({
                name: 'untrusted', examples: false, trust: true,
                prepare: folder => fs.writeFileSync(path.join(folder, 'draft.citypact'), BROKEN),
            });
            const { page, workbench } = session;
            // Decline trust: the folder stays in restricted mode.
            const decline = page.getByRole('button', { name: /No, I don.t trust the authors/ });
            await decline.waitFor({ timeout: 30_000 });
            await decline.click();
            await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
            await workbench.openFile('draft.citypact');
            const problems = await workbench.problemsContaining('unresolved-reference');
            assert.match(problems, /Hangzhou\.NoSuchBureau/);
        } finally {
            await closeWorkbench(session);
        }
    });
});
