import { AstUtils, type AstNode, type Reference } from 'langium';
import {
    isAgreement, isBody, isCity, isClause, isDataset, isDepartment, isDistrict, isExchange, isFunding, isObligation,
    isOrganization, isProvince, isService, isTownship,
    type Agreement, type Body, type City, type Dataset, type Department, type Duration, type Exchange,
    type Funding, type Obligation, type Party, type Service, type Translation,
} from '../generated/ast.js';
import { docCommentOf } from '../export/doc-comments.js';
import { districtKindOf, levelOf, type Level } from '../model/actors.js';
import { amountPer, groupedAmount } from '../model/amounts.js';
import { formatHundredths, sumPercents } from '../model/decimal.js';
import { supportedDimensions } from '../model/dimensions.js';
import { divisionCodeOf, isMunicipality } from '../model/division-codes.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import type { CityPactServices } from '../citypact-module.js';
import type { Locale } from '../validation/rule-catalog.js';
import { declarationKind } from './declaration-kinds.js';
import { code, escapeMarkdown, factList, groupDigits, localize, quoted } from './markdown.js';
import { gloss } from './value-glossary.js';
import { glossaryTerm, zhTerm } from '../glossary.js';

/**
 * The Markdown a drafter sees when hovering a name: what it is (kind and qualified
 * name, as a CityPact line), what it is called (label and translations), what its
 * author wrote about it (the doc comment), and the facts that matter for it.
 * Facts are worded in the document's locale; labels are shown as written.
 */
export class HoverContentBuilder {
    constructor(private readonly services: CityPactServices, private readonly locale: Locale) {}

    declaration(node: AstNode): string | undefined {
        const kind = declarationKind(node.$type);
        const name = qualifiedNameOf(node);
        if (!kind || !name) return undefined;
        const sections = ['```citypact\n' + `${kind.keyword} ${name}` + '\n```'];
        const about = [localize(this.locale, kind.noun.en, kind.noun['zh-CN'])];
        if (isStandardLibrary(AstUtils.getDocument(node).uri)) {
            about.push(this.t('standard library, read-only', '标准库，只读'));
        }
        sections.push(`*${about.join(' · ')}*`);
        const label = this.labelBlock(node as AstNode & { label?: string; translations?: Translation[] });
        if (label) sections.push(label);
        const doc = docCommentOf(node, this.services);
        if (doc) sections.push(doc);
        const facts = this.facts(node);
        if (facts) sections.push(facts);
        return sections.join('\n\n');
    }

    /** What a party line adds to its actor: the agreement, the role and the signatory. */
    party(party: Party): string {
        const agreement = party.$container;
        const role = party.role ?? 'member';
        const facts = factList([
            [this.t('Party of', '参与协议'), `${code(agreement.name)} ${escapeMarkdown(agreement.label ?? '')}`.trim()],
            [this.t('Role', '角色'), this.value('Role', role) + (party.role ? '' : this.t(' (default)', '（默认）'))],
            [this.t('Signatory', '签署人'), party.signatory !== undefined ? escapeMarkdown(party.signatory) : undefined],
        ]);
        return `---\n\n${facts}`;
    }

    private labelBlock(node: { label?: string; translations?: Translation[] }): string | undefined {
        if (!node.label) return undefined;
        const lines = [`**${escapeMarkdown(node.label)}**`];
        for (const translation of node.translations ?? []) {
            if (translation.text !== undefined) lines.push(`${translation.lang}: ${escapeMarkdown(translation.text)}`);
        }
        // Two trailing spaces: a Markdown line break, so each translation gets its own line.
        return lines.join('  \n');
    }

