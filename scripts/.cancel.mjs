import { startServer } from '../packages/cli/out/test/lsp-client.js';
import { exampleWorkspace, positionOf } from '../packages/cli/out/test/robustness/stress-helpers.js';
const ws = exampleWorkspace('gba-transport-link');
const client = startServer(ws.dir);
await client.initialize(ws.dir);
const uri = ws.uri('agreement.citypact'); const text = ws.text('agreement.citypact');
let p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri);
client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
await p;
const long = text + Array.from({ length: 3000 }, (_, i) => `department D${i} "部门${i}" of Guangzhou\n`).join('');
const position = positionOf(text, 'Shenzhen.Transport', 10);
client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: long }] });
const out = [];
for (let i = 0; i < 10; i++) { const { id, response } = client.send('textDocument/hover', { textDocument: { uri }, position }); if (i % 2) client.cancel(id); const t = performance.now(); out.push(response.then(r => `ok ${(performance.now()-t).toFixed(0)} ${JSON.stringify(r)?.slice(0,40)}`, e => `err ${e.message}`)); }
console.log(await Promise.all(out));
client.child.kill(); ws.cleanup();
