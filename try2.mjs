import './scripts/polyfill.mjs';
import { buildWorkspace } from './packages/language/out/test/helpers.js';
const text = process.argv[2].replace(/\\n/g, '\n');
const ws = await buildWorkspace({ 'a.citypact': text });
const doc = ws.documents.get('a.citypact');
console.log('lexer', doc.parseResult.lexerErrors.map(e => [e.offset, e.length, e.message]));
console.log('parser', doc.parseResult.parserErrors.map(e => [e.token.startOffset, e.token.image, e.message]));
for (const d of ws.diagnostics('a.citypact')) console.log(d.range.start.line + 1, d.range.start.character + 1, d.code, d.message);
