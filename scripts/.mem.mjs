import fs from 'node:fs'; import path from 'node:path'; import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { startServer } from '../packages/cli/out/test/lsp-client.js';
import { exampleWorkspace, positionOf, residentMegabytes, hoverText } from '../packages/cli/out/test/robustness/stress-helpers.js';
const ws = exampleWorkspace('gba-transport-link');
const client = startServer(ws.dir);
await client.initialize(ws.dir);
const uri = ws.uri('agreement.citypact'); const text = ws.text('agreement.citypact');
let p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri);
client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
await p;
const pos = positionOf(text, 'Guangzhou.Transport role lead', 12);
for (let i = 0; i < 30; i++) await hoverText(client, uri, pos);
const rss = () => residentMegabytes(client.child.pid).toFixed(0);
console.log('baseline', rss());
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'big-'));
const doc = ('Shared bus and metro data for the Greater Bay Area, 大湾区交通数据共享. ').repeat(28);
let parts = [], size = 0, i = 0;
while (size < 10 * 1024 * 1024) { const s = `/** ${doc} */\ndepartment D${i} "部门${i}" of Guangzhou\n`; parts.push(s); size += Buffer.byteLength(s); i++; }
const big = parts.join(''); console.log('decls', i, 'bytes', size);
const bigPath = path.join(outside, 'big.citypact'); fs.writeFileSync(bigPath, big);
const bigUri = pathToFileURL(bigPath).toString();
let t = performance.now();
p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === bigUri, 120000);
client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'citypact', version: 1, text: big } });
const d = await p; console.log('big diags', d.diagnostics.length, 'in', (performance.now() - t).toFixed(0), 'rss', rss());
t = performance.now();
console.log('hover end', (await hoverText(client, bigUri, { line: big.split('\n').length - 2, character: 12 })).slice(0, 60), (performance.now() - t).toFixed(0), 'rss', rss());
const sym = await client.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } }); console.log('symbols', sym.length, 'rss', rss());
p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === bigUri && p.diagnostics.length === 0, 60000);
client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
await p; console.log('closed rss', rss());
for (let k = 0; k < 30; k++) {
  await new Promise(r => setTimeout(r, 1000));
  console.log('after', k, rss());
}
client.child.kill(); ws.cleanup(); fs.rmSync(outside, { recursive: true });
