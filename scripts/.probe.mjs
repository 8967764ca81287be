import './polyfill.mjs';
import { ToolBench } from '../packages/language/out/test/robustness/tool-properties.js';
const bench = await ToolBench.create();
const cases = {
  braces: '{'.repeat(20000),
  bracesClosed: 'city A "a" ' + '{'.repeat(5000) + '}'.repeat(5000),
  closers: '}'.repeat(20000),
  qn: 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai' + '.A'.repeat(5000) + ' party Beijing }',
  population: 'city A "a" { tier small population ' + '9'.repeat(20000) + ' }',
  code: 'city A "a" { code ' + '9'.repeat(20000) + ' }',
  percent: 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing service S "s" { mode online provider Shanghai users Beijing costs { Shanghai ' + '9'.repeat(20000) + '% Beijing 1% } } }',
  duration: 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing termination notice ' + '9'.repeat(5000) + ' days }',
  version: 'agreement A "a" { version ' + '9'.repeat(5000) + '.0.0 effective 2024-01-01 party Shanghai party Beijing }',
  mlc: '/*'.repeat(20000),
  strq: '"\\"'.repeat(20000),
  longid: 'city ' + 'x'.repeat(200000) + ' "a"',
  longline: 'city A "' + '长'.repeat(200000) + '"',
  manyAgreements: Array.from({length: 300}, (_, i) => `agreement A${i} "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing supersedes A${(i+1)%300} }`).join('\n'),
  dates: 'agreement A "a" { version 1.0.0 effective 9999-99-99 until 0000-00-00 signed 2024-02-30 party Shanghai party Beijing obligation O "o" { by Shanghai due 9999-12-31 } }',
  digitsDots: '1.'.repeat(20000),
  pct: '1.11%'.repeat(20000),
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  try { await bench.check({ 'a.citypact': text }, 'a.citypact', text, 1e9); console.log(name, 'ok', (performance.now() - t0).toFixed(0), 'ms'); }
  catch (e) { console.log(name, 'FAIL', (performance.now() - t0).toFixed(0), 'ms', String(e.message).slice(0, 600)); }
}
const t = 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing body B "b" { members Shanghai, Beijing chair Shanghai decides by majority } disputes by B amendment by majority termination notice ' + '9'.repeat(400) + ' days }';
try { await bench.check({ 'a.citypact': t }, 'a.citypact', t, 1e9); console.log('notice ok'); } catch (e) { console.log('notice FAIL', e.message.slice(0, 500)); }
