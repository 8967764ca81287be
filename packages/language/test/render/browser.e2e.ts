import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { diagramGraph } from '../../src/render/diagram-graph.js';
import { renderHtmlPage } from '../../src/render/html.js';
import { EXAMPLES, loadExample, viewsOf } from './render-helpers.js';

/**
 * The rendered page in a real browser (headless Chromium, Debian's /usr/bin/chromium,
 * installed by scripts/e2e/setup.sh): the diagram has the expected nodes with their
 * labels, no text overflows its box with real fonts, nothing is fetched from a
 * network, and a screenshot of each example's diagram is saved for the README
 * (docs/images/preview-<example>.png).
 */

const CHROMIUM = '/usr/bin/chromium';

/** An SVG graphics element, as far as these tests use it (the package compiles without DOM types). */
interface Graphic {
    getBBox(): { x: number; y: number; width: number; height: number };
}
/** A build folder, so a test run leaves the tree as it was; `npm run docs:images` points it at docs/images. */
const SCREENSHOTS = process.env.CITYPACT_SCREENSHOTS ?? fileURLToPath(new URL('../../../../../.e2e/screenshots/', import.meta.url));

describe('render: the page in headless Chromium', function () {
    this.timeout(120_000);
    let context: BrowserContext;
    let profile: string;
    let pages: string;

    before(async function () {
        if (!fs.existsSync(CHROMIUM)) {
            throw new Error(`Chromium is not installed at ${CHROMIUM}: run scripts/e2e/setup.sh (it installs Debian's chromium package)`);
        }
        profile = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-chromium-'));
        pages = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-render-'));
        context = await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM,
            headless: true,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
            viewport: { width: 1280, height: 900 },
            // Fail within the test's time rather than wait for a browser that never starts.
            timeout: 30_000,
        });
    });

    after(async () => {
        await context?.close();
        for (const folder of [profile, pages]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
    });

    for (const example of EXAMPLES) {
        it(`${example}: the diagram shows who exchanges what with whom; screenshot saved`, async () => {
            const loaded = await loadExample(example);
            const [view] = viewsOf(loaded.ws, 'agreement.citypact');
            const file = path.join(pages, `${view.id}.html`);
            fs.writeFileSync(file, renderHtmlPage([view], { sourceHref: 'agreement.citypact' }));
            const graph = diagramGraph(view);

            const page = await context.newPage();
            const requests: string[] = [];
            const problems: string[] = [];
            page.on('request', request => requests.push(request.url()));
            page.on('console', message => { if (message.type() === 'error') problems.push(message.text()); });
            page.on('pageerror', error => problems.push(error.message));
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

            const nodes = await page.$$eval('svg.cp-diagram g.cp-node[data-id]', elements => elements.map(element => ({
                id: element.getAttribute('data-id')!,
                ref: element.getAttribute('data-ref')!,
                text: [...element.querySelectorAll('text')].map(t => t.textContent ?? '').join(''),
                overflow: (() => {
                    // Text must stay inside its box with the fonts the browser really uses.
                    const box = (element.querySelector('rect') as unknown as Graphic).getBBox();
                    return [...element.querySelectorAll('text')]
                        .map(t => (t as unknown as Graphic).getBBox())
                        .filter(b => b.x + b.width > box.x + box.width + 1 || b.x < box.x)
                        .length;
                })(),
            })));
            assert.equal(nodes.length, graph.nodes.length, 'one node per party, actor, service, exchange and body');
            assert.deepEqual(nodes.map(n => n.id), graph.nodes.map(n => n.id));
            const textOf = (id: string) => nodes.find(n => n.id === id)?.text.replace(/\s+/g, '') ?? '';
            for (const party of view.parties) {
                assert.ok(textOf(`actor:${party.actor.id}`).includes(party.actor.label!.text.replace(/\s+/g, '')), `party ${party.actor.id}`);
            }
            for (const exchange of view.exchanges) {
                const card = textOf(`exchange:${exchange.id}`);
                assert.ok(card.includes(exchange.dataset!.label!.text.replace(/\s+/g, '')), `dataset of ${exchange.id}`);
                assert.ok(card.includes('用途purpose:'), `purpose of ${exchange.id}`);
                assert.ok(card.includes('依据basis:'), `basis of ${exchange.id}`);
            }
            for (const service of view.services) assert.ok(textOf(`service:${service.id}`).includes(service.label.text.replace(/\s+/g, '')));
            assert.deepEqual(nodes.filter(n => n.overflow > 0).map(n => n.id), [], 'text overflowing its box');

            // Arrows: one per sender, recipient, provider, user and onward recipient, each with a path.
            const edges = await page.$$eval('svg.cp-diagram path.cp-edge[data-id]', elements => elements.map(e => e.getAttribute('d') ?? ''));
            assert.equal(edges.length, graph.edges.length);
            assert.ok(edges.every(d => /^M[\d.]+,[\d.]+/.test(d)));
            // Sensitive data is marked in red: the card and its arrows carry the class the legend explains.
            const sensitive = view.exchanges.filter(e => e.dataset?.personalData === 'sensitive').length;
            assert.equal(await page.locator('svg.cp-diagram g.cp-node.data-sensitive').count(), sensitive);
            if (sensitive) assert.equal(await page.locator('.cp-legend text', { hasText: 'sensitive personal data' }).count(), 1);

            assert.deepEqual(requests.filter(url => !url.startsWith('file:') && !url.startsWith('data:')), [], 'no network request');
            assert.deepEqual(problems, []);

            fs.mkdirSync(SCREENSHOTS, { recursive: true });
            const screenshot = path.join(SCREENSHOTS, `preview-${example}.png`);
            await page.locator('section.cp-diagram-section').screenshot({ path: screenshot });
            assert.ok(fs.statSync(screenshot).size > 20_000, 'a real picture');
            await page.close();
        });
    }
});
