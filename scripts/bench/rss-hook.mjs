// Loaded with --import into a measured process: at exit, writes the process's peak
// resident set size (KB, from getrusage) to the file named by CITYPACT_BENCH_RSS.
import * as fs from 'node:fs';

const out = process.env.CITYPACT_BENCH_RSS;
if (out) process.on('exit', () => fs.writeFileSync(out, String(process.resourceUsage().maxRSS)));
