// Renders packages/extension/images/icon.svg to the 128×128 icon.png the Marketplace
// shows (it accepts no SVG icon). Run by hand after editing the SVG; the PNG is committed.
// Needs Debian's chromium (scripts/e2e/setup.sh installs it).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const images = fileURLToPath(new URL('../packages/extension/images/', import.meta.url));
const svg = readFileSync(`${images}icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: `${images}icon.png`, omitBackground: true });
} finally {
    await browser.close();
}
