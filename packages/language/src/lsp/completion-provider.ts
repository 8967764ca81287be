import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type IndexManager, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { isActor, isAgreement, isDataset, isOrganization, type Actor, type Agreement } from '../generated/ast.js';
import { isGovernmentActor, isWithin, partyOf } from '../model/actors.js';
import { partyActors } from '../model/agreements.js';
import { referenceText } from '../references/qualified-names.js';
import type { CityPactServices } from '../citypact-module.js';
import type { Locale } from '../validation/rule-catalog.js';
import type { CityPactSettings } from '../workspace/settings.js';
import {
    agreementSnippet, departmentSnippet, exchangeSnippet, fundingSnippet, serviceSnippet, type Snippet,
} from './completion-snippets.js';
import { HoverContentBuilder } from './hover-content.js';
import { localize } from './markdown.js';
import { keywordGloss } from './value-glossary.js';

/**
 * Where an agreement member names an actor that must belong to a party (the places
 * rule `not-a-party` checks, docs/language.md §4): `<AST type>.<property>`.
 * `onward allowed-to` is left out on purpose: it names third parties.
 */
const PARTY_PLACES = new Set([
    'Body.members', 'Body.chair',
    'Service.provider', 'Service.users', 'Service.collectsAt', 'Service.processesAt', 'CostShare.actor',
    'Exchange.from', 'Exchange.to',
    'Funding.by', 'Funding.to',
    'Obligation.by', 'Obligation.beneficiaries',
]);

/** Sort keys: Langium sorts references `0` and keywords `1`; these refine the references. */
const SORT_PARTY = '0.0.';
const SORT_BELONGS = '0.1';
const SORT_OTHER = '0.2';

/**
 * Completion. Langium proposes the keywords valid at the cursor and the names the
 * scope allows (already filtered to the right kind). On top of that:
 *
 * - where an agreement member names an actor, the agreement's own parties come
 *   first (in party-line order), then actors that belong to a party, then the rest;
 * - every name shows its label as `detail` and its hover as documentation;
 * - enumerated values are proposed as values with their meaning;
 * - snippets for a new agreement, data exchange, service, funding and department + dataset,
 *   pre-filled with the agreement's parties where there is one.
 */
