import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, screenshotOnFailure, type WorkbenchSession } from './session.js';
import type { Workbench } from './workbench.js';


/**
 * "CityPact: Compare with Previous Version" in real VS Code (code-server), issue 15:
 * the 2024 YRD agreement against the 2021 one it supersedes, grouped by impact with
 * before and after side by side; a click on a cell opens its line; an agreement with
 * no `supersedes` is compared with the file at git HEAD.
 */
describe('CityPact compare with previous version in VS Code (code-server)', function () {
    this.timeout(240_000);
    let session: WorkbenchSession | undefined;
    let page: Page;
    let workbench: Workbench;
    let workspace: string;

    before(async () => {
        session = await openWorkbench({
            name: 'compare',
            // A repository whose HEAD is the examples as shipped; the working tree then amends one.
            prepare: folder => {
                const git = (...args: string[]) => execFileSync('git', args, {
                    cwd: folder,
                    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
                });
                git('init', '-q');
                git('add', '.');
                git('commit', '-q', '-m', 'examples');
                const gba = path.join(folder, 'gba-transport-link', 'agreement.citypact');
                const text = fs.readFileSync(gba, 'utf8');
                const amended = text.replace(/retention (\d+) (days?|months?|years?)/, 'retention 99 years');
                assert.notEqual(amended, text, 'the GBA example has a retention to amend');
                fs.writeFileSync(gba, amended);
            },
            settings: { 'git.enabled': false },
            viewport: { width: 1600, height: 1000 },
        });
        ({ page, workbench, workspace } = session);
    });

    afterEach(async function () {
        await screenshotOnFailure(this, page);
    });

    after(async () => {
        await closeWorkbench(session);
    });

    /** The compare page's document (VS Code nests a webview in two iframes); the last one opened. */
    const comparePage = (): FrameLocator => page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');

    it('compares the 2024 YRD agreement with the 2021 one it supersedes, grouped by impact', async () => {
        // The server answers once the whole workspace is loaded (`supersedes` resolves then).
        await workbench.openFile('yrd-medical-settlement/agreement.citypact');
        await workbench.runCommand('CityPact: Compare with Previous Version');
        await comparePage().locator('section.cp-impact-data-protection').waitFor({ timeout: 60_000 });
        await page.locator('.tab', { hasText: 'Compare agreement.citypact' }).waitFor();
        const headings = await comparePage().locator('section.cp-diff-impact h3').allInnerTexts();
        assert.deepEqual(headings.map(h => h.trim()), ['数据保护 data protection (7)', '实质性 substantive (20)', '编辑性 editorial (7)']);
        assert.match(await comparePage().locator('.cp-diff-sides').innerText(), /YRDMedicalSettlement2021 \(supersedes\)/);
        await workbench.runCommand('View: Toggle Primary Side Bar Visibility');
        await page.waitForTimeout(500);
        await workbench.screenshot('vscode-compare');
        await workbench.runCommand('View: Toggle Primary Side Bar Visibility');
    });

    it('opens the line of a clicked cell, in the old file or the new one', async () => {
        const oldText = fs.readFileSync(path.join(workspace, 'yrd-medical-settlement', 'agreement-2021.citypact'), 'utf8');
        const oldLine = oldText.split('\n').findIndex(l => l.includes('termination notice 90 days')) + 1;
        await comparePage().locator(`td[data-line="${oldLine}"]`, { hasText: '90 days' }).click();
        await page.locator('.tab.active', { hasText: 'agreement-2021.citypact' }).waitFor({ timeout: 20_000 });
        await page.locator('.statusbar', { hasText: new RegExp(`Ln ${oldLine}, Col \\d+`) }).waitFor({ timeout: 20_000 });
    });

    it('compares an agreement without supersedes with the file at git HEAD', async () => {
        // The compare tab's title names the file too: a clean slate for Quick Open's check.
        await workbench.runCommand('View: Close All Editors');
        await workbench.openFile('gba-transport-link/agreement.citypact');
        await workbench.runCommand('CityPact: Compare with Previous Version');
        const row = comparePage().locator('section.cp-impact-data-protection tr', { hasText: 'retention' });
        await row.waitFor({ timeout: 60_000 });
        assert.match(await row.innerText(), /widened[\s\S]*99 years/);
        assert.match(await comparePage().locator('.cp-diff-sides').innerText(), /agreement\.citypact \(git HEAD\)/);
        assert.equal(await comparePage().locator('section.cp-diff-impact').count(), 1, 'only the amendment');
    });
});
