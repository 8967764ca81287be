import assert from 'node:assert/strict';
import { buildWorkspace } from '../helpers.js';

/**
 * `onward-transfer` (docs/language.md §4, §10): a two-file workspace where agreement
 * A sends a dataset to X and agreement B has X send it on.
 */
const REGISTRY = [
    'department Health "上海市卫生健康委员会" of Shanghai',
    'department Health "杭州市卫生健康委员会" of Hangzhou',
    'department Health "南京市卫生健康委员会" of Nanjing',
    'department Health "西安市卫生健康委员会" of Xian',
    'dataset Records "居民健康档案统计" of Shanghai.Health { sharing unconditional }',
].join('\n') + '\n';

function agreementA(onward: string, extra: string[] = []): string {
    return [
        'agreement A "甲协议" {',
        '  version 1.0.0',
        ...extra,
        '  effective 2024-01-01',
        '  party Shanghai.Health',
        '  party Hangzhou.Health',
        '  exchange Share "共享" {',
        '    data Shanghai.Health.Records',
        '    from Shanghai.Health',
        '    to Hangzhou.Health',
        '    purpose "统计"',
        ...(onward ? [`    onward ${onward}`] : []),
        '  }',
        '}',
        '',
    ].join('\n');
}

function agreementB(to = 'Nanjing.Health', extra: string[] = []): string {
    return [
        'agreement B "乙协议" {',
        '  version 1.0.0',
        ...extra,
        '  effective 2024-01-01',
        '  party Hangzhou.Health',
        '  party Nanjing.Health',
        '  party Xian.Health',
        '  exchange Forward "转发" {',
        '    data Shanghai.Health.Records',
        '    from Hangzhou.Health',
        `    to ${to}`,
        '    purpose "统计"',
        '  }',
        '}',
        '',
    ].join('\n');
}

async function onwardIn(files: Record<string, string>) {
    const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, ...files });
    return Object.fromEntries(Object.keys(files).map(file => [file, ws.diagnostics(file).filter(d => d.code === 'onward-transfer')]));
}

describe('onward-transfer', () => {
    it('fires on the forwarding exchange\'s from, naming the agreement and exchange that forbade it', async () => {
        const result = await onwardIn({ 'a.citypact': agreementA('forbidden'), 'b.citypact': agreementB() });
        assert.deepEqual(result['a.citypact'], []);
        assert.equal(result['b.citypact'].length, 1);
        const [diagnostic] = result['b.citypact'];
        assert.equal(diagnostic.range.start.line, 8, 'the `from` line of B.Forward (0-based)');
        assert.equal(diagnostic.range.start.character, 9);
        assert.match(diagnostic.message, /A\.Share/);
        assert.match(diagnostic.message, /forbids onward transfer/);
        assert.match(diagnostic.message, /Nanjing\.Health/);
        assert.equal(diagnostic.severity, 1);
    });

    it('is silent when A allows the recipient (the nearest good case)', async () => {
        const result = await onwardIn({ 'a.citypact': agreementA('allowed-to Nanjing.Health'), 'b.citypact': agreementB() });
        assert.deepEqual(result['b.citypact'], []);
    });

    it('is silent when A says nothing about onward transfer', async () => {
        const result = await onwardIn({ 'a.citypact': agreementA(''), 'b.citypact': agreementB() });
        assert.deepEqual(result['b.citypact'], []);
    });

    it('names the recipients an allowed-to list lacks', async () => {
        const result = await onwardIn({ 'a.citypact': agreementA('allowed-to Nanjing.Health'), 'b.citypact': agreementB('Nanjing.Health, Xian.Health') });
        assert.equal(result['b.citypact'].length, 1);
        assert.match(result['b.citypact'][0].message, /allows onward transfer only to Nanjing\.Health/);
        assert.match(result['b.citypact'][0].message, /'Xian\.Health'/);
        assert.doesNotMatch(result['b.citypact'][0].message, /on to 'Nanjing/);
    });

    it('forbids sending back to an original recipient too', async () => {
        const a = agreementA('forbidden').replace('    to Hangzhou.Health', '    to Hangzhou.Health, Nanjing.Health').replace('  party Hangzhou.Health', '  party Hangzhou.Health\n  party Nanjing.Health');
        const result = await onwardIn({ 'a.citypact': a, 'b.citypact': agreementB() });
        assert.equal(result['b.citypact'].length, 1);
    });

    it('leaves out a superseded forbidding agreement, signed or not', async () => {
        const successor = agreementA('allowed-to Nanjing.Health', ['  supersedes A']).replace('agreement A "甲协议"', 'agreement A2 "甲协议（修订）"').replace('version 1.0.0', 'version 2.0.0');
        const result = await onwardIn({ 'a.citypact': agreementA('forbidden'), 'a2.citypact': successor, 'b.citypact': agreementB() });
        assert.deepEqual(result['b.citypact'], []);
    });

    it('leaves out a superseded forwarding agreement', async () => {
        const successor = agreementB('Nanjing.Health', ['  supersedes B']).replace('agreement B "乙协议"', 'agreement B2 "乙协议（修订）"').replace('version 1.0.0', 'version 2.0.0').replace('    from Hangzhou.Health', '    from Shanghai.Health').replace('  party Hangzhou.Health', '  party Shanghai.Health');
        const result = await onwardIn({ 'a.citypact': agreementA('forbidden'), 'b.citypact': agreementB(), 'b2.citypact': successor });
        assert.deepEqual(result['b.citypact'], []);
        assert.deepEqual(result['b2.citypact'], [], 'the holder itself sends its own data');
    });

    it('does not apply within one agreement', async () => {
        const both = agreementA('forbidden').replace(/\n}\n$/, [
            '',
            '  party Nanjing.Health',
            '  exchange Forward "转发" {',
            '    data Shanghai.Health.Records',
            '    from Hangzhou.Health',
            '    to Nanjing.Health',
            '    purpose "统计"',
            '  }',
            '}',
            '',
        ].join('\n'));
        const result = await onwardIn({ 'a.citypact': both });
        assert.deepEqual(result['a.citypact'], []);
    });
});
