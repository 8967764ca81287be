import type { CstNode, LangiumDocument, NameProvider } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isAgreement, isExchange, isFunding, isModel, isService, type Agreement, type Funding, type Service } from '../generated/ast.js';
import { amountPer, groupedAmount } from '../model/amounts.js';
import { FUNDING_FORM_NAMES } from '../validation/terms.js';
import { formatHundredths, sumPercents } from '../model/decimal.js';
import { supportedDimensions } from '../model/dimensions.js';
import { referenceText } from '../references/qualified-names.js';
import type { CityPactServices } from '../citypact-module.js';
import type { Locale } from '../validation/rule-catalog.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { count, localize } from './markdown.js';

/**
 * A one-line summary above each agreement, service and funding, the numbers a
 * reviewer checks first:
 *
 * - agreement: how many parties, which dimensions the parties support (computed by
 *   the same model the `dimension-*` rules use) and how many data exchanges, of
 *   which how many carry sensitive personal data;
 * - service: the total of its cost shares, computed exactly (33.33% + 33.33% +
 *   33.34% is 100%);
 * - funding: its form and how much, how often (`政府购买服务 · 1,200,000 CNY 每年`).
 *
 * Lenses are informational: their command id is empty, which editors render as
 * plain text, not as a link.
 */
export class CityPactCodeLensProvider implements CodeLensProvider {
    private readonly nameProvider: NameProvider;
    private readonly settings: CityPactSettings;

    constructor(services: CityPactServices) {
        this.nameProvider = services.references.NameProvider;
        this.settings = services.workspace.Settings;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!isModel(root)) return [];
        const locale = this.settings.localeFor(document.uri);
        const lenses: CodeLens[] = [];
        for (const agreement of root.declarations.filter(isAgreement)) {
            const anchor = this.anchor(agreement);
            if (!anchor) continue;
            for (const title of agreementTitles(agreement, locale)) lenses.push(lens(anchor, title));
            for (const member of agreement.members) {
                const title = isService(member) ? serviceTitle(member, locale) : isFunding(member) ? fundingTitle(member, locale) : undefined;
                const memberAnchor = title !== undefined ? this.anchor(member as Service | Funding) : undefined;
                if (memberAnchor) lenses.push(lens(memberAnchor, title!));
            }
        }
        return lenses;
    }

    /** Lenses sit on the line of the declaration's name. */
    private anchor(node: Agreement | Service | Funding): CstNode | undefined {
        return this.nameProvider.getNameNode(node) ?? node.$cstNode;
    }
}

export function agreementTitles(agreement: Agreement, locale: Locale): string[] {
    // Distinct actors as written, like `too-few-parties`: a repeated line is one party,
    // an unresolved one is still a party (with a typo).
    const parties = new Set(agreement.parties.filter(p => p.actor).map(p => referenceText(p.actor))).size;
    const dimensions = supportedDimensions(agreement);
    const exchanges = agreement.members.filter(isExchange);
    const sensitive = exchanges.filter(e => e.data?.ref?.personalData === 'sensitive').length;
    const exchangeTitle = count(locale, exchanges.length, 'data exchange', 'data exchanges', '项数据交换')
        + (exchanges.length ? localize(locale, `, ${sensitive} with sensitive personal data`, `，其中 ${sensitive} 项含敏感个人信息`) : '');
    return [
        count(locale, parties, 'party', 'parties', '个参与方'),
        dimensions.length
            ? localize(locale, `supports ${dimensions.join(', ')}`, `支持维度：${dimensions.join('、')}`)
            : localize(locale, 'supports no dimension', '不支持任何维度'),
        exchangeTitle,
    ];
}

export function serviceTitle(service: Service, locale: Locale): string {
    const shares = service.costs?.shares ?? [];
    if (!service.costs) return localize(locale, 'no cost shares', '未约定费用分摊');
    const total = sumPercents(shares.map(s => s.share ?? ''));
    const text = total === undefined ? '?' : `${formatHundredths(total)}%`;
    return localize(locale, `cost shares ${text}`, `费用分摊合计 ${text}`);
}

export function fundingTitle(funding: Funding, locale: Locale): string {
    const form = funding.form && FUNDING_FORM_NAMES[funding.form];
    const formText = form ? localize(locale, form.en.replace(/ \(.*\)$/, ''), form['zh-CN']) : localize(locale, 'no form', '未写明形式');
    const value = funding.amount?.value;
    if (!value) return `${formText} · ${localize(locale, 'no amount', '未写明金额')}`;
    const per = {
        year: localize(locale, ' per year', ' 每年'), month: localize(locale, ' per month', ' 每月'), once: localize(locale, ' once', ' 一次性'),
    }[amountPer(funding.amount!)];
    return `${formText} · ${groupedAmount(value)} CNY${per}`;
}

function lens(anchor: CstNode, title: string): CodeLens {
    return { range: anchor.range, command: { title, command: '' } };
}
