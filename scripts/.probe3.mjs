import './polyfill.mjs';
import { createCityPactServices } from '../packages/language/out/src/index.js';
import { EmptyFileSystem } from 'langium';
const s = createCityPactServices(EmptyFileSystem);
const lexer = s.CityPact.parser.Lexer;
const parser = s.CityPact.parser.LangiumParser;
for (const [name, f] of Object.entries({ mlc: n => '/*'.repeat(n), strq: n => '"\\"'.repeat(n), str: n=> '"\\q'.repeat(n), lines: n => '"\\"\n'.repeat(n), mlcLines: n=> '/*\n'.repeat(n) })) for (const n of [20000, 40000, 80000]) {
  const text = f(n);
  let t0 = performance.now();
  const r = lexer.tokenize(text);
  const t1 = performance.now();
  parser.parse(text);
  console.log(name, n, 'lex', (t1 - t0).toFixed(0), 'parse', (performance.now() - t1).toFixed(0), 'errors', r.errors.length);
}
const g = v => v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
for (const n of [10000, 20000, 40000]) { const t0 = performance.now(); g('9'.repeat(n)); console.log('group', n, (performance.now()-t0).toFixed(0)); }
