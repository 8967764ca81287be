import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAME, type PlannedWrite } from 'citypact-language';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import type { Io } from '../io.js';
import { terminalText } from '../terminal-text.js';
import { writeFiles } from '../write-files.js';

export const INIT_HELP = `Usage: citypact init [DIR]

Creates a starter workspace in DIR (default: the current folder; created if
missing): ${CONFIG_FILE_NAME}, a registry of the departments and datasets the
agreement names, and a first agreement that checks clean, with comments saying
what to change. Nothing is overwritten: when one of the files exists, nothing is
written (exit 2).`;

/**
 * The starter workspace (docs/language.md §7). `"stdlib": "national"`: a new workspace
 * declares no provinces of its own, so it can see every GB/T 2260 division (§3). The agreement
 * checks with no diagnostic at all and is in the canonical layout
 * (packages/cli/test/init.test.ts checks both).
 */
export const STARTER_FILES: ReadonlyArray<{ name: string; content: string }> = [
    { name: CONFIG_FILE_NAME, content: '{\n  "stdlib": "national"\n}\n' },
    { name: 'registry.citypact', content: `// 登记簿（registry）：协议中出现的部门、组织和数据目录。
// The registry: the departments, organizations and datasets your agreements name.
// Provinces, cities and counties (Shanghai, Hangzhou, Hebei, Langfang.Sanhe …) come from the
// national standard library ("stdlib": "national" in citypact.json); declare here only what it lacks. Replace these examples with your own.

/** 上海市发展和改革委员会。改成牵头部门的全称和统一社会信用代码。 */
department DevelopmentReform "上海市发展和改革委员会" en "Shanghai Municipal Development and Reform Commission" of Shanghai

/** 杭州市发展和改革委员会。Change to the partner department. */
department DevelopmentReform "杭州市发展和改革委员会" en "Hangzhou Municipal Development and Reform Commission" of Hangzhou

/**
 * 政务数据目录中的一项数据（government data catalogue entry）: who holds it,
 * how it may be shared (unconditional | conditional "…" | none "…"), its grading
 * (general | important | core) and whether it holds personal information.
 */
dataset ProjectList "重点合作项目清单" en "Key Cooperation Projects" of Shanghai.DevelopmentReform {
  sharing conditional "仅限协议约定的合作用途"
  classification general
  personal-data none
  fields "项目名称", "牵头单位", "计划完成时间"
}
` },
    { name: 'agreement.citypact', content: `// 第一份合作协议：把名称、参与方和条款改成你们的协议内容。
// Your first agreement: change the names, parties and terms to your own.
// \`citypact check\` lists what is missing or inconsistent; the rules are in docs/rules.md.

/** 协议的说明（序言）：合作的背景和目的。A doc comment: the preamble. */
agreement FirstCooperation "沪杭合作框架协议" en "Shanghai–Hangzhou Cooperation Framework Agreement" {
  version 1.0.0 // 每次修订提高版本号 (MAJOR.MINOR.PATCH)
  dimensions cross-region, cross-department // 跨区域、跨部门：与参与方一致
  signed 2025-01-15 // 签署日期；尚未签署时删去这一行
  effective 2025-02-01 until 2027-12-31 // 生效日期和（可选的）终止日期

  // 参与方：每行一个主体（行政区、部门或组织），可注明角色和签署人。
  party Shanghai.DevelopmentReform role lead signatory "主任"
  party Hangzhou.DevelopmentReform signatory "主任"

  // 联席会议：成员应包括所有参与方（观察方和承接方除外）。
  body JointMeeting "沪杭合作联席会议" {
    kind joint-meeting
    members Shanghai.DevelopmentReform, Hangzhou.DevelopmentReform
    chair Shanghai.DevelopmentReform
    decides by unanimity // unanimity | two-thirds | majority
    meets quarterly // monthly | quarterly | half-yearly | yearly
  }

  // 数据交换：数据、提供方、接收方、用途；个人信息还须写明依据和保存期限。
  exchange ProjectData "重点项目信息共享" {
    data Shanghai.DevelopmentReform.ProjectList
    from Shanghai.DevelopmentReform
    to Hangzhou.DevelopmentReform
    purpose "跟踪重点合作项目进度"
    frequency monthly
    onward forbidden // 接收方不得再转给第三方
  }

  // 责任分工：谁在何时完成什么。
  obligation JointPlan "编制年度合作计划" {
    by Shanghai.DevelopmentReform
    for Hangzhou.DevelopmentReform
    due 2025-06-30
  }

  clause Confidentiality "各方对交换的信息负有保密义务。" en "The parties keep exchanged information confidential."

  // 争议解决、修订和终止：每份协议都应写明。
  disputes by JointMeeting then arbitration "上海仲裁委员会"
  amendment by unanimity
  termination notice 90 days
}
` },
];

export async function initCommand(args: string[], io: Io): Promise<number> {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length > 1) throw new UsageError('init takes one folder: citypact init [DIR]');
    const folder = path.resolve(positionals[0] ?? '.');
    if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) {
        throw new UsageError(`${displayPath(folder)}: not a folder`);
    }
    const existing = STARTER_FILES.map(f => path.join(folder, f.name)).filter(file => fs.existsSync(file));
    if (existing.length > 0) {
        io.stderr.write(terminalText(`citypact init: ${existing.map(f => displayPath(f)).join(', ')} already exists; nothing written`) + '\n');
        return EXIT_USAGE;
    }
    fs.mkdirSync(folder, { recursive: true });
    // All three staged before the first is renamed into place: all or nothing.
    writeFiles(STARTER_FILES.map((f): PlannedWrite => ({ path: path.join(folder, f.name), content: f.content, shown: displayPath(path.join(folder, f.name)) })));
    const shown = displayPath(folder);
    io.stderr.write(terminalText(`citypact init: wrote ${STARTER_FILES.map(f => f.name).join(', ')} in ${shown}`) + '\n');
    io.stderr.write(terminalText(`Next: edit agreement.citypact and registry.citypact, then run: citypact check ${shown === '.' ? '' : shown}`.trimEnd()) + '\n');
    return EXIT_OK;
}
