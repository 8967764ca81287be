import fs from 'node:fs'; import path from 'node:path'; import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { startServer } from '../packages/cli/out/test/lsp-client.js';
import { exampleWorkspace, positionOf, residentMegabytes, hoverText, bigFile } from '../packages/cli/out/test/robustness/stress-helpers.js';
const ws = exampleWorkspace('gba-transport-link');
const client = startServer(ws.dir, process.argv[2] ? process.argv[2].split(' ') : []);
await client.initialize(ws.dir);
const uri = ws.uri('agreement.citypact'); const text = ws.text('agreement.citypact');
let p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === uri);
client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
await p;
const rss = () => residentMegabytes(client.child.pid).toFixed(0);
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'big-'));
const big = bigFile(10 * 1024 * 1024);
const out = [];
for (let round = 1; round <= 6; round++) {
  const file = path.join(outside, `big-${round}.citypact`); fs.writeFileSync(file, big);
  const bigUri = pathToFileURL(file).toString();
  p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === bigUri, 60000);
  client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'citypact', version: 1, text: big } });
  await p; const a = rss();
  p = client.waitFor('textDocument/publishDiagnostics', p => p.uri === bigUri && p.diagnostics.length === 0, 60000);
  client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
  await p; out.push(`${a}/${rss()}`);
}
console.log(out.join(' '), 'exit', client.child.exitCode, client.stderr.slice(0, 300));
client.child.kill(); ws.cleanup(); fs.rmSync(outside, { recursive: true });
