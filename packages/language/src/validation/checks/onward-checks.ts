import { WorkspaceCache, type ValidationAcceptor } from 'langium';
import type { CityPactServices } from '../../citypact-module.js';
import type { Agreement, Exchange } from '../../generated/ast.js';
import { isForwarding, onwardIndex, type OnwardIndex } from '../../model/onward.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';

/**
 * `onward-transfer` (docs/language.md §4, §10): the data-flow atlas turned into a
 * rule, across files. The index of restricting exchanges is built once per
 * workspace state, and only when some exchange forwards data (most workspaces have
 * none). When the forbidding agreement changes, CityPactDocumentBuilder re-validates
 * the forwarding documents, so the editor's diagnostic follows the other file.
 */
export class OnwardChecks {
    private readonly index: WorkspaceCache<'onward', OnwardIndex>;

    constructor(private readonly services: CityPactServices) {
        this.index = new WorkspaceCache(services.shared);
    }

    checkOnwardTransfer(exchange: Exchange, accept: ValidationAcceptor): void {
        if (!isForwarding(exchange)) return;
        const from = exchange.from!.ref!;
        const dataset = exchange.data!.ref!;
        const agreement = exchange.$container as Agreement;
        const index = this.index.get('onward', () => onwardIndex(this.services.shared.workspace.LangiumDocuments.all));
        if (index.superseded.has(agreement)) return;
        const recipients = exchange.to.map(to => to.ref).filter(to => to !== undefined);
        for (const restriction of index.restrictions.get(dataset) ?? []) {
            if (restriction.agreement === agreement) continue;
            // An `allowed-to` list cut short by a syntax error may lack the recipient only for that (§4.1).
            if (restriction.allowed && cutShort(restriction.exchange)) continue;
            if (!restriction.exchange.to.some(to => to.ref === from)) continue;
            const lacking = restriction.allowed
                ? recipients.filter(to => !restriction.allowed!.has(to))
                : recipients;
            if (lacking.length === 0) continue;
            const allowed = restriction.allowed ? [...restriction.allowed].map(a => qualifiedNameOf(a) ?? a.name).join(', ') : '';
            report(accept, 'onward-transfer', { node: exchange, property: 'from' }, {
                from: qualifiedNameOf(from) ?? from.name,
                dataset: qualifiedNameOf(dataset) ?? dataset.name,
                agreement: restriction.agreement.name,
                exchange: restriction.exchange.name,
                rule: restriction.allowed
                    ? { en: `allows onward transfer only to ${allowed}`, 'zh-CN': `仅允许再转给 ${allowed}` }
                    : { en: 'forbids onward transfer', 'zh-CN': '禁止再转让' },
                to: lacking.map(to => qualifiedNameOf(to) ?? to.name).join(', '),
            });
        }
    }
}
