// `npm run bench` (with --full for the 5,000-file tier): the harness is in scripts/bench/.
import { main } from './bench/run.mjs';

await main();