    private facts(node: AstNode): string | undefined {
        if (isProvince(node)) return factList([[this.t('Division code', '区划代码'), this.codeValue(node.code)]]);
        if (isCity(node)) return this.cityFacts(node);
        if (isDistrict(node)) {
            return factList([
                [this.t('Division code', '区划代码'), this.codeValue(node.code)],
                [this.t('Level', '层级'), this.levelName('district', node.kind ?? 'district')],
                [this.t('City', '所属城市'), this.ref(node.city)],
            ]);
        }
        if (isTownship(node)) {
            return factList([
                [this.t('Division code', '区划代码'), this.codeValue(node.code)],
                [this.t('District', '所属区'), this.ref(node.district)],
            ]);
        }
        if (isDepartment(node)) return this.departmentFacts(node);
        if (isOrganization(node)) {
            return factList([
                [this.t('Kind', '类型'), node.kind ? this.value('OrganizationKind', node.kind) : undefined],
                [this.t('USCC', '统一社会信用代码'), this.codeValue(node.uscc)],
            ]);
        }
        if (isDataset(node)) return this.datasetFacts(node);
        if (isAgreement(node)) return this.agreementFacts(node);
        if (isBody(node)) return this.bodyFacts(node);
        if (isService(node)) return this.serviceFacts(node);
        if (isExchange(node)) return this.exchangeFacts(node);
        if (isFunding(node)) return this.fundingFacts(node);
        if (isObligation(node)) return this.obligationFacts(node);
        if (isClause(node)) return undefined;
        return undefined;
    }

    private cityFacts(city: City): string {
        let province: string | undefined = this.ref(city.within);
        if (!city.within && isMunicipality(city)) {
            province = this.t('none: a municipality directly under the central government', '无：直辖市');
        }
        return factList([
            [this.t('Division code', '区划代码'), this.codeValue(city.code)],
            [this.t('Tier', '城市规模'), city.tier ? this.value('Tier', city.tier) : undefined],
            [this.t('Population', '城区常住人口'), city.population !== undefined ? groupDigits(city.population) : undefined],
            [this.t('Province', '所属省份'), province],
        ]);
    }

    private departmentFacts(department: Department): string {
        const level = levelOf(department);
        return factList([
            [this.t('Jurisdiction', '所属辖区'), this.ref(department.jurisdiction)],
            [this.t('Level', '层级'), level ? this.levelName(level, districtKindOf(department)) : undefined],
            [this.t('Division code', '区划代码'), this.codeValue(divisionCodeOf(department))],
            [this.t('USCC', '统一社会信用代码'), this.codeValue(department.uscc)],
        ]);
    }

    private datasetFacts(dataset: Dataset): string {
        const sharing = dataset.sharing;
        let sharingText: string | undefined;
        if (sharing?.kind) {
            sharingText = this.value('Sharing', sharing.kind);
            const detail = sharing.kind === 'conditional' ? sharing.condition : sharing.kind === 'none' ? sharing.basis : undefined;
            if (detail !== undefined) sharingText += `: ${quoted(detail)}`;
        }
        return factList([
            [this.t('Holder', '持有方'), this.ref(dataset.holder)],
            [this.t('Sharing', '共享类型'), sharingText],
            [this.t('Classification', '数据分级'), this.value('Classification', dataset.classification ?? 'general')
                + (dataset.classification ? '' : this.t(' (default)', '（默认）'))],
            [this.t('Personal data', '个人信息'), this.value('PersonalData', dataset.personalData ?? 'none')
                + (dataset.personalData ? '' : this.t(' (default)', '（默认）'))],
            [this.t('Fields', '字段'), dataset.fields.length ? dataset.fields.map(quoted).join(', ') : undefined],
        ]);
    }

