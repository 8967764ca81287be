// `npm run docs:images`: refreshes the screenshots in docs/images on purpose. The
// end-to-end suites write their screenshots to .e2e/screenshots (git-ignored), so
// that `npm run test:e2e` leaves the working tree as it found it; this runs the same
// suites with CITYPACT_SCREENSHOTS pointing at docs/images. Look at every changed
// picture (git diff --stat docs/images) before committing it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['scripts/e2e/run.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CITYPACT_SCREENSHOTS: fileURLToPath(new URL('../docs/images/', import.meta.url)) },
});
process.exit(result.status ?? 1);
