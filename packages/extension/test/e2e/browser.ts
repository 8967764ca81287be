import * as fs from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, installed by scripts/e2e/setup.sh (CITYPACT_CHROMIUM overrides). */
export const CHROMIUM = process.env.CITYPACT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium with a fresh profile in `profileDir`. The flags keep it off the
 * network (this machine's closed network refuses Google's background services).
 */
export async function launchChromium(profileDir: string, viewport = { width: 1400, height: 900 }): Promise<BrowserContext> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run scripts/e2e/setup.sh`);
    return chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport,
        timeout: 30_000,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
}
