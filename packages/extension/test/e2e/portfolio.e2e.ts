import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { CodeServer } from './code-server.js';
import { Workbench } from './workbench.js';

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
const VSIX = process.env.CITYPACT_VSIX ?? path.join(REPO, 'citypact.vsix');
const SCREENSHOTS = path.join(REPO, 'docs', 'images');

/**
 * The portfolio in real VS Code (code-server), issue 17: the CityPact view in the
 * explorer groups the examples' agreements by status with their deadlines, a click
 * opens the agreement, and "CityPact: Open Portfolio Report" shows the report page.
 * Screenshots for docs/report.md.
 */
describe('CityPact portfolio in VS Code (code-server)', function () {
    this.timeout(240_000);
    let server: CodeServer;
    let browser: BrowserContext;
    let page: Page;
    let workbench: Workbench;
    let workspace: string;

    before(async () => {
        assert.ok(fs.existsSync(VSIX), 'run npm run package first (npm run test:e2e does)');
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-e2e-portfolio-'));
        fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
        server = new CodeServer();
        server.installExtension(VSIX);
        server.writeUserSettings({
            'workbench.startupEditor': 'none',
            'workbench.tips.enabled': false,
            'security.workspace.trust.enabled': false,
            'telemetry.telemetryLevel': 'off',
            'extensions.autoCheckUpdates': false,
            'files.autoSave': 'off',
            'workbench.colorTheme': 'Default Light Modern',
            'window.commandCenter': false,
        });
        const url = await server.start(workspace);
        browser = await launchChromium(path.join(server.root, 'chromium-profile'), { width: 1600, height: 1000 });
        page = browser.pages()[0] ?? await browser.newPage();
        workbench = new Workbench(page, SCREENSHOTS);
        await page.goto(url);
        await workbench.ready();
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed' && page && !page.isClosed()) {
            const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
            await page.screenshot({ path: path.join(os.tmpdir(), `citypact-e2e-failure-${name}.png`) }).catch(() => undefined);
        }
    });

    after(async () => {
        await browser?.close().catch(() => undefined);
        await server?.stop();
        if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    });

    const view = () => page.locator('.pane', { has: page.locator('.pane-header', { hasText: /CityPact Portfolio/i }) });

    it('shows the agreements grouped by status, with deadlines, and a click opens the agreement', async () => {
        await workbench.openFile('gba-transport-link/agreement.citypact');
        const header = page.locator('.pane-header', { hasText: /CityPact Portfolio/i });
        await header.waitFor({ timeout: 90_000 });
        if (await header.getAttribute('aria-expanded') === 'false') await header.click();
        // The folders' section folded, so that the portfolio has the sidebar's height.
        const folders = page.locator('.pane-header', { hasText: /CITYPACT-E2E-PORTFOLIO/i });
        if (await folders.getAttribute('aria-expanded') === 'true') await folders.click();
        const tree = view().locator('.monaco-list-row');
        // Statuses are for today (the view has no date): the 2021 agreement is superseded on every date after 2024-01-01.
        await view().locator('.monaco-list-row', { hasText: 'Superseded' }).waitFor({ timeout: 60_000 });
        await view().locator('.monaco-list-row', { hasText: 'YRDMedicalSettlement ·' }).first().waitFor();
        // Every example agreement has obligations in the past: an agreement in force lists them as overdue.
        await view().locator('.monaco-list-row', { hasText: 'overdue' }).first().waitFor();
        assert.ok(await tree.count() > 5);
        // A wider sidebar, as someone reading the portfolio would drag it, so that labels and dates show.
        const sidebar = await page.locator('.part.sidebar').boundingBox();
        if (sidebar) {
            const y = sidebar.y + sidebar.height / 2;
            await page.mouse.move(sidebar.x + sidebar.width + 1, y);
            await page.mouse.down();
            await page.mouse.move(sidebar.x + sidebar.width + 260, y, { steps: 10 });
            await page.mouse.up();
        }
        await workbench.screenshot('vscode-portfolio-view');

        await view().locator('.monaco-list-row', { hasText: 'YRDMedicalSettlement ·' }).first().click();
        await page.locator('.tab.active', { hasText: 'yrd-medical-settlement' }).waitFor({ timeout: 30_000 });
    });

    it('"CityPact: Open Portfolio Report" shows the report page with the atlas', async () => {
        await workbench.runCommand('CityPact: Open Portfolio Report');
        const report: FrameLocator = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await report.locator('h1').waitFor({ timeout: 20_000 });
        assert.match(await report.locator('h1').innerText(), /Portfolio of agreements|协议总览/);
        await report.locator('svg.cp-atlas').first().waitFor();
        assert.ok(await report.locator('#cp-agreements ~ .cp-filters tbody tr').count() >= 6);
        // The filter works without script: "superseded" leaves one row.
        await report.locator('label[for="cp-f-superseded"]').click();
        assert.equal(await report.locator('.cp-filters tbody tr:visible').count(), 1);
        await report.locator('label[for="cp-f-all"]').click();
        await workbench.screenshot('vscode-portfolio-report');
        // The atlas: a dataset that flows under two agreements, one of them superseded (dashed).
        await report.locator('[id="cp-ds-Hangzhou.MedicalSecurity.CrossRegionFilings"]').scrollIntoViewIfNeeded();
        assert.equal(await report.locator('[id="cp-ds-Hangzhou.MedicalSecurity.CrossRegionFilings"] .cp-flow-inactive').count(), 1);
        await workbench.screenshot('vscode-portfolio-atlas');
    });
});
