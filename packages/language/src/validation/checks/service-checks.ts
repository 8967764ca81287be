import type { ValidationAcceptor } from 'langium';
import type { Service } from '../../generated/ast.js';
import { ONE_HUNDRED_PERCENT, formatHundredths, sumPercents } from '../../model/decimal.js';
import { keywordLabel } from '../../glossary.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';
import { phrase } from '../terms.js';

/** Shared public services (docs/language.md §2.4, §4): `cost-shares-sum`, `proxy-mode-locations`. */
export class ServiceChecks {
    /**
     * The shares of a `costs` block add up to exactly 100%, in exact decimal
     * arithmetic. An empty block allocates 0% and is reported too.
     */
    checkCostShares(service: Service, accept: ValidationAcceptor): void {
        const costs = service.costs;
        if (!costs || cutShort(service)) return;
        const total = sumPercents(costs.shares.map(s => s.share));
        // A malformed percentage cannot parse at all; the parser has reported it.
        if (total === undefined || total === ONE_HUNDRED_PERCENT) return;
        report(accept, 'cost-shares-sum', { node: costs, keyword: 'costs' }, { name: service.name, total: formatHundredths(total) });
    }

    /** A proxy service says where applications are collected and where they are processed. */
    checkProxyLocations(service: Service, accept: ValidationAcceptor): void {
        if (service.mode !== 'proxy') return;
        const missing: string[] = [];
        if (!service.collectsAt) missing.push('collects-at');
        if (!service.processesAt) missing.push('processes-at');
        if (missing.length === 0 || cutShort(service)) return;
        const problem = missing.length === 2
            ? phrase("has neither 'collects-at' nor 'processes-at'", `未写明${keywordLabel('collects-at')['zh-CN']}和${keywordLabel('processes-at')['zh-CN']}`)
            : phrase(`has no '${missing[0]}'`, `未写明${keywordLabel(missing[0])['zh-CN']}`);
        // On `mode proxy`: that is what makes the two locations required.
        report(accept, 'proxy-mode-locations', { node: service, property: 'mode' }, { name: service.name, problem }, { missing });
    }
}
