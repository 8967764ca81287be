import './polyfill.mjs';
import { ToolBench } from '../packages/language/out/test/robustness/tool-properties.js';
const bench = await ToolBench.create();
const mk = {
  population: n => 'city A "a" { tier small population ' + '9'.repeat(n) + ' }',
  mlc: n => '/*'.repeat(n),
  strq: n => '"\\"'.repeat(n),
  qn: n => 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai' + '.A'.repeat(n) + ' party Beijing }',
  many: n => Array.from({length: n}, (_, i) => `agreement A${i} "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing supersedes A${(i+1)%n} }`).join('\n'),
  manyNoSup: n => Array.from({length: n}, (_, i) => `agreement A${i} "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing }`).join('\n'),
};
for (const [name, f] of Object.entries(mk)) for (const n of name.startsWith('many') ? [150, 300, 600] : [10000, 20000, 40000]) {
  const text = f(n);
  const t0 = performance.now();
  try { await bench.runTools({ 'a.citypact': text }, 'a.citypact'); console.log(name, n, (performance.now() - t0).toFixed(0), 'ms'); }
  catch (e) { console.log(name, 'FAIL', String(e.message).slice(0, 300)); }
}
