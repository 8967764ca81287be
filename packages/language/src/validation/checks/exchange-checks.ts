import type { ValidationAcceptor } from 'langium';
import type { Exchange } from '../../generated/ast.js';
import { isWithin } from '../../model/actors.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';

/**
 * Who sends data to whom and why (docs/language.md §4): `self-exchange`,
 * `exchange-purpose`, `exchange-holder`. The data-protection rules that depend on
 * the dataset's grading live in data-protection-checks.ts.
 */
export class ExchangeChecks {
    /** Reported on each `to` entry that is the sender itself (containment is not "self"). */
    checkSelfExchange(exchange: Exchange, accept: ValidationAcceptor): void {
        const from = exchange.from?.ref;
        if (!from) return;
        exchange.to.forEach((to, index) => {
            if (to.ref === from) {
                report(accept, 'self-exchange', { node: exchange, property: 'to', index }, { name: exchange.name, actor: qualifiedNameOf(from) ?? from.name });
            }
        });
    }

    /** A purpose that is blank states no purpose. */
    checkPurpose(exchange: Exchange, accept: ValidationAcceptor): void {
        if (exchange.purpose?.trim()) return;
        // An absent purpose may be one a syntax error cut away (§4.1); a blank one is there.
        if (exchange.purpose === undefined && cutShort(exchange)) return;
        const target = exchange.purpose === undefined
            ? { node: exchange, property: 'name' as const }
            : { node: exchange, property: 'purpose' as const };
        report(accept, 'exchange-purpose', target, { name: exchange.name });
    }

    /**
     * Data is provided by the actor responsible for it (谁主管谁提供): the sender
     * holds the dataset, or the holder is `of` the sender (a city sending its
     * bureau's data). Reported on `from`.
     */
    checkHolder(exchange: Exchange, accept: ValidationAcceptor): void {
        const from = exchange.from?.ref;
        const dataset = exchange.data?.ref;
        const holder = dataset?.holder?.ref;
        if (!from || !dataset || !holder || isWithin(holder, from)) return;
        report(accept, 'exchange-holder', { node: exchange, property: 'from' }, {
            from: qualifiedNameOf(from) ?? from.name,
            dataset: qualifiedNameOf(dataset) ?? dataset.name,
            holder: qualifiedNameOf(holder) ?? holder.name,
        });
    }
}
