import assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, screenshotOnFailure, type WorkbenchSession } from './session.js';
import type { Workbench } from './workbench.js';


/**
 * The portfolio in real VS Code (code-server), issue 17: the CityPact view in the
 * explorer groups the examples' agreements by status with their deadlines, a click
 * opens the agreement, and "CityPact: Open Portfolio Report" shows the report page.
 * Screenshots for docs/report.md.
 */
describe('CityPact portfolio in VS Code (code-server)', function () {
    this.timeout(240_000);
    let session: WorkbenchSession | undefined;
    let page: Page;
    let workbench: Workbench;

    before(async () => {
        session = await openWorkbench({ name: 'portfolio', viewport: { width: 1600, height: 1000 } });
        ({ page, workbench } = session);
    });

    afterEach(async function () {
        await screenshotOnFailure(this, page);
    });

    after(async () => {
        await closeWorkbench(session);
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
