#!/usr/bin/env node
// The `citypact` command: the self-contained bundle that the npm package ships
// (packages/cli/esbuild.mjs builds it at `npm install`, `npm run build` and `npm test`).
import '../dist/citypact.cjs';
