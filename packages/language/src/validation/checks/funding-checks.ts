import type { ValidationAcceptor } from 'langium';
import { isOrganization, type Actor, type Agreement, type Funding } from '../../generated/ast.js';
import { isGovernmentActor } from '../../model/actors.js';
import { outsideTerm } from '../../model/term.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { keywordLabel } from '../../glossary.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';
import { FUNDING_FORM_NAMES, kindName, phrase } from '../terms.js';
import { isRealDate } from './date-checks.js';

/** Forms that spend budget money and so must state how much (§2.5). */
const FORMS_WITH_AMOUNT = new Set(['grant', 'service-purchase']);

/**
 * Public funding (docs/language.md §2.5): `funding-parties`, `funding-amount` and
 * `funding-term`. Whether `by` and `to` belong to a party is `not-a-party`'s job
 * (model/agreements.ts lists them); unresolved references are skipped, they already
 * carry `unresolved-reference`.
 */
export class FundingChecks {
    /** The payer is a government actor, the recipient an organization; each wrong end is reported on itself. */
    checkParties(funding: Funding, accept: ValidationAcceptor): void {
        const by = funding.by?.ref;
        if (by && !isGovernmentActor(by)) {
            report(accept, 'funding-parties', { node: funding, property: 'by' }, {
                name: funding.name, actor: nameOf(by), property: keywordLabel('by', 'funding'), actual: kindPhrase(by),
                expected: phrase('the payer must be a jurisdiction or a government department',
                    '出资方必须是行政区或政府部门'),
            });
        }
        const to = funding.to?.ref;
        if (to && !isOrganization(to)) {
            report(accept, 'funding-parties', { node: funding, property: 'to' }, {
                name: funding.name, actor: nameOf(to), property: keywordLabel('to', 'funding'), actual: kindPhrase(to),
                expected: phrase('the recipient must be an organization: a government does not fund or purchase services from itself',
                    '接受方必须是组织：政府不向自身拨款或购买服务'),
            });
        }
    }

    /**
     * A grant or a service purchase states its amount. Not checked when the funding's
     * text holds a syntax error (§4.1): the parser's recovery, not the drafter, may
     * have left the amount out.
     */
    checkAmount(funding: Funding, accept: ValidationAcceptor): void {
        if (!funding.form || !FORMS_WITH_AMOUNT.has(funding.form) || funding.amount) return;
        if (cutShort(funding)) return;
        report(accept, 'funding-amount', { node: funding, property: 'name' }, {
            name: funding.name, form: FUNDING_FORM_NAMES[funding.form],
        }, { form: funding.form });
    }

    /**
     * `until` on or after the agreement's `effective` and on or before its `until`
     * (the same term as `obligation-outside-term`). Nothing is compared when a date is
     * not real or the term is out of order: `invalid-date` and `date-order` say so.
     */
    checkTerm(funding: Funding, accept: ValidationAcceptor): void {
        const agreement = funding.$container as Agreement;
        const date = funding.until;
        const { effective, until } = agreement;
        if (!date || !effective || !isRealDate(date) || !isRealDate(effective)) return;
        if (until !== undefined && (!isRealDate(until) || until <= effective)) return;
        const position = outsideTerm(date, effective, until);
        if (!position) return;
        report(accept, 'funding-term', { node: funding, property: 'until' }, {
            name: funding.name,
            until: date,
            relation: position === 'before' ? phrase('before', '早于') : phrase('after', '晚于'),
            start: effective,
            end: until ?? phrase('open-ended', '无终止日期'),
        });
    }
}

function nameOf(actor: Actor): string {
    return qualifiedNameOf(actor) ?? actor.name;
}

/** `a department`, `an organization`: the actor's kind with its article. */
function kindPhrase(actor: Actor): { en: string; 'zh-CN': string } {
    const kind = kindName(actor.$type);
    const article = /^[aeiou]/.test(kind.en) ? 'an' : 'a';
    return phrase(`${article} ${kind.en}`, kind['zh-CN']);
}
