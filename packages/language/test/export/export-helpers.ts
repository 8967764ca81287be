import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { isAgreement, type Agreement } from '../../src/generated/ast.js';
import { exportDocument, type DocumentExport, type ExportFormat } from '../../src/export/export-agreements.js';
import { buildExportDocument } from '../../src/export/json-export.js';
import { EXPORT_SCHEMA } from '../../src/export/export-schema.js';
import type { ExportDocument } from '../../src/export/export-format.js';
import { buildWorkspace, type Workspace } from '../helpers.js';

export const fixture = (name: string) =>
    readFileSync(fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url)), 'utf8');

/**
 * docs/language.md §2.4 exactly as written (with `party AliHealth role contractor`), and
 * the declarations it names. The shared fixture language-sample.citypact may drift
 * to stay free of infos; this copy pins the §6 example's values.
 */
export const SECTION_2_4 = `department MedicalSecurity "上海市医疗保障局" of Shanghai {
  uscc "11310000MB2F06207Q"
}
department MedicalSecurity "杭州市医疗保障局" of Hangzhou
department MedicalSecurity "南京市医疗保障局" of Nanjing
organization AliHealth "阿里健康信息技术有限公司" {
  kind enterprise
  uscc "91330108MA27Y5GT3R"
}
dataset InsuredPersons "参保人员基本信息" of Shanghai.MedicalSecurity {
  sharing conditional "仅限异地就医结算使用"
  classification important
  personal-data sensitive
  fields "姓名", "公民身份号码", "参保状态"
}
agreement YRDMedicalSettlement2021 "旧协议" { version 1.0.0 effective 2021-01-01 party Shanghai.MedicalSecurity party Hangzhou.MedicalSecurity }
/** Direct settlement of medical expenses across the Yangtze River Delta. */
agreement YRDMedicalSettlement "长三角异地就医直接结算合作协议" en "YRD Cross-City Medical Settlement" {
  version 2.1.0
  supersedes YRDMedicalSettlement2021
  dimensions cross-region, cross-department
  signed 2023-12-15
  effective 2024-01-01 until 2027-12-31

  party Shanghai.MedicalSecurity role lead signatory "局长"
  party Hangzhou.MedicalSecurity
  party Nanjing.MedicalSecurity
  party AliHealth role contractor

  body JointCommittee "长三角医保联席会议" {
    members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity
    chair Shanghai.MedicalSecurity
    decides by unanimity        // unanimity | two-thirds | majority
    meets quarterly             // monthly | quarterly | half-yearly | yearly
  }

  service DirectSettlement "异地就医直接结算" {
    mode proxy                                // online | proxy | joint
    provider Shanghai.MedicalSecurity
    users Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity
    collects-at Hangzhou.MedicalSecurity      // required for mode proxy
    processes-at Shanghai.MedicalSecurity     // required for mode proxy
    responds within 5 days
    costs {
      Shanghai.MedicalSecurity 50%
      Hangzhou.MedicalSecurity 30%
      Nanjing.MedicalSecurity 20%
    }
  }

  exchange SettlementRecords "结算数据交换" {
    data Shanghai.MedicalSecurity.InsuredPersons
    from Shanghai.MedicalSecurity
    to Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity
    purpose "异地就医费用结算"
    basis statutory-duty "《中华人民共和国社会保险法》第二十九条"
    retention 5 years
    security encryption, audit-log, access-control
    onward forbidden                         // forbidden | allowed-to <actor>, ...
    frequency daily                          // realtime | daily | weekly | monthly | on-request
    approval "沪医保〔2023〕12号"             // required for core data
  }

  obligation BuildPlatform "建设统一结算平台" {
    by Shanghai.MedicalSecurity
    for Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity
    due 2024-06-30
    remedy "由联席会议督办"
  }

  clause Confidentiality "各方对交换数据负有保密义务。" en "Each party keeps exchanged data confidential."

  disputes by JointCommittee then arbitration "上海仲裁委员会"   // then arbitration | litigation | higher-authority
  amendment by unanimity
  termination notice 90 days
}
`;

