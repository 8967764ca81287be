import './polyfill.mjs';
import fc from 'fast-check';
import { loadExamples } from '../packages/language/out/test/robustness/example-corpus.js';
import { applyMutations, mutationsArbitrary, QUICK_LIMITS } from '../packages/language/out/test/robustness/mutations.js';
import { ToolBench } from '../packages/language/out/test/robustness/tool-properties.js';
const bench = await ToolBench.create();
const ex = loadExamples();
const samples = fc.sample(fc.tuple(fc.constantFrom(...ex.flatMap(e => e.targets.map(t => [e, t]))), mutationsArbitrary(QUICK_LIMITS)), { numRuns: 300, seed: 5 });
let parsed = 0, exported = 0, changed = 0, maxT = 0;
for (const [[e, t], m] of samples) {
  const text = applyMutations(e.files[t], m);
  const t0 = performance.now();
  const r = await bench.runTools({ ...e.files, [t]: text }, t);
  maxT = Math.max(maxT, performance.now() - t0);
  if (r.formatted !== undefined) { parsed++; if (r.formatted !== text) changed++; }
  if (r.exports.some(x => !x.startsWith('refused'))) exported++;
}
console.log({ parsed, exported, changed, maxT });
