import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Two small workspaces as a user would keep them, under `project`: `clean/` (an
 * agreement and its registry, clean under every rule, canonical layout) and
 * `broken/` (the same with cost shares adding up to 90%: `cost-shares-sum` at line 13).
 * Used wherever the tool is tried from outside the repository (packed install,
 * Neovim, the GitHub Action, pre-commit).
 */
export function writeTransitWorkspaces(project: string): void {
    const registry = [
        'department Transport "广州市交通运输局" of Guangzhou',
        'department Transit "深圳市交通运输局" of Shenzhen',
        '',
    ].join('\n');
    const agreement = (shares: readonly [string, string]) => [
        'agreement Transit "广佛深交通互联协议" {',
        '  version 1.0.0',
        '  dimensions cross-region, cross-department',
        '  effective 2025-01-01',
        '',
        '  party Guangzhou.Transport role lead',
        '  party Shenzhen.Transit',
        '',
        '  service TransitCard "交通卡互通" {',
        '    mode online',
        '    provider Guangzhou.Transport',
        '    users Shenzhen.Transit',
        '    costs {',
        `      Guangzhou.Transport ${shares[0]}`,
        `      Shenzhen.Transit ${shares[1]}`,
        '    }',
        '  }',
        '',
        '  body Committee "交通互联联席会议" {',
        '    members Guangzhou.Transport, Shenzhen.Transit',
        '    chair Guangzhou.Transport',
        '    decides by majority',
        '    meets quarterly',
        '  }',
        '',
        '  disputes by Committee then arbitration',
        '  amendment by unanimity',
        '  termination notice 90 days',
        '}',
        '',
    ].join('\n');
    for (const [folder, shares] of [['clean', ['60%', '40%']], ['broken', ['60%', '30%']]] as const) {
        fs.mkdirSync(path.join(project, folder), { recursive: true });
        fs.writeFileSync(path.join(project, folder, 'citypact.json'), '{}\n');
        fs.writeFileSync(path.join(project, folder, 'registry.citypact'), registry);
        fs.writeFileSync(path.join(project, folder, 'agreement.citypact'), agreement(shares));
    }
}