/**
 * What §2.4 leaves unexercised: every party kind, zh translations, member docs,
 * dataset defaults, `onward allowed-to`, hours and months, 33.33% shares, a dataset
 * named by two exchanges, a dataset in another file, absent optional clauses.
 */
export const GBA_REGISTRY = `district Tianhe "天河区" en "Tianhe District" of Guangzhou { code 440106 }
department Transport "广州市交通运输局" of Guangzhou
department Transport "深圳市交通运输局" of Shenzhen
organization Metro "广州地铁集团有限公司" { kind public-institution }
dataset Cards "交通卡数据" of Shenzhen.Transport {
  sharing conditional "仅限票款清分"
  personal-data ordinary
  fields "卡号", "交易时间"
}
`;

export const GBA_AGREEMENT = `/**
 * Bay Area transport link.
 *   Second line, indented.
 */
agreement GBALink "大湾区交通互联协议" en "GBA Transport Link" zh "大湾区交通互联协议（简称）" {
  version 1.0.0
  effective 2024-01-01
  party Guangdong role lead
  party Guangzhou.Tianhe
  party Guangzhou.Transport
  party Shenzhen.Transport
  party Metro role funder

  /** Clears fares between the two cities. */
  service FareClearing "票款清分" {
    mode joint
    provider Guangzhou.Transport
    users Shenzhen.Transport, Guangzhou.Tianhe
    responds within 48 hours
    costs {
      Guangzhou.Transport 33.33%
      Shenzhen.Transport 33.33%
      Guangzhou.Tianhe 33.34%
    }
  }

  exchange TripFeed "出行数据交换" {
    data Guangzhou.Transport.Trips
    from Guangzhou.Transport
    to Shenzhen.Transport
    purpose "线网规划"
    onward allowed-to Metro
  }

  /* a plain block comment is not documentation */
  exchange CardFeed "交通卡数据交换" {
    data Shenzhen.Transport.Cards
    from Shenzhen.Transport
    to Guangzhou.Transport, Guangzhou.Tianhe
    purpose "票款清分"
    basis contract
    retention 6 month
    security encryption
  }

  exchange TripFeedDistrict "出行数据下发" {
    data Guangzhou.Transport.Trips
    from Guangzhou.Transport
    to Guangzhou.Tianhe
    purpose "区级交通治理"
  }

  obligation Report "年度报告" {
    by Guangzhou.Transport
    due 2024-12-31
  }

  amendment by majority
}

dataset Trips "出行数据" of Guangzhou.Transport {
  sharing unconditional
}
`;

export async function sampleWorkspace(): Promise<Workspace> {
    return buildWorkspace({ 'main.citypact': SECTION_2_4 });
}

export async function gbaWorkspace(): Promise<Workspace> {
    return buildWorkspace({ 'registry.citypact': GBA_REGISTRY, 'gba/agreement.citypact': GBA_AGREEMENT });
}

export function agreementNamed(ws: Workspace, file: string, name: string): Agreement {
    const model = ws.documents.get(file)!.parseResult.value;
    return model.declarations.filter(isAgreement).find(a => a.name === name)!;
}

/** The JSON export of one agreement, with a fixed source so tests compare whole objects. */
export function exportAgreement(ws: Workspace, file: string, name: string): ExportDocument {
    return buildExportDocument(agreementNamed(ws, file, name), ws.services.CityPact, { path: file, sha256: '0'.repeat(64) });
}

export function exportFile(ws: Workspace, file: string, format: ExportFormat = 'json', workspaceRoot = '/ws'): DocumentExport {
    return exportDocument(ws.documents.get(file)!, ws.services.CityPact, { format, workspaceRoot });
}

/** ajv in strict mode: the schema itself must use only draft 2020-12 keywords correctly. */
export function schemaValidator(schema: object = EXPORT_SCHEMA): { validate: (value: unknown) => boolean; errors: () => string } {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    return {
        validate: value => validate(value) as boolean,
        errors: () => ajv.errorsText(validate.errors, { separator: '\n' }),
    };
}
