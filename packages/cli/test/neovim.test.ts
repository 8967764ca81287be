import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './run-cli.js';
import { writeTransitWorkspaces } from './transit-workspace.js';

/**
 * A real third-party LSP client: headless Neovim (Debian's `neovim`, 0.7+) starts
 * the server with exactly `cmd = { "citypact", "lsp" }`, as docs/editors.md tells
 * Neovim users to, and receives its diagnostics. `.ci/run` installs Neovim; on a
 * machine without it the test is skipped with the reason printed (and counted).
 */
describe('Neovim as the LSP client of `citypact lsp`', function () {
    this.timeout(90_000);

    before(function () {
        if (spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status !== 0) {
            console.log('    (skipped: nvim is not installed; `apt-get install neovim` runs this test)');
            this.skip();
        }
    });

    it('shows the cost-shares-sum diagnostic of a broken agreement, with its rule id and line', () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-nvim-'));
        try {
            writeTransitWorkspaces(home);
            const root = path.join(home, 'broken');
            const file = path.join(root, 'agreement.citypact');
            const out = path.join(home, 'diagnostics.txt');
            const script = path.join(home, 'check.lua');
            // Neovim 0.7 (Debian 12) has vim.lsp.start_client; vim.lsp.start (0.8+) wraps the same call.
            fs.writeFileSync(script, `
vim.cmd('edit ' .. vim.fn.fnameescape(${luaString(file)}))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'citypact'
local client_id = vim.lsp.start_client({ name = 'citypact', cmd = { 'citypact', 'lsp' }, root_dir = ${luaString(root)} })
vim.lsp.buf_attach_client(bufnr, client_id)
vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  table.insert(lines, string.format('%s|%d|%d|%s', code, d.lnum + 1, d.severity, d.message))
end
vim.fn.writefile(lines, ${luaString(out)})
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
`);
            const result = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${script}`], {
                cwd: root, encoding: 'utf8', timeout: 80_000,
                // `citypact` as an npm install puts it on PATH (node_modules/.bin), and the Node.js running this suite.
                env: { ...process.env, PATH: [path.join(REPO, 'node_modules/.bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter) },
            });
            assert.equal(result.status, 0, `nvim failed:\n${result.stdout}\n${result.stderr}`);
            const diagnostics = fs.readFileSync(out, 'utf8').trim().split('\n');
            assert.equal(diagnostics.length, 1, diagnostics.join('\n'));
            const [code, line, severity, message] = diagnostics[0].split('|');
            assert.equal(code, 'cost-shares-sum');
            assert.equal(line, '13');
            assert.equal(severity, '1', 'an error');
            assert.match(message, /90%/);
        } finally {
            fs.rmSync(home, { recursive: true, force: true });
        }
    });
});

function luaString(text: string): string {
    return JSON.stringify(text);
}
