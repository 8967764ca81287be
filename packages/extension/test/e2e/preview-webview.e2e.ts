import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import {
    agreementsOf, agreementView, createCityPactServices, renderAgreementsHtml, STDLIB_TEXT, STDLIB_URI, type Model,
} from 'citypact-language';
import { previewShellHtml } from 'citypact-language/preview-shell';

/**
 * The preview webview without VS Code: its page (strict CSP, nonce'd style and
 * script) and its script, bundled as esbuild.mjs bundles it, in headless Chromium,
 * with a stand-in for VS Code's `acquireVsCodeApi`. Checks that the CSP lets the
 * page's own style and script run and nothing else, that renders are swapped in,
 * that the theme's variables are followed and that clicks ask to reveal lines.
 */

const EXTENSION = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = path.join(EXTENSION, '..', '..', 'examples');
const NONCE = 'dGVzdC1ub25jZQ';

describe('preview webview (page and script in headless Chromium)', function () {
    this.timeout(120_000);
    let context: BrowserContext;
    let folder: string;
    let page: Page;
    let articles: string;

    before(async () => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-webview-'));
        const bundle = await esbuild.build({
            entryPoints: [path.join(EXTENSION, 'src', 'preview', 'webview', 'preview-script.ts')],
            bundle: true, platform: 'browser', format: 'iife', target: 'es2022', write: false, logLevel: 'silent',
        });
        fs.writeFileSync(path.join(folder, 'preview.js'), bundle.outputFiles[0].text);
        fs.writeFileSync(path.join(folder, 'preview.html'), previewShellHtml({
            cspSource: 'file:', nonce: NONCE, scriptUri: './preview.js', title: '预览 Preview agreement.citypact',
        }));
        articles = await renderExample('shanghai-emergency-command');
        context = await launchChromium(path.join(folder, 'profile'), { width: 1200, height: 900 });
        // VS Code injects acquireVsCodeApi before the page's scripts; so does this stand-in.
        await context.addInitScript(() => {
            const w = window as unknown as { posted: unknown[]; state: unknown; violations: string[]; acquireVsCodeApi: () => unknown };
            w.posted = [];
            w.violations = [];
            document.addEventListener('securitypolicyviolation', event => w.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
            w.acquireVsCodeApi = () => ({
                postMessage: (message: unknown) => w.posted.push(message),
                setState: (state: unknown) => { w.state = state; },
                getState: () => w.state,
            });
        });
        page = await context.newPage();
        await page.goto(pathToFileURL(path.join(folder, 'preview.html')).href);
    });

    after(async () => {
        await context?.close();
        if (folder) fs.rmSync(folder, { recursive: true, force: true });
    });

    const posted = () => page.evaluate(() => (window as unknown as { posted: unknown[] }).posted);

    it('runs its nonce’d script and says it is ready', async () => {
        await page.waitForFunction(() => (window as unknown as { posted: unknown[] }).posted.length > 0);
        assert.deepEqual(await posted(), [{ type: 'ready' }]);
    });

    it('swaps in each render, styled by the nonce’d stylesheet, and remembers its file', async () => {
        await update(page, articles, 'file:///ws/agreement.citypact');
        await page.locator('svg.cp-diagram').waitFor();
        // 4 parties, the Pudong bureau acting within a party, 1 service, 5 exchanges, 1 body.
        assert.equal(await page.locator('svg.cp-diagram g.cp-node[data-id]').count(), 12);
        // The stylesheet applies (a blocked one would leave the rectangles black and unstroked).
        const stroke = await page.locator('g.cp-node.role-lead > rect').first().evaluate(rect => getComputedStyle(rect).strokeWidth);
        assert.equal(stroke, '2.6px');
        assert.deepEqual(await page.evaluate(() => (window as unknown as { state: unknown }).state), { uri: 'file:///ws/agreement.citypact' });
        // A second render replaces the first, in place.
        await update(page, '<p class="cp-message">edited</p>', 'file:///ws/agreement.citypact');
        assert.equal(await page.locator('#cp-preview').innerText(), 'edited');
        await update(page, articles, 'file:///ws/agreement.citypact');
    });

    it('follows the VS Code theme through its CSS variables', async () => {
        const colour = await page.evaluate(() => {
            document.body.classList.add('vscode-dark');
            document.body.style.setProperty('--vscode-editor-foreground', 'rgb(1, 2, 3)');
            document.body.style.setProperty('--vscode-editor-background', 'rgb(4, 5, 6)');
            const style = getComputedStyle(document.body);
            return [style.color, style.backgroundColor];
        });
        assert.deepEqual(colour, ['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
    });

    it('asks to reveal the source line of a clicked node, arrow or section', async () => {
        const node = page.locator('g.cp-node[data-id="exchange:ShanghaiEmergencyCommand.重点人员转移安置"]');
        const line = Number(await node.getAttribute('data-line'));
        await node.click();
        await page.locator('.cp-item.cp-service h3').first().click();
        const serviceLine = Number(await page.locator('.cp-item.cp-service').first().getAttribute('data-line'));
        // Keyboard: a focused node is revealed with Enter.
        const lead = page.locator('g.cp-node[data-id="actor:Shanghai.EmergencyManagement"]');
        const leadLine = Number(await lead.getAttribute('data-line'));
        await lead.focus();
        await page.keyboard.press('Enter');
        const reveals = (await posted()).filter(m => (m as { type: string }).type === 'reveal');
        assert.deepEqual(reveals, [{ type: 'reveal', line }, { type: 'reveal', line: serviceLine }, { type: 'reveal', line: leadLine }]);
    });

    it('blocks everything the CSP does not allow, and the page needs nothing else', async () => {
        assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
        // An inline script without the nonce is refused.
        await page.evaluate(() => {
            const script = document.createElement('script');
            script.textContent = 'window.injected = true';
            document.body.append(script);
        });
        assert.equal(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected), undefined);
        const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
        assert.ok(violations.some(v => v.startsWith('script-src')), violations.join(', '));
    });
});

/** Posts a render as the extension does and waits until the page shows something new. */
async function update(page: Page, html: string, uri: string): Promise<void> {
    const before = await page.evaluate(() => document.getElementById('cp-preview')!.innerHTML);
    await page.evaluate(([html, uri]) => window.postMessage({ type: 'update', html, uri }, '*'), [html, uri]);
    await page.waitForFunction(previous => document.getElementById('cp-preview')!.innerHTML !== previous, before);
}

/** What the language server answers for an example's agreement (see render-request.ts). */
async function renderExample(name: string): Promise<string> {
    const services = createCityPactServices(EmptyFileSystem);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = services.shared.workspace.LangiumDocuments;
    const stdlib = factory.fromString(STDLIB_TEXT, STDLIB_URI);
    documents.addDocument(stdlib);
    const built: LangiumDocument<Model>[] = [];
    for (const file of fs.readdirSync(path.join(EXAMPLES, name))) {
        const document = factory.fromString<Model>(fs.readFileSync(path.join(EXAMPLES, name, file), 'utf8'), URI.file(`/ws/${file}`));
        documents.addDocument(document);
        built.push(document);
    }
    await services.shared.workspace.DocumentBuilder.build([stdlib, ...built], { validation: true });
    const agreement = built.find(d => d.uri.path.endsWith('/agreement.citypact'))!;
    return renderAgreementsHtml(agreementsOf(agreement).map(a => agreementView(a, agreement, services.CityPact)));
}
