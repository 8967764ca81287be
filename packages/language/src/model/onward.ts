import type { LangiumDocument } from 'langium';
import {
    isAgreement, isExchange,
    type Actor, type Agreement, type Dataset, type Exchange, type Model,
} from '../generated/ast.js';
import { referenceText } from '../references/qualified-names.js';
import { isWithin } from './actors.js';

/**
 * Onward transfer across agreements (rule `onward-transfer`, docs/language.md §4
 * and §10): data received under `onward forbidden`, or under an `allowed-to` list,
 * may not be sent on by its recipient in another agreement to anyone the first
 * agreement does not allow. Agreements that some `supersedes` names are left out on
 * both sides, so the rule never depends on the date.
 */

/** An exchange that restricts what its recipients may do with the data. */
export interface OnwardRestriction {
    agreement: Agreement;
    exchange: Exchange;
    /** Undefined for `onward forbidden`: nobody. */
    allowed?: ReadonlySet<Actor>;
}

export interface OnwardIndex {
    /** Per dataset, the restricting exchanges of agreements that nothing supersedes. */
    restrictions: Map<Dataset, OnwardRestriction[]>;
    superseded: Set<Agreement>;
}

/** Reads every agreement of the given documents once: which datasets are restricted, which agreements are superseded. */
export function onwardIndex(documents: Iterable<LangiumDocument>): OnwardIndex {
    const superseded = new Set<Agreement>();
    const candidates: OnwardRestriction[] = [];
    for (const document of documents) {
        const model = document.parseResult?.value as Model | undefined;
        for (const declaration of model?.declarations ?? []) {
            if (!isAgreement(declaration)) continue;
            const old = declaration.supersedes?.ref;
            if (old) superseded.add(old);
            for (const member of declaration.members) {
                if (!isExchange(member) || !member.onward || !member.data) continue;
                if (member.onward.forbidden) candidates.push({ agreement: declaration, exchange: member });
                else if (member.onward.allowedTo.length > 0) {
                    const allowed = new Set(member.onward.allowedTo.map(a => a.ref).filter((a): a is Actor => a !== undefined));
                    candidates.push({ agreement: declaration, exchange: member, allowed });
                }
            }
        }
    }
    const restrictions = new Map<Dataset, OnwardRestriction[]>();
    for (const candidate of candidates) {
        if (superseded.has(candidate.agreement)) continue;
        const dataset = candidate.exchange.data?.ref;
        if (!dataset) continue;
        restrictions.set(dataset, [...(restrictions.get(dataset) ?? []), candidate]);
    }
    return { restrictions, superseded };
}

/**
 * The sender of a forwarding exchange: it does not hold the dataset and does not
 * contain its holder (else it is the provider, and `exchange-holder` is silent).
 */
export function isForwarding(exchange: Exchange): boolean {
    const from = exchange.from?.ref;
    const holder = exchange.data?.ref?.holder?.ref;
    return from !== undefined && holder !== undefined && !isWithin(holder, from);
}

/** What a change of a document can change for `onward-transfer` elsewhere (read from its text, before linking). */
export interface OnwardFootprint {
    /** The datasets (as written) of its exchanges that restrict onward transfer. */
    restricted: Set<string>;
    /** Whether it names some agreement in `supersedes`. */
    supersedes: boolean;
}

export function onwardFootprint(model: Model | undefined): OnwardFootprint {
    const footprint: OnwardFootprint = { restricted: new Set(), supersedes: false };
    for (const declaration of model?.declarations ?? []) {
        if (!isAgreement(declaration)) continue;
        if (declaration.supersedes) footprint.supersedes = true;
        for (const member of declaration.members) {
            if (isExchange(member) && member.onward && member.data) footprint.restricted.add(referenceText(member.data));
        }
    }
    return footprint;
}

/** The datasets (as written) that a document's exchanges forward (see isForwarding); needs the document linked. */
export function forwardedDatasets(model: Model | undefined): Set<string> {
    const datasets = new Set<string>();
    for (const declaration of model?.declarations ?? []) {
        if (!isAgreement(declaration)) continue;
        for (const member of declaration.members) {
            if (isExchange(member) && member.data && isForwarding(member)) datasets.add(referenceText(member.data));
        }
    }
    return datasets;
}
