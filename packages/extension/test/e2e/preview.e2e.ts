import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, screenshotOnFailure, type WorkbenchSession } from './session.js';
import type { Workbench } from './workbench.js';


/**
 * "CityPact: Open Preview to the Side" in real VS Code (code-server): the preview
 * opens beside the editor, shows the diagram, follows edits as they are typed, and a
 * click on a diagram node moves the editor to that node's line (issue #10).
 */
describe('CityPact preview in VS Code (code-server)', function () {
    this.timeout(240_000);
    let session: WorkbenchSession | undefined;
    let page: Page;
    let workbench: Workbench;
    let workspace: string;

    before(async () => {
        session = await openWorkbench({ name: 'preview', viewport: { width: 1600, height: 1000 } });
        ({ page, workbench, workspace } = session);
    });

    afterEach(async function () {
        await screenshotOnFailure(this, page);
    });

    after(async () => {
        await closeWorkbench(session);
    });

    /** The line of `exchange NanjingFilings` in the file as saved (the edits are not saved). */
    const nanjingLine = () => fs.readFileSync(path.join(workspace, 'yrd-medical-settlement', 'agreement.citypact'), 'utf8')
        .split('\n').findIndex(l => l.includes('exchange NanjingFilings')) + 1;

    /** The preview's document: VS Code nests it in two iframes. */
    const preview = (): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

    it('opens beside the editor with the agreement and its diagram', async () => {
        await workbench.openFile('yrd-medical-settlement/agreement.citypact');
        await workbench.runCommand('CityPact: Open Preview to the Side');
        await preview().locator('svg.cp-diagram g.cp-node[data-id="exchange:YRDMedicalSettlement.SettlementReturn"]').waitFor({ timeout: 60_000 });
        assert.equal(await page.locator('.editor-group-container').count(), 2, 'the editor and, beside it, the preview');
        await page.locator('.tab', { hasText: '预览 Preview agreement.citypact' }).waitFor();
        assert.match(await preview().locator('h1').innerText(), /长三角地区异地就医直接结算合作协议/);
        // The example is clean once the whole workspace (registry, datasets) is loaded.
        await preview().locator('.cp-diagnostics').waitFor({ state: 'detached', timeout: 60_000 });
        assert.equal(await preview().locator('.cp-unresolved').count(), 0);
        // The picture for docs/: the source beside the preview, scrolled to the diagram,
        // without the side bar so that the diagram has its full width.
        await workbench.runCommand('View: Toggle Primary Side Bar Visibility');
        await preview().locator('section.cp-diagram-section h2').evaluate(heading => heading.scrollIntoView());
        await page.waitForTimeout(500);
        await workbench.screenshot('vscode-preview');
    });

    it('follows edits as they are typed', async () => {
        // Into the agreement's label, right after its opening quote (line 15).
        await page.locator('.editor-group-container').first().click({ position: { x: 200, y: 200 } });
        const line = fs.readFileSync(path.join(workspace, 'yrd-medical-settlement', 'agreement.citypact'), 'utf8').split('\n')[14];
        await workbench.goTo(15, line.indexOf('"') + 2);
        await page.keyboard.type('修订稿');
        await preview().locator('h1', { hasText: '修订稿长三角地区异地就医直接结算合作协议' }).waitFor({ timeout: 30_000 });
        // A broken reference shows up at the top of the preview, as it does in Problems.
        await workbench.goTo(27, 1);
        await page.keyboard.type('  party Hangzhou.NoSuchBureau\n');
        await preview().locator('.cp-diagnostics', { hasText: 'unresolved-reference' }).waitFor({ timeout: 30_000 });
        // Lines below the new one moved down by one, and so do the preview's links to them.
        await preview().locator(`g.cp-node[data-id="exchange:YRDMedicalSettlement.NanjingFilings"][data-line="${nanjingLine() + 1}"]`).waitFor({ timeout: 30_000 });
    });

    it('moves the editor to the line of a clicked diagram node', async () => {
        const line = nanjingLine() + 1;
        await preview().locator(`g.cp-node[data-id="exchange:YRDMedicalSettlement.NanjingFilings"][data-line="${line}"]`).click();
        await page.locator('.statusbar', { hasText: new RegExp(`Ln ${line}, Col \\d+`) }).waitFor({ timeout: 20_000 });
        assert.ok(await page.locator('.monaco-editor .selected-text').count() > 0, 'the line is selected');
    });
});