    private agreementFacts(agreement: Agreement): string {
        const parties = agreement.parties.map(p => {
            const role = p.role && p.role !== 'member' ? ` (${p.role})` : '';
            return code(p.actor?.$refText ?? '?') + role;
        });
        const supported = supportedDimensions(agreement);
        return factList([
            [this.t('Version', '版本'), agreement.version !== undefined ? code(agreement.version) : undefined],
            [this.t('Term', '期限'), this.term(agreement)],
            [this.t('Signed', '签署日期'), agreement.signed],
            [this.t('Supersedes', '取代'), this.ref(agreement.supersedes)],
            [this.t('Parties', '参与方'), parties.length ? `${parties.length}: ${parties.join(', ')}` : '0'],
            [this.t('Dimensions declared', '声明的维度'), agreement.dimensions.length ? agreement.dimensions.join(', ') : undefined],
            [this.t('Dimensions supported', '参与方支持的维度'),
                supported.length ? supported.join(', ') : this.t('none', '无')],
        ]);
    }

    private term(agreement: Agreement): string | undefined {
        if (!agreement.effective) return undefined;
        if (agreement.until) return `${agreement.effective} – ${agreement.until}`;
        return this.t(`from ${agreement.effective}, no end date`, `自 ${agreement.effective} 起，未约定终止日期`);
    }

    private bodyFacts(body: Body): string {
        return factList([
            [this.t('Kind', '类型'), body.kind ? this.value('BodyKind', body.kind) : undefined],
            [this.t('Members', '成员'), body.members.length ? this.refs(body.members) : undefined],
            [this.t('Chair', '召集人'), this.ref(body.chair)],
            [this.t('Decides by', '议事规则'), body.decidesBy ? this.value('Decision', body.decidesBy) : undefined],
            [this.t('Meets', '会议频次'), body.meets ? this.value('Meeting', body.meets) : undefined],
        ]);
    }

    private serviceFacts(service: Service): string {
        const shares = service.costs?.shares ?? [];
        const total = sumPercents(shares.map(s => s.share ?? ''));
        return factList([
            [this.t('Mode', '办理模式'), service.mode ? this.value('ServiceMode', service.mode) : undefined],
            [this.t('Provider', '提供方'), this.ref(service.provider)],
            [this.t('Users', '使用方'), service.users.length ? this.refs(service.users) : undefined],
            [this.t('Collects at', '收件地'), this.ref(service.collectsAt)],
            [this.t('Processes at', '办理地'), this.ref(service.processesAt)],
            [this.t('Responds within', '响应时限'), this.duration(service.respondsWithin)],
            [this.t('Cost shares', '费用分摊'), service.costs
                ? `${shares.length}, ${this.t('total', '合计')} ${total !== undefined ? formatHundredths(total) + '%' : '?'}`
                : undefined],
        ]);
    }

    private exchangeFacts(exchange: Exchange): string {
        const dataset = exchange.data?.ref;
        let data = this.ref(exchange.data);
        if (dataset) {
            data += ` (${this.t('personal data', '个人信息')}: ${dataset.personalData ?? 'none'}, `
                + `${this.t('classification', '分级')}: ${dataset.classification ?? 'general'})`;
        }
        const basis = exchange.basis
            ? this.value('LegalBasis', exchange.basis) + (exchange.citation !== undefined ? ` ${quoted(exchange.citation)}` : '')
            : undefined;
        const onward = exchange.onward?.forbidden
            ? this.value('Onward', 'forbidden')
            : exchange.onward ? `${this.t('allowed to', '允许提供给')} ${this.refs(exchange.onward.allowedTo)}` : undefined;
        return factList([
            [this.t('Data', '数据'), data],
            [this.t('From', '提供方'), this.ref(exchange.from)],
            [this.t('To', '接收方'), exchange.to.length ? this.refs(exchange.to) : undefined],
            [this.t('Purpose', '用途'), exchange.purpose !== undefined ? quoted(exchange.purpose) : undefined],
            [this.t('Basis', '法律依据'), basis],
            [this.t('Retention', '保存期限'), this.duration(exchange.retention)],
            [this.t('Security', '安全措施'), exchange.security.length ? exchange.security.join(', ') : undefined],
            [this.t('Onward transfer', '再提供'), onward],
            [this.t('Frequency', '频率'), exchange.frequency ? this.value('ExchangeFrequency', exchange.frequency) : undefined],
            [this.t('Approval', '审批'), exchange.approval !== undefined ? quoted(exchange.approval) : undefined],
        ]);
    }

