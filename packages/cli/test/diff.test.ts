import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO, runCli, tempWorkspace } from './run-cli.js';

const OLD = 'examples/yrd-medical-settlement/agreement-2021.citypact';
const NEW = 'examples/yrd-medical-settlement/agreement.citypact';
const Y = 'YRDMedicalSettlement';
const DP = 'data-protection';
const S = 'substantive';
const E = 'editorial';

/**
 * The 2021 and the 2024 YRD agreements, read side by side: every change a reader of
 * the two files finds, in the new file's order (removals where they stood), and
 * nothing else (the Confidentiality clause, the retention of the filings, their
 * security and onward lines, the parties Shanghai, Hangzhou and Nanjing are the same).
 */
const YRD_CHANGES: Array<[string, string, string, string | null, string]> = [
    ['label', 'changed', Y, 'doc', E],
    ['label', 'changed', Y, 'label', E],
    ['label', 'changed', Y, 'translation', E],
    ['agreement', 'changed', Y, 'version', E],
    ['agreement', 'changed', Y, 'dimensions', E],
    ['term', 'changed', Y, 'signed', S],
    ['term', 'changed', Y, 'effective', S],
    ['term', 'changed', Y, 'until', S],
    ['party', 'added', 'Zhejiang.MedicalSecurity', null, S],
    ['party', 'added', 'Jiangsu.MedicalSecurity', null, S],
    ['body', 'removed', `${Y}2021.JointMeeting`, null, S],
    ['service', 'removed', `${Y}2021.OutpatientSettlement`, null, S],
    ['party', 'added', 'Anhui.MedicalSecurity', null, S],
    ['body', 'added', `${Y}.JointCommittee`, null, S],
    ['service', 'added', `${Y}.DirectSettlement`, null, S],
    ['service', 'added', `${Y}.ProxyClaims`, null, S],
    // Settlement details: sensitive personal data, graded important.
    ['exchange', 'added', `${Y}.SettlementReturn`, null, DP],
    ['label', 'changed', `${Y}.HangzhouFilings`, 'translation', E],
    ['exchange', 'widened', `${Y}.HangzhouFilings`, 'purpose', DP],
    ['exchange', 'widened', `${Y}.HangzhouFilings`, 'basis', DP],
    ['exchange', 'widened', `${Y}.HangzhouFilings`, 'frequency', DP],
    ['label', 'changed', `${Y}.NanjingFilings`, 'translation', E],
    ['exchange', 'widened', `${Y}.NanjingFilings`, 'purpose', DP],
    ['exchange', 'widened', `${Y}.NanjingFilings`, 'basis', DP],
    ['exchange', 'widened', `${Y}.NanjingFilings`, 'frequency', DP],
    ['obligation', 'removed', `${Y}2021.CoverAllDesignatedHospitals`, null, S],
    // Clearing statements: general, no personal data.
    ['exchange', 'added', `${Y}.MonthlyClearing`, null, S],
    ['obligation', 'added', `${Y}.UpgradePlatform`, null, S],
    ['obligation', 'added', `${Y}.AdvanceFunds`, null, S],
    ['obligation', 'added', `${Y}.NanjingWindow`, null, S],
    ['clause', 'added', `${Y}.DataSecurity`, null, S],
    ['clause', 'added', `${Y}.Observer`, null, S],
    ['governance', 'changed', Y, 'disputes', S],
    ['governance', 'changed', Y, 'termination', S],
];

function schemaValidator() {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'packages/cli/schemas/citypact-diff-1.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    return (value: unknown) => assert.ok(validate(value), ajv.errorsText(validate.errors));
}

