import type { LangiumDocument } from 'langium';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { diffAgreements, diffSide } from '../../src/diff/diff-engine.js';
import { diffReport, type DiffChange, type DiffReport } from '../../src/diff/diff-format.js';
import { DIFF_SCHEMA } from '../../src/diff/diff-schema.js';
import type { Model } from '../../src/generated/ast.js';
import { buildWorkspace } from '../helpers.js';

/** The declarations the base agreement names: each side of a diff gets its own copy. */
export const REGISTRY = `department Health "上海市卫生健康委员会" of Shanghai
department Health "杭州市卫生健康委员会" of Hangzhou
department Health "南京市卫生健康委员会" of Nanjing
department Police "上海市公安局" of Shanghai
organization CareCo "养老服务有限公司" { kind enterprise }
organization Audit "审计事务所" { kind enterprise }
dataset Records "诊疗记录" of Shanghai.Health {
  sharing conditional "仅限协议用途"
  classification important
  personal-data sensitive
}
dataset Stats "统计汇总" of Shanghai.Health {
  sharing unconditional
}
dataset Beds "床位信息" of Hangzhou.Health {
  sharing unconditional
  classification general
}
`;

/** A small agreement with one member of every kind, in canonical layout. */
export const BASE = `/** Health cooperation. */
agreement Pact "卫生合作协议" en "Health Pact" {
  version 1.0.0
  dimensions cross-region, cross-department
  signed 2024-01-01
  effective 2024-02-01 until 2028-12-31

  party Shanghai.Health role lead signatory "主任"
  party Hangzhou.Health
  party Nanjing.Health
  party CareCo role contractor

  /** Meets to coordinate. */
  body Board "联席会议" en "Board" {
    kind joint-meeting
    members Shanghai.Health, Hangzhou.Health, Nanjing.Health
    chair Shanghai.Health
    decides by unanimity
    meets quarterly
  }

  service Care "远程会诊" en "Remote Care" {
    mode proxy
    provider Shanghai.Health
    users Hangzhou.Health, Nanjing.Health
    collects-at Hangzhou.Health
    processes-at Shanghai.Health
    responds within 5 days
    costs {
      Shanghai.Health 50%
      Hangzhou.Health 30%
      Nanjing.Health 20%
    }
  }

  exchange Flow "诊疗记录共享" en "Record Sharing" {
    data Shanghai.Health.Records
    from Shanghai.Health
    to Hangzhou.Health, Nanjing.Health
    purpose "远程会诊"
    basis statutory-duty "《基本医疗卫生与健康促进法》"
    retention 5 years
    security encryption, audit-log
    onward forbidden
    frequency daily
    approval "沪卫〔2024〕1号"
  }

  funding Subsidy "养老服务购买" {
    form service-purchase
    by Shanghai.Health
    to CareCo
    amount 1200000 CNY per year
    basis "《政府购买服务管理办法》"
    until 2026-12-31
  }

  obligation Build "建设平台" {
    by Shanghai.Health
    for Hangzhou.Health, Nanjing.Health
    due 2024-06-30
    remedy "通报"
  }

  clause Secrecy "各方负有保密义务。" en "The parties keep data confidential."

  disputes by Board then arbitration "上海仲裁委员会"
  amendment by unanimity
  termination notice 90 days
}
`;

let counter = 0;

/** Loads each side as its own in-memory workspace (its own registry) and diffs them. */
export async function diffTexts(before: Record<string, string>, after: Record<string, string>,
    compared: { before?: string[]; after?: string[] } = {}): Promise<DiffReport> {
    const run = counter++;
    const oldWs = await buildWorkspace(before, `/old${run}`);
    const newWs = await buildWorkspace(after, `/new${run}`);
    const pick = (ws: typeof oldWs, names: string[] | undefined) =>
        (names ?? [...ws.documents.keys()].filter(n => n !== 'registry.citypact'))
            .map(n => ws.documents.get(n)!) as LangiumDocument<Model>[];
    const result = diffAgreements(
        diffSide(pick(oldWs, compared.before), oldWs.services.CityPact),
        diffSide(pick(newWs, compared.after), newWs.services.CityPact),
    );
    return diffReport(result);
}

/** The base agreement against a variant of it, each with the registry beside it. */
export async function diffBase(before: string, after: string, registries: { before?: string; after?: string } = {}): Promise<DiffReport> {
    return diffTexts(
        { 'registry.citypact': registries.before ?? REGISTRY, 'pact.citypact': before },
        { 'registry.citypact': registries.after ?? REGISTRY, 'pact.citypact': after },
    );
}

/** A change in the compact form the tables use: element change target field impact [before → after]. */
export type Row = [element: string, change: string, target: string, field: string | null, impact: string, before?: unknown, after?: unknown];

export function rows(report: DiffReport): Row[] {
    return report.agreements.flatMap(a => a.changes.map(c => row(c)));
}

function row(c: DiffChange): Row {
    return [c.element, c.change, c.target, c.field, c.impact, c.before, c.after];
}

/** Replaces exactly one occurrence (a test whose edit does not apply must fail, not pass vacuously). */
export function edit(text: string, from: string, to: string): string {
    const first = text.indexOf(from);
    if (first < 0 || text.indexOf(from, first + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
    return text.slice(0, first) + to + text.slice(first + from.length);
}

export function diffSchemaValidator() {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(DIFF_SCHEMA);
    return { validate, errors: () => ajv.errorsText(validate.errors) };
}

export const repoFile = (relative: string) => fileURLToPath(new URL(`../../../../../${relative}`, import.meta.url));
export const readRepoFile = (relative: string) => readFileSync(repoFile(relative), 'utf8');