    private fundingFacts(funding: Funding): string {
        return factList([
            [this.t('Form', '形式'), funding.form ? this.value('FundingForm', funding.form) : undefined],
            [this.t('By', '出资方'), this.ref(funding.by)],
            [this.t('To', '接受方'), this.ref(funding.to)],
            [this.t('Amount', '金额'), funding.amount ? this.amount(funding) : undefined],
            [this.t('Basis', '依据'), funding.basis !== undefined ? quoted(funding.basis) : undefined],
            [this.t('Until', '截止'), funding.until],
        ]);
    }

    /** `1,200,000 CNY per year`: digits grouped as a finance bureau reads them. */
    private amount(funding: Funding): string | undefined {
        const amount = funding.amount;
        if (!amount?.value) return undefined;
        const per = { year: this.t(' per year', ' 每年'), month: this.t(' per month', ' 每月'), once: this.t(' (once)', '（一次性）') }[amountPer(amount)];
        return `${groupedAmount(amount.value)} ${amount.currency ?? 'CNY'}${per}`;
    }

    private obligationFacts(obligation: Obligation): string {
        return factList([
            [this.t('By', '义务方'), this.ref(obligation.by)],
            [this.t('For', '受益方'), obligation.beneficiaries.length ? this.refs(obligation.beneficiaries) : undefined],
            [this.t('Due', '期限'), obligation.due],
            [this.t('Remedy', '救济'), obligation.remedy !== undefined ? quoted(obligation.remedy) : undefined],
        ]);
    }

    /** `` `Shanghai` 上海市 ``: the qualified name and the label of a reference's target. */
    private ref(reference: Reference | undefined): string | undefined {
        if (!reference) return undefined;
        const target = reference.ref as (AstNode & { label?: string }) | undefined;
        if (!target) return `${code(reference.$refText)} ${this.t('(unresolved)', '（无法解析）')}`;
        const name = qualifiedNameOf(target) ?? reference.$refText;
        if (!target.label) return code(name);
        // Chinese names a declaration by its label, the identifier in parentheses (issue 14).
        return this.locale === 'zh-CN' ? `${escapeMarkdown(target.label)}（${code(name)}）` : `${code(name)} ${escapeMarkdown(target.label)}`;
    }

    private refs(references: ReadonlyArray<Reference>): string {
        return references.map(r => this.ref(r)).join(', ');
    }

    /** An enumerated value with its meaning: `` `proxy` — collected in one place, processed in another ``. */
    private value(rule: string, value: string): string {
        const meaning = gloss(rule, value, this.locale);
        return meaning ? `${code(value)} — ${escapeMarkdown(meaning)}` : code(value);
    }

    private codeValue(value: string | undefined): string | undefined {
        return value !== undefined ? code(value) : undefined;
    }

    private duration(duration: Duration | undefined): string | undefined {
        return duration?.value !== undefined ? `${duration.value} ${duration.unit}` : undefined;
    }

    /** A level; at the district level, the division's kind (县级市, 县 …, §2.1), never a bare county level. */
    private levelName(level: Level, districtKind?: string): string {
        if (districtKind) {
            const kind = glossaryTerm(`district-kind.${districtKind}`);
            return this.t(`${kind.en} (county level)`, `${kind.zh}（${zhTerm('level.district')}）`);
        }
        const names: Record<Level, [string, string]> = {
            province: ['province', zhTerm('level.province')], city: ['city', zhTerm('level.city')],
            district: ['district', zhTerm('level.district')], township: ['township', zhTerm('level.township')],
        };
        return this.t(...names[level]);
    }

    private t(en: string, zh: string): string {
        return localize(this.locale, en, zh);
    }
}
