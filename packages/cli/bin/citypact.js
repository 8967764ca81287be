#!/usr/bin/env node
// Load the Object.groupBy polyfill before anything imports langium (Node 20).
import 'citypact-language/polyfill';

const { main } = await import('../out/src/main.js');
process.exitCode = await main(process.argv.slice(2));