describe('citypact diff: the YRD agreements of 2021 and 2024', () => {
    it('json: every change, classified, valid against the shipped schema', () => {
        const result = runCli(['diff', OLD, NEW, '--format', 'json']);
        assert.equal(result.status, 0, result.stderr);
        const report = JSON.parse(result.stdout);
        schemaValidator()(report);
        assert.equal(report.agreements.length, 1);
        const [agreement] = report.agreements;
        assert.deepEqual([agreement.id, agreement.status, agreement.before, agreement.after],
            [Y, 'changed', { id: `${Y}2021`, version: '1.0.0' }, { id: Y, version: '2.0.0' }]);
        assert.deepEqual(agreement.changes.map((c: any) => [c.element, c.change, c.target, c.field, c.impact]), YRD_CHANGES);
        assert.deepEqual(report.summary, { [DP]: 7, [S]: 20, [E]: 7 });
        const values = (target: string, field: string) => {
            const change = agreement.changes.find((c: any) => c.target === target && c.field === field);
            return [change.before, change.after];
        };
        assert.deepEqual(values(Y, 'dimensions'), [['cross-region', 'cross-department'], ['cross-region', 'cross-level', 'cross-department']]);
        assert.deepEqual(values(`${Y}.HangzhouFilings`, 'frequency'), ['daily', 'realtime']);
        assert.deepEqual(values(Y, 'termination'), ['90 days', '6 months']);
        assert.deepEqual(values(Y, 'disputes'), [
            `${Y}2021.JointMeeting then higher-authority "国家医疗保障局"`, `${Y}.JointCommittee then higher-authority "国家医疗保障局"`]);
        // Deterministic: the same bytes twice.
        assert.equal(runCli(['diff', OLD, NEW, '--format', 'json']).stdout, result.stdout);
    });

    it('text: one line per change in the same order, and the summary', () => {
        const result = runCli(['diff', OLD, NEW]);
        assert.equal(result.status, 0, result.stderr);
        const lines = result.stdout.trimEnd().split('\n');
        assert.equal(lines[0], `${Y}2021 1.0.0 → ${Y} 2.0.0 (changed)`);
        const changeLines = lines.slice(1, 1 + YRD_CHANGES.length);
        changeLines.forEach((line, i) => {
            const [element, change, target, field, impact] = YRD_CHANGES[i];
            const words = impact === DP ? 'data protection' : impact;
            assert.match(line, new RegExp(`^  ${words} +${change} +${element} ${target.replace(/\./g, '\\.')}${field ? ` ${field}` : ''}: `), line);
        });
        assert.equal(lines[1 + YRD_CHANGES.length], '');
        assert.equal(lines.at(-1), '✖ 7 data protection, 20 substantive, 7 editorial');
        assert.ok(lines.includes('  data protection  widened   exchange YRDMedicalSettlement.HangzhouFilings frequency: daily → realtime'));
        assert.ok(lines.includes('  editorial        changed   agreement YRDMedicalSettlement dimensions: +cross-level'));
        assert.ok(lines.includes('  substantive      added     party Anhui.MedicalSecurity: role: observer'));
        assert.doesNotMatch(result.stdout, /\u001b/, 'no colour when not on a terminal');
        assert.match(runCli(['diff', OLD, NEW], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[31mdata protection/);
    });

    it('markdown: a heading, then one table per impact, most severe first; in Chinese with --locale zh-CN', () => {
        const result = runCli(['diff', OLD, NEW, '--format', 'markdown']);
        assert.equal(result.status, 0, result.stderr);
        const headings = result.stdout.split('\n').filter(l => l.startsWith('#'));
        assert.deepEqual(headings, [
            '## Agreement changes',
            `### ${Y}2021 1.0.0 → ${Y} 2.0.0 (changed)`,
            '#### data protection (7)',
            '#### substantive (20)',
            '#### editorial (7)',
        ]);
        const tableRows = result.stdout.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| Change'));
        assert.equal(tableRows.length, YRD_CHANGES.length);
        assert.ok(result.stdout.includes(`| widened | exchange | \`${Y}.HangzhouFilings\` | \`frequency\` | daily | realtime |`));
        assert.ok(result.stdout.includes(`| changed | agreement | \`${Y}\` | \`dimensions\` | cross-region, cross-department | cross-region, cross-level, cross-department (+cross-level) |`));
        const zh = runCli(['diff', OLD, NEW, '--format', 'markdown', '--locale', 'zh-CN']).stdout;
        assert.match(zh, /^## 协议变更$/m);
        assert.match(zh, /^#### 数据保护 \(7\)$/m);
        assert.match(zh, /^\| 变更 \| 要素 \| 对象 \| 字段 \| 变更前 \| 变更后 \|$/m);
        assert.ok(zh.includes(`| 扩大 | 数据交换 | \`${Y}.HangzhouFilings\` | \`frequency\` | daily | realtime |`));
    });

    it('--fail-on: 1 at or above the threshold, else 0 (default none)', () => {
        assert.equal(runCli(['diff', OLD, NEW, '--fail-on', 'data-protection']).status, 1);
        assert.equal(runCli(['diff', OLD, NEW, '--fail-on', 'any']).status, 1);
        assert.equal(runCli(['diff', OLD, NEW, '--fail-on', 'none']).status, 0);
        assert.equal(runCli(['diff', NEW, NEW, '--fail-on', 'any']).status, 0);
    });
});

const REGISTRY = `department Health "上海卫健委" of Shanghai
department Health "杭州卫健委" of Hangzhou
dataset Records "记录" of Shanghai.Health {
  sharing conditional "协议用途"
  personal-data ordinary
}
`;
const PACT = (to: string, retention: string, extra = '') => `agreement Pact "协议" {
  version 1.0.0
  effective 2024-01-01
  party Shanghai.Health
  party Hangzhou.Health
  exchange Flow "交换" {
    data Shanghai.Health.Records
    from Shanghai.Health
    to ${to}
    purpose "用途"
    basis statutory-duty
    retention ${retention}
  }${extra}
}
`;

describe('citypact diff: --fail-on data-protection, parse errors, usage', () => {
    it('exits 1 exactly when an exchange is widened or a personal-data exchange added', () => {
        const ws = tempWorkspace({
            'citypact.json': '{}',
            'old/registry.citypact': REGISTRY, 'old/pact.citypact': PACT('Hangzhou.Health', '5 years'),
            'longer/registry.citypact': REGISTRY, 'longer/pact.citypact': PACT('Hangzhou.Health', '50 years'),
            'shorter/registry.citypact': REGISTRY, 'shorter/pact.citypact': PACT('Hangzhou.Health', '60 months\n    frequency daily'),
            'added/registry.citypact': REGISTRY,
            'added/pact.citypact': PACT('Hangzhou.Health', '5 years', '\n  exchange Back "回传" {\n    data Shanghai.Health.Records\n    from Shanghai.Health\n    to Hangzhou.Health\n  }'),
        });
        try {
            const failOn = (side: string) => runCli(['diff', 'old', side, '--fail-on', 'data-protection'], { cwd: ws.dir });
            assert.equal(failOn('longer').status, 1);
            assert.equal(failOn('added').status, 1);
            const shorter = failOn('shorter');
            assert.equal(shorter.status, 0, shorter.stdout);
            assert.match(shorter.stdout, /substantive +changed +exchange Pact\.Flow frequency: — → daily/);
            assert.equal(runCli(['diff', 'old', 'shorter', '--fail-on', 'substantive'], { cwd: ws.dir }).status, 1);
        } finally {
            ws.cleanup();
        }
    });

    it('exits 2 when a side does not parse, naming the file and line', () => {
        const ws = tempWorkspace({
            'a.citypact': PACT('Hangzhou.Health', '5 years'),
            'b.citypact': PACT('Hangzhou.Health', '5 years').replace('    purpose "用途"\n', '    purpose "用途\n'),
        });
        try {
            const result = runCli(['diff', 'a.citypact', 'b.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 2);
            assert.match(result.stderr, /^citypact diff: b\.citypact:10:\d+: does not parse: /);
            assert.equal(result.stdout, '');
        } finally {
            ws.cleanup();
        }
    });

    it('usage errors exit 2', () => {
        assert.equal(runCli(['diff', OLD]).status, 2);
        assert.match(runCli(['diff', OLD, NEW, '--format', 'html']).stderr, /unknown format "html"/);
        assert.match(runCli(['diff', OLD, NEW, '--fail-on', 'minor']).stderr, /unknown --fail-on "minor"/);
        assert.equal(runCli(['diff', OLD, NEW, '--locale', 'fr']).status, 2);
        assert.match(runCli(['diff', OLD, 'nowhere.citypact']).stderr, /nowhere\.citypact: no such file or directory/);
        assert.match(runCli(['diff', '--help']).stdout, /--base <git-ref>/);
    });

    it('escapes control characters of labels in text and Markdown', () => {
        const ws = tempWorkspace({
            'a.citypact': PACT('Hangzhou.Health', '5 years').replace('"交换"', '"old"'),
            'b.citypact': PACT('Hangzhou.Health', '5 years').replace('"交换"', '"\\u001b[2Jnew | <b>x</b>"'),
        });
        try {
            const text = runCli(['diff', 'a.citypact', 'b.citypact'], { cwd: ws.dir, env: { FORCE_COLOR: '0' } });
            assert.doesNotMatch(text.stdout, /\u001b/);
            assert.ok(text.stdout.includes('old → \\u001b[2Jnew | <b>x</b>'), text.stdout);
            const markdown = runCli(['diff', 'a.citypact', 'b.citypact', '--format', 'markdown'], { cwd: ws.dir }).stdout;
            assert.ok(markdown.includes('\\\\u001b\\[2Jnew \\| &lt;b&gt;x&lt;/b&gt;'), markdown);
        } finally {
            ws.cleanup();
        }
    });
});

describe('citypact diff --base', () => {
    function git(cwd: string, ...args: string[]): string {
        return execFileSync('git', args, {
            cwd, encoding: 'utf8',
            env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
        });
    }

    it('compares the working tree with HEAD~1 without touching the working tree or the index', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'deals/registry.citypact': REGISTRY, 'deals/pact.citypact': PACT('Hangzhou.Health', '5 years') });
        try {
            git(ws.dir, 'init', '-q');
            git(ws.dir, 'add', '.');
            git(ws.dir, 'commit', '-q', '-m', 'v1');
            fs.writeFileSync(path.join(ws.dir, 'deals/pact.citypact'), PACT('Hangzhou.Health', '6 months'));
            git(ws.dir, 'commit', '-q', '-am', 'v2');
            // Uncommitted, and one of them staged: the working tree is the new side.
            fs.writeFileSync(path.join(ws.dir, 'deals/pact.citypact'), PACT('Hangzhou.Health, Shanghai.Health', '6 months'));
            fs.writeFileSync(path.join(ws.dir, 'deals/new.citypact'), PACT('Hangzhou.Health', '1 year').replace('Pact', 'Fresh'));
            git(ws.dir, 'add', 'deals/new.citypact');
            const status = git(ws.dir, 'status', '--porcelain');
            const index = fs.readFileSync(path.join(ws.dir, '.git/index'));
            const files = fs.readdirSync(path.join(ws.dir, 'deals')).map(f => [f, fs.readFileSync(path.join(ws.dir, 'deals', f), 'utf8')]);

            const result = runCli(['diff', '--base', 'HEAD~1', '--format', 'json'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            const report = JSON.parse(result.stdout);
            schemaValidator()(report);
            assert.deepEqual(report.agreements.map((a: any) => [a.id, a.status]), [['Fresh', 'added'], ['Pact', 'changed']]);
            assert.deepEqual(report.agreements[1].changes.map((c: any) => [c.change, c.field, c.before, c.after]), [
                ['widened', 'to', ['Hangzhou.Health'], ['Hangzhou.Health', 'Shanghai.Health']],
                ['narrowed', 'retention', '5 years', '6 months'],
            ]);
            // A path given explicitly, from a subfolder; one that did not exist at REF is all added.
            const sub = runCli(['diff', '--base', 'HEAD', 'new.citypact', '--fail-on', 'data-protection'], { cwd: path.join(ws.dir, 'deals') });
            assert.equal(sub.status, 1, sub.stderr);
            assert.match(sub.stdout, /^Fresh 1\.0\.0 \(added\)$/m);
            assert.match(runCli(['diff', '--base', 'HEAD', 'pact.citypact'], { cwd: path.join(ws.dir, 'deals') }).stdout, /widened +exchange Pact\.Flow to: \+Shanghai\.Health/);

            assert.equal(git(ws.dir, 'status', '--porcelain'), status);
            assert.ok(fs.readFileSync(path.join(ws.dir, '.git/index')).equals(index), 'the index is untouched');
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'deals')).map(f => [f, fs.readFileSync(path.join(ws.dir, 'deals', f), 'utf8')]), files);
        } finally {
            ws.cleanup();
        }
    });

    it('an unknown revision, or no repository, is a usage error', () => {
        const ws = tempWorkspace({ 'a.citypact': PACT('Hangzhou.Health', '5 years') });
        try {
            const outside = runCli(['diff', '--base', 'HEAD'], { cwd: ws.dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(ws.dir) } });
            assert.equal(outside.status, 2);
            assert.match(outside.stderr, /not inside a git repository/);
            git(ws.dir, 'init', '-q');
            const unknown = runCli(['diff', '--base', 'no-such-branch'], { cwd: ws.dir });
            assert.equal(unknown.status, 2);
            assert.match(unknown.stderr, /unknown git revision "no-such-branch"/);
        } finally {
            ws.cleanup();
        }
    });
});