export class CityPactCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = {
        // `Shanghai.` asks for the names under Shanghai.
        triggerCharacters: ['.'],
    };

    private readonly services: CityPactServices;
    private readonly settings: CityPactSettings;
    private readonly indexManager: IndexManager;

    constructor(services: CityPactServices) {
        super(services);
        this.services = services;
        this.settings = services.workspace.Settings;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext,
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const target = description.node as (AstNode & { label?: string }) | undefined;
        const locale = this.locale(context);
        const hover = target && new HoverContentBuilder(this.services, locale).declaration(target);
        const ranked = this.rank(target, description.name, refInfo);
        return {
            ...item,
            detail: target?.label,
            // Typing part of the label (`医保`) finds the name as well as typing the name.
            filterText: target?.label ? `${description.name} ${target.label}` : undefined,
            labelDetails: ranked.note ? { description: ranked.note(locale) } : undefined,
            documentation: hover ? { kind: 'markdown', value: hover } : item.documentation,
            sortText: ranked.sortText,
        };
    }

    /**
     * Inside an agreement, the names that make the agreement valid come first: its
     * parties where an actor must belong to one, its own members where a body is
     * expected (`disputes by`).
     */
    private rank(target: AstNode | undefined, name: string, refInfo: ReferenceInfo): { sortText: string; note?: (locale: Locale) => string } {
        const agreement = AstUtils.getContainerOfType(refInfo.container, isAgreement);
        if (!agreement || !target) return { sortText: SORT_OTHER };
        if (isActor(target) && PARTY_PLACES.has(`${refInfo.container.$type}.${refInfo.property}`)) {
            const index = agreement.parties.findIndex(p => p.actor?.ref === target);
            if (index >= 0) {
                const role = agreement.parties[index].role ?? 'member';
                return {
                    sortText: SORT_PARTY + String(index).padStart(3, '0'),
                    note: locale => localize(locale, `party, ${role}`, `参与方，${role}`),
                };
            }
            const party = partyOf(target, partyActors(agreement));
            return party ? { sortText: SORT_BELONGS } : { sortText: SORT_OTHER };
        }
        if (target.$container === agreement) {
            // The simple name (`JointCommittee`) before the qualified one: inside its agreement it is the usual way.
            const simple = !name.includes('.');
            return { sortText: SORT_PARTY + (simple ? '000' : '001'), note: locale => localize(locale, 'this agreement', '本协议') };
        }
        return { sortText: SORT_OTHER };
    }

    /**
     * Langium matches what was typed against the label only; match it against
     * `filterText` when there is one, so the server keeps what the editor will show.
     */
    protected override fillCompletionItem(context: CompletionContext, item: CompletionValueItem): CompletionItem | undefined {
        if (!item.filterText || !('nodeDescription' in item)) return super.fillCompletionItem(context, item);
        const name = item.nodeDescription.name;
        const filled = super.fillCompletionItem(context, { ...item, label: item.filterText, insertText: item.insertText ?? name });
        return filled && { ...filled, label: name, insertText: item.insertText };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        if (!this.filterKeyword(context, keyword)) return;
        const locale = this.locale(context);
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const meaning = keywordGloss(keyword, locale);
        if (rule === 'DurationUnit') {
            acceptor(context, { label: keyword.value, kind: CompletionItemKind.Unit, detail: localize(locale, 'unit', '单位'), sortText: '1' });
        } else if (meaning) {
            acceptor(context, { label: keyword.value, kind: CompletionItemKind.EnumMember, detail: meaning, sortText: '1' });
        } else {
            super.completionForKeyword(context, keyword, acceptor);
        }
        const snippet = this.snippetFor(keyword.value, context, locale);
        if (snippet) {
            acceptor(context, {
                label: snippet.keyword,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                labelDetails: { description: snippet.description },
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: snippet.keyword,
                sortText: '1',
            });
        }
    }

    private snippetFor(keyword: string, context: CompletionContext, locale: Locale): Snippet | undefined {
        switch (keyword) {
            case 'agreement': return agreementSnippet(locale, this.today());
            case 'department': return departmentSnippet(locale);
            case 'service': return serviceSnippet(locale, this.partyNames(context));
            case 'funding': {
                const parties = this.partyActors(context);
                return fundingSnippet(locale, parties.filter(p => isGovernmentActor(p.actor)).map(p => p.name),
                    parties.filter(p => isOrganization(p.actor)).map(p => p.name));
            }
            case 'exchange': {
                const parties = this.partyNames(context);
                return exchangeSnippet(locale, parties, this.datasetHeldBy(context));
            }
            default: return undefined;
        }
    }

    /** The agreement's parties as written, the lead first. */
    private partyNames(context: CompletionContext): string[] {
        const agreement = AstUtils.getContainerOfType(context.node, isAgreement);
        if (!agreement) return [];
        const parties = [...agreement.parties].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
        return [...new Set(parties.map(p => (p.actor ? referenceText(p.actor) : '')).filter(Boolean))];
    }

    /** The agreement's resolved parties as written, the lead first, with their actors. */
    private partyActors(context: CompletionContext): Array<{ name: string; actor: Actor }> {
        const agreement = AstUtils.getContainerOfType(context.node, isAgreement);
        if (!agreement) return [];
        const parties = [...agreement.parties].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
        return parties.flatMap(p => (p.actor?.ref ? [{ name: referenceText(p.actor), actor: p.actor.ref }] : []));
    }

    /** A dataset held by (or within) the agreement's first party, to pre-fill `data`. */
    private datasetHeldBy(context: CompletionContext): string | undefined {
        const agreement: Agreement | undefined = AstUtils.getContainerOfType(context.node, isAgreement);
        const lead = agreement && [...agreement.parties].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'))[0];
        const holder: Actor | undefined = lead?.actor?.ref;
        if (!holder) return undefined;
        return this.indexManager.allElements('Dataset').find(d => {
            const dataset = d.node;
            const datasetHolder = isDataset(dataset) ? dataset.holder?.ref : undefined;
            return !!datasetHolder && isWithin(datasetHolder, holder);
        })?.name;
    }

    private locale(context: CompletionContext): Locale {
        return this.settings.localeFor(context.document.uri);
    }

    /** Today's date for `effective`, in the user's time zone. */
    protected today(): string {
        const now = new Date();
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    }
}
