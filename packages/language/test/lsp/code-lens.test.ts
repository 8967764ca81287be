import assert from 'node:assert/strict';
import type { CodeLens } from 'vscode-languageserver';
import { buildWorkspace, type Workspace } from '../helpers.js';
import { doc, sampleWorkspace } from './lsp-helpers.js';

async function lenses(ws: Workspace, file: string): Promise<Array<[line: number, title: string]>> {
    const document = doc(ws, file);
    const result: CodeLens[] = await ws.services.CityPact.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    for (const lens of result) assert.equal(lens.command?.command, '', 'informational lenses have no command');
    return result.map(l => [l.range.start.line, l.command!.title]);
}

describe('code lens', () => {
    it('summarises each agreement and each service on its name line', async () => {
        const ws = await sampleWorkspace();
        assert.deepEqual(await lenses(ws, 'agreement.citypact'), [
            [1, '4 parties'],
            [1, 'supports cross-region, cross-department, public-private'],
            [1, '1 data exchange, 1 with sensitive personal data'],
            [19, 'cost shares 100%'],
        ]);
        assert.deepEqual(await lenses(ws, 'registry.citypact'), []);
    });

    it('adds cost shares exactly and says when they do not reach 100%', async () => {
        const ws = await buildWorkspace({
            'a.citypact': [
                'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Shanghai', '  party Beijing',
                '  service Short "s" {', '    costs {', '      Shanghai 45.5%', '      Beijing 44.5%', '    }', '  }',
                '  service Free "f" {', '    mode online', '  }',
                '  exchange E1 "e1" {', '  }',
                '  exchange E2 "e2" {', '  }',
                '}', '',
            ].join('\n'),
        });
        assert.deepEqual(await lenses(ws, 'a.citypact'), [
            [0, '2 parties'],
            [0, 'supports cross-region'],
            [0, '2 data exchanges, 0 with sensitive personal data'],
            [6, 'cost shares 90%'],
            [12, 'no cost shares'],
        ]);
    });

    it('says when the parties support no dimension, and has no exchange count to qualify', async () => {
        const ws = await buildWorkspace({ 'a.citypact': 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n}\n' });
        assert.deepEqual(await lenses(ws, 'a.citypact'), [[0, '1 party'], [0, 'supports no dimension'], [0, '0 data exchanges']]);
    });

    it('speaks Chinese when the locale is zh-CN', async () => {
        const ws = await sampleWorkspace();
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        assert.deepEqual((await lenses(ws, 'agreement.citypact')).map(([, title]) => title), [
            '4 个参与方',
            '支持维度：cross-region、cross-department、public-private',
            '1 项数据交换，其中 1 项含敏感个人信息',
            '费用分摊合计 100%',
        ]);
    });
});
