import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/** Drives the VS Code workbench the way a user does: keyboard, palette, panels. */
export class Workbench {
    constructor(readonly page: Page, private readonly screenshots: string) {}

    async ready(): Promise<void> {
        await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
        await this.page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 90_000 });
    }

    /**
     * Types into the quick input (F1): `>` runs a command, `:` goes to a line,
     * plain text opens a file. Any widget left open is closed first.
     */
    private async quickInput(text: string, pick?: string): Promise<void> {
        // The widget animates open and closed; a keystroke during the animation can be
        // lost, so a failed attempt is retried from a closed widget.
        for (let attempt = 1; ; attempt++) {
            try {
                await this.page.keyboard.press('Escape');
                await this.page.waitForTimeout(150);
                await this.page.keyboard.press('F1');
                const input = this.page.locator('.quick-input-widget input');
                await input.waitFor({ state: 'visible', timeout: 5_000 });
                await input.fill(text, { timeout: 5_000 });
                if (pick) await this.page.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first().waitFor({ timeout: 20_000 });
                else await this.page.waitForTimeout(300);
                await this.page.keyboard.press('Enter');
                return;
            } catch (error) {
                if (attempt === 3) throw error;
            }
        }
    }

    /** Runs a command by its title from the command palette. */
    async runCommand(title: string): Promise<void> {
        await this.quickInput(`>${title}`, title);
    }

    /** Opens a workspace file by its relative path through Quick Open. */
    async openFile(relativePath: string): Promise<void> {
        const name = path.basename(relativePath);
        await this.quickInput(relativePath, name);
        await this.page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
        await this.page.locator('.monaco-editor .view-lines').first().waitFor();
    }

    /** Moves the cursor to a 1-based line and column. */
    async goTo(line: number, column: number): Promise<void> {
        await this.quickInput(`:${line}:${column}`);
        await this.page.locator('.statusbar', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 });
    }

    /** The text of the Problems panel, once it contains `expected` (a rule id, a message). */
    async problemsContaining(expected: string | RegExp, timeout = 60_000): Promise<string> {
        await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const panel = this.page.locator('.markers-panel');
        await panel.waitFor({ timeout: 20_000 });
        const deadline = Date.now() + timeout;
        let text = '';
        while (Date.now() < deadline) {
            text = await panel.innerText();
            if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
            await this.page.waitForTimeout(500);
        }
        throw new Error(`Problems panel never showed ${expected}; it shows:\n${text}`);
    }

    async problemsText(): Promise<string> {
        return this.page.locator('.markers-panel').innerText();
    }

    async screenshot(name: string): Promise<string> {
        fs.mkdirSync(this.screenshots, { recursive: true });
        const file = path.join(this.screenshots, `${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }
}
