import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type Reference } from 'langium';
import type { CityPactServices } from '../citypact-module.js';
import { docCommentOf } from '../export/doc-comments.js';
import {
    isAgreement, isBody, isClause, isExchange, isFunding, isObligation, isService,
    type Agreement, type Body, type Duration, type Exchange, type Funding, type Member, type Model,
    type Obligation, type Party, type Service, type Translation,
} from '../generated/ast.js';
import { amountPer, parseAmount } from '../model/amounts.js';
import { parsePercent } from '../model/decimal.js';
import { normalizeName } from '../model/unicode-text.js';
import { referenceText } from '../references/qualified-names.js';
import {
    DIFF_IMPACTS,
    type DiffChangeKind, type DiffElement, type DiffImpact, type DiffResult, type DiffValue,
    type LocatedAgreementDiff, type LocatedChange, type SourcePlace,
} from './diff-format.js';

/**
 * The semantic diff of agreements (docs/language.md §8; decisions where §8 is silent:
 * docs/diff.md). Pure functions over the AST of two sides, each loaded as its own
 * workspace so that references resolve on their own side (a dataset graded on one
 * side only is read from that side's registry).
 */

/** One side of a diff: the agreements compared and how to read a doc comment. */
export interface DiffSide {
    agreements: Agreement[];
    doc(node: AstNode): string | undefined;
}

/** The agreements declared in these documents, in document and source order. */
export function diffSide(documents: Iterable<LangiumDocument<Model>>, services: CityPactServices): DiffSide {
    const agreements: Agreement[] = [];
    for (const document of documents) {
        for (const declaration of document.parseResult.value.declarations ?? []) {
            if (isAgreement(declaration) && declaration.name) agreements.push(declaration);
        }
    }
    return { agreements, doc: node => docCommentOf(node, services) };
}

export function diffAgreements(before: DiffSide, after: DiffSide): DiffResult {
    const oldById = firstById(before.agreements);
    const newById = firstById(after.agreements);
    // Match by id, then a successor through `supersedes` to an id found only on the old side.
    const matchOf = new Map<Agreement, Agreement>();
    const matched = new Set<Agreement>();
    for (const agreement of after.agreements) {
        const old = oldById.get(idOf(agreement));
        if (old && !matched.has(old) && newById.get(idOf(agreement)) === agreement) {
            matchOf.set(agreement, old);
            matched.add(old);
        }
    }
    for (const agreement of after.agreements) {
        if (matchOf.has(agreement) || !agreement.supersedes) continue;
        const target = referenceText(agreement.supersedes);
        const old = oldById.get(target);
        if (old && !matched.has(old) && !newById.has(target)) {
            matchOf.set(agreement, old);
            matched.add(old);
        }
    }

    const oldKeys = before.agreements.map(a => a);
    const newKeys = after.agreements.map(a => matchOf.get(a) ?? a);
    const newOf = new Map([...matchOf].map(([n, o]) => [o as Agreement, n]));
    const newSide = new Set(after.agreements);
    const agreements: LocatedAgreementDiff[] = [];
    for (const key of mergeOrder<Agreement>(oldKeys, newKeys)) {
        const isNew = newSide.has(key);
        const newAgreement = isNew ? key : newOf.get(key);
        const oldAgreement = isNew ? undefined : key;
        agreements.push(diffPair(oldAgreement, newAgreement, before, after));
    }
    const summary = Object.fromEntries(DIFF_IMPACTS.map(i => [i, 0])) as Record<DiffImpact, number>;
    for (const agreement of agreements) for (const change of agreement.changes) summary[change.impact]++;
    return { agreements, summary };
}

function firstById(agreements: Agreement[]): Map<string, Agreement> {
    const map = new Map<string, Agreement>();
    for (const agreement of agreements) if (!map.has(idOf(agreement))) map.set(idOf(agreement), agreement);
    return map;
}

function idOf(agreement: Agreement): string {
    return normalizeName(agreement.name);
}

/**
 * Keys in output order: the new side's order, each key found only on the old side
 * placed right after the nearest key before it (on the old side) that both share.
 */
export function mergeOrder<K>(oldKeys: readonly K[], newKeys: readonly K[]): K[] {
    const inNew = new Set(newKeys);
    const removedAfter = new Map<K | undefined, K[]>();
    let anchor: K | undefined;
    for (const key of oldKeys) {
        if (inNew.has(key)) anchor = key;
        else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), key]);
    }
    const result: K[] = [...(removedAfter.get(undefined) ?? [])];
    for (const key of newKeys) result.push(key, ...(removedAfter.get(key) ?? []));
    return result;
}

// ---------------------------------------------------------------- collecting changes

interface Place extends SourcePlace {
    offset: number;
}

interface RawChange extends LocatedChange {
    oldOffset?: number;
    newOffset?: number;
}

/** Where a node (or one of its properties) is. */
function placeOf(node: AstNode | undefined, property?: string, index?: number): Place | undefined {
    if (!node?.$cstNode) return undefined;
    const cst = (property && GrammarUtils.findNodeForProperty(node.$cstNode, property, index)) || node.$cstNode;
    const document = AstUtils.findRootNode(node).$document;
    return {
        uri: document?.uri.toString() ?? '',
        line: cst.range.start.line + 1,
        column: cst.range.start.character + 1,
        offset: cst.offset,
    };
}

class Collector {
    readonly changes: RawChange[] = [];
    /**
     * Parts present on both sides, whether or not they changed: where removals are
     * placed. Found only when there is a removal to place (finding a property's
     * syntax node walks the tree: too slow to do for every property of every agreement).
     */
    private readonly anchors: Array<() => { oldOffset: number; newEnd: number } | undefined> = [];
    constructor(readonly agreement: string) { }

    /** A part found on both sides: a party or member, or a property of two nodes. */
    anchor(oldNode: AstNode, newNode: AstNode, property?: string): void {
        this.anchors.push(() => {
            const oldCst = property ? propertyNode(oldNode, property) : oldNode.$cstNode;
            const newCst = property ? propertyNode(newNode, property) : newNode.$cstNode;
            return oldCst && newCst ? { oldOffset: oldCst.offset, newEnd: newCst.end } : undefined;
        });
    }

    add(element: DiffElement, change: DiffChangeKind, target: string, field: string | null,
        before: DiffValue | undefined, after: DiffValue | undefined, impact: DiffImpact,
        oldPlace: Place | undefined, newPlace: Place | undefined): void {
        const location: LocatedChange['location'] = {};
        if (oldPlace) location.before = { uri: oldPlace.uri, line: oldPlace.line, column: oldPlace.column };
        if (newPlace) location.after = { uri: newPlace.uri, line: newPlace.line, column: newPlace.column };
        this.changes.push({
            agreement: this.agreement, element, change, target, field,
            before: before ?? null, after: after ?? null, impact, location,
            oldOffset: oldPlace?.offset, newOffset: newPlace?.offset,
        });
    }

    /**
     * Changes in source order of the new side; a removal goes where it was: right
     * after the part that preceded it on the old side and is still there (§8).
     */
    ordered(): LocatedChange[] {
        if (this.changes.every(c => c.newOffset !== undefined)) {
            return this.changes.sort((a, b) => a.newOffset! - b.newOffset!).map(({ oldOffset: _o, newOffset: _n, ...change }) => change);
        }
        const anchors = [
            ...this.anchors.map(find => find()).filter(a => a !== undefined),
            ...this.changes.filter(c => c.oldOffset !== undefined && c.newOffset !== undefined)
                .map(c => ({ oldOffset: c.oldOffset!, newEnd: c.newOffset! })),
        ];
        const keyed = this.changes.map((change, index) => {
            if (change.newOffset !== undefined) return { change, key: change.newOffset, removal: 0, old: 0, index };
            const old = change.oldOffset ?? -1;
            let best: { oldOffset: number; newEnd: number } | undefined;
            for (const anchor of anchors) {
                if (anchor.oldOffset < old && (!best || anchor.oldOffset > best.oldOffset)) best = anchor;
            }
            return { change, key: best ? best.newEnd : -1, removal: 1, old, index };
        });
        keyed.sort((a, b) => a.key - b.key || a.removal - b.removal || a.old - b.old || a.index - b.index);
        return keyed.map(({ change: { oldOffset: _o, newOffset: _n, ...change } }) => change);
    }
}

// ---------------------------------------------------------------- one pair of agreements

function diffPair(oldA: Agreement | undefined, newA: Agreement | undefined, before: DiffSide, after: DiffSide): LocatedAgreementDiff {
    const id = idOf((newA ?? oldA)!);
    const c = new Collector(id);
    const uris = {
        ...(oldA ? { before: AstUtils.getDocument(oldA).uri.toString() } : {}),
        ...(newA ? { after: AstUtils.getDocument(newA).uri.toString() } : {}),
    };
    const head = (a: Agreement | undefined) => (a ? { id: idOf(a), version: a.version ?? null } : null);
    if (!oldA) {
        // A new agreement: one change for it, and each exchange it adds (the data flows a
        // data-protection officer must assess), classified as any added exchange.
        c.add('agreement', 'added', id, null, null, newA!.label, 'substantive', undefined, placeOf(newA, 'name'));
        for (const member of newA!.members) if (isExchange(member)) addedMember(c, member, placeOf(member, 'name'));
        return { id, status: 'added', before: null, after: head(newA), changes: c.ordered(), uris };
    }
    if (!newA) {
        c.add('agreement', 'removed', id, null, oldA.label, null, 'substantive', placeOf(oldA, 'name'), undefined);
        return { id, status: 'removed', before: head(oldA), after: null, changes: c.ordered(), uris };
    }
    // The same text (and doc comment) is the same agreement: nothing to compare. With
    // a thousand agreements and one amended, this is most of the work saved (docs/diff.md).
    const same = idOf(oldA) === idOf(newA) && oldA.$cstNode && newA.$cstNode && oldA.$cstNode.text === newA.$cstNode.text
        && before.doc(oldA) === after.doc(newA);
    if (!same) compareAgreements(c, oldA, newA, before, after);
    const changes = c.ordered();
    const status = changes.length > 0 || idOf(oldA) !== idOf(newA) ? 'changed' : 'unchanged';
    return { id, status, before: head(oldA), after: head(newA), changes, uris };
}

function compareAgreements(c: Collector, o: Agreement, n: Agreement, before: DiffSide, after: DiffSide): void {
    const id = idOf(n);
    compareLabels(c, id, o, n, before, after, false);

    // Header: `version` and `dimensions` are editorial (§8).
    scalar(c, 'agreement', id, 'version', o, n, 'version', o.version, n.version, 'editorial');
    set(c, 'agreement', id, 'dimensions', o, n, 'dimensions', o.dimensions, n.dimensions, 'editorial');
    // `supersedes` that is the very link matching a successor to its predecessor is
    // said by the match itself; any other change of it is substantive (docs/diff.md).
    const oldSupersedes = o.supersedes && referenceText(o.supersedes);
    const newSupersedes = n.supersedes && referenceText(n.supersedes);
    const successorLink = idOf(o) !== id && newSupersedes === idOf(o) && !oldSupersedes;
    if (!successorLink) scalar(c, 'agreement', id, 'supersedes', o, n, 'supersedes', oldSupersedes, newSupersedes, 'substantive');
    for (const field of ['signed', 'effective', 'until'] as const) {
        scalar(c, 'term', id, field, o, n, field, o[field], n[field], 'substantive');
    }

    // Parties, by their actor's qualified name.
    const oldParties = partiesByActor(o.parties);
    const newParties = partiesByActor(n.parties);
    for (const [actor, party] of oldParties) {
        if (!newParties.has(actor)) c.add('party', 'removed', actor, null, partyValue(party), null, 'substantive', placeOf(party), undefined);
    }
    for (const [actor, party] of newParties) {
        const old = oldParties.get(actor);
        if (!old) {
            c.add('party', 'added', actor, null, null, partyValue(party), 'substantive', undefined, placeOf(party));
            continue;
        }
        c.anchor(old, party);
        scalar(c, 'party', actor, 'role', old, party, 'role', old.role ?? 'member', party.role ?? 'member', 'substantive');
        scalar(c, 'party', actor, 'signatory', old, party, 'signatory', old.signatory, party.signatory, 'substantive');
    }

    // Members, by name within their agreement; a member whose kind changed is removed + added.
    const oldMembers = membersByName(o.members);
    const newMembers = membersByName(n.members);
    for (const [name, member] of oldMembers) {
        const counterpart = newMembers.get(name);
        if (!counterpart || counterpart.$type !== member.$type) {
            c.add(elementOf(member), 'removed', memberId(o, member), null, member.label, null, 'substantive', placeOf(member, 'name'), undefined);
        }
    }
    for (const [name, member] of newMembers) {
        const old = oldMembers.get(name);
        if (!old || old.$type !== member.$type) addedMember(c, member, placeOf(member, 'name'));
        else {
            c.anchor(old, member);
            compareMembers(c, memberId(n, member), old, member, before, after);
        }
    }

    // Governance.
    scalar(c, 'governance', id, 'disputes', o, n, 'disputes', disputesValue(o), disputesValue(n), 'substantive', disputesKey(o) === disputesKey(n));
    scalar(c, 'governance', id, 'amendment', o, n, 'amendment', o.amendment?.decision, n.amendment?.decision, 'substantive');
    const notice = (a: Agreement) => a.termination?.notice;
    scalar(c, 'governance', id, 'termination', o, n, 'termination', durationText(notice(o)), durationText(notice(n)), 'substantive',
        sameDuration(notice(o), notice(n)));
}

function partiesByActor(parties: Party[]): Map<string, Party> {
    const map = new Map<string, Party>();
    for (const party of parties) {
        const actor = party.actor && referenceText(party.actor);
        if (actor && !map.has(actor)) map.set(actor, party);
    }
    return map;
}

function partyValue(party: Party): DiffValue {
    return { role: party.role ?? 'member', signatory: party.signatory ?? null };
}

function membersByName(members: Member[]): Map<string, Member> {
    const map = new Map<string, Member>();
    for (const member of members) {
        if (member.name && !map.has(normalizeName(member.name))) map.set(normalizeName(member.name), member);
    }
    return map;
}

function memberId(agreement: Agreement, member: Member): string {
    return `${idOf(agreement)}.${normalizeName(member.name)}`;
}

function elementOf(member: Member): DiffElement {
    if (isBody(member)) return 'body';
    if (isService(member)) return 'service';
    if (isExchange(member)) return 'exchange';
    if (isFunding(member)) return 'funding';
    if (isObligation(member)) return 'obligation';
    return 'clause';
}

function addedMember(c: Collector, member: Member, place: Place | undefined): void {
    const agreement = member.$container as Agreement;
    const impact = isExchange(member) ? addedExchangeImpact(member) : 'substantive';
    c.add(elementOf(member), 'added', memberId(agreement, member), null, null, member.label, impact, undefined, place);
}

/**
 * §8: a new exchange is `data-protection` when its dataset (read from the new side's
 * registry) has personal data or is graded important or core. A dataset that does
 * not resolve counts as one that might: the reviewer cannot tell (docs/diff.md).
 */
function addedExchangeImpact(exchange: Exchange): DiffImpact {
    const dataset = exchange.data?.ref;
    if (!dataset) return 'data-protection';
    const personal = dataset.personalData === 'ordinary' || dataset.personalData === 'sensitive';
    const graded = dataset.classification === 'important' || dataset.classification === 'core';
    return personal || graded ? 'data-protection' : 'substantive';
}

// ---------------------------------------------------------------- members

function compareMembers(c: Collector, target: string, o: Member, n: Member, before: DiffSide, after: DiffSide): void {
    compareLabels(c, target, o, n, before, after, isClause(n));
    if (isBody(o) && isBody(n)) compareBodies(c, target, o, n);
    else if (isService(o) && isService(n)) compareServices(c, target, o, n);
    else if (isExchange(o) && isExchange(n)) compareExchanges(c, target, o, n);
    else if (isFunding(o) && isFunding(n)) compareFundings(c, target, o, n);
    else if (isObligation(o) && isObligation(n)) compareObligations(c, target, o, n);
}

function compareBodies(c: Collector, target: string, o: Body, n: Body): void {
    scalar(c, 'body', target, 'kind', o, n, 'kind', o.kind, n.kind, 'substantive');
    set(c, 'body', target, 'members', o, n, 'members', refs(o.members), refs(n.members), 'substantive');
    scalar(c, 'body', target, 'chair', o, n, 'chair', ref(o.chair), ref(n.chair), 'substantive');
    scalar(c, 'body', target, 'decides', o, n, 'decidesBy', o.decidesBy, n.decidesBy, 'substantive');
    scalar(c, 'body', target, 'meets', o, n, 'meets', o.meets, n.meets, 'substantive');
}

function compareServices(c: Collector, target: string, o: Service, n: Service): void {
    scalar(c, 'service', target, 'mode', o, n, 'mode', o.mode, n.mode, 'substantive');
    scalar(c, 'service', target, 'provider', o, n, 'provider', ref(o.provider), ref(n.provider), 'substantive');
    set(c, 'service', target, 'users', o, n, 'users', refs(o.users), refs(n.users), 'substantive');
    scalar(c, 'service', target, 'collects-at', o, n, 'collectsAt', ref(o.collectsAt), ref(n.collectsAt), 'substantive');
    scalar(c, 'service', target, 'processes-at', o, n, 'processesAt', ref(o.processesAt), ref(n.processesAt), 'substantive');
    scalar(c, 'service', target, 'responds', o, n, 'respondsWithin', durationText(o.respondsWithin), durationText(n.respondsWithin),
        'substantive', sameDuration(o.respondsWithin, n.respondsWithin));
    // Cost shares by actor: one change per actor whose share moved, as `{actor: share}`.
    const shares = (s: Service) => {
        const map = new Map<string, { text: string; value: bigint | undefined; node: AstNode }>();
        for (const share of s.costs?.shares ?? []) {
            const actor = share.actor && referenceText(share.actor);
            if (actor && !map.has(actor)) map.set(actor, { text: share.share, value: parsePercent(share.share), node: share });
        }
        return map;
    };
    const oldShares = shares(o);
    const newShares = shares(n);
    for (const actor of mergeOrder([...oldShares.keys()], [...newShares.keys()])) {
        const was = oldShares.get(actor);
        const is = newShares.get(actor);
        if (was && is && (was.value === is.value && was.value !== undefined || was.text === is.text)) continue;
        c.add('service', 'changed', target, 'costs',
            was ? { [actor]: was.text } : null, is ? { [actor]: is.text } : null, 'substantive',
            was ? placeOf(was.node) : placeOf(o, 'costs'), is ? placeOf(is.node) : undefined);
    }
}

const EXCHANGE_PROPERTIES = ['data', 'from', 'to', 'purpose', 'basis', 'citation', 'retention', 'security', 'onward', 'frequency', 'approval'];
const FREQUENCY_RANK: Record<string, number> = { monthly: 1, weekly: 2, daily: 3, realtime: 4 };

function compareExchanges(c: Collector, target: string, o: Exchange, n: Exchange): void {
    const add = (field: string, property: string, change: DiffChangeKind, before: DiffValue | undefined, after: DiffValue | undefined, impact: DiffImpact) =>
        c.add('exchange', change, target, field, before, after, impact, placeIfPresent(o, property), placeIfPresent(n, property));
    const widened = 'data-protection';
    const narrowed = 'substantive';
    for (const property of EXCHANGE_PROPERTIES) c.anchor(o, n, property);

    // `data`, `purpose`, `basis`: any change widens (§8 table).
    if (ref(o.data) !== ref(n.data)) add('data', 'data', 'widened', ref(o.data), ref(n.data), widened);
    // `from` is not in §8's table: a different sender is a new disclosure of the data,
    // a change without a direction that a data-protection officer must see (docs/diff.md).
    if (ref(o.from) !== ref(n.from)) add('from', 'from', 'changed', ref(o.from), ref(n.from), widened);
    const oldTo = refs(o.to);
    const newTo = refs(n.to);
    const to = setDelta(oldTo, newTo);
    if (to.added.length) add('to', 'to', 'widened', oldTo, newTo, widened);
    else if (to.removed.length) add('to', 'to', 'narrowed', oldTo, newTo, narrowed);
    if (o.purpose !== n.purpose) add('purpose', 'purpose', 'widened', o.purpose, n.purpose, widened);
    if (basisText(o) !== basisText(n)) add('basis', 'basis', 'widened', basisText(o), basisText(n), widened);

    // Retention in days (a month 30, a year 365); no retention at all is the longest.
    if (!sameDuration(o.retention, n.retention)) {
        const order = durationOrder(o.retention, n.retention);
        const longer = !n.retention || (o.retention !== undefined && order !== undefined && order < 0);
        add('retention', 'retention', longer ? 'widened' : 'narrowed', durationText(o.retention), durationText(n.retention), longer ? widened : narrowed);
    }

    const oldSecurity = unique(o.security);
    const newSecurity = unique(n.security);
    const security = setDelta(oldSecurity, newSecurity);
    if (security.removed.length) add('security', 'security', 'widened', oldSecurity, newSecurity, widened);
    else if (security.added.length) add('security', 'security', 'narrowed', oldSecurity, newSecurity, narrowed);

    const onward = compareOnward(o, n);
    if (onward) add('onward', 'onward', onward, onwardText(o), onwardText(n), onward === 'widened' ? widened : narrowed);

    if (o.frequency !== n.frequency) {
        const was = o.frequency && FREQUENCY_RANK[o.frequency];
        const is = n.frequency && FREQUENCY_RANK[n.frequency];
        // To or from `on-request` (or a line added or removed) has no direction.
        if (!was || !is) add('frequency', 'frequency', 'changed', o.frequency, n.frequency, 'substantive');
        else add('frequency', 'frequency', is > was ? 'widened' : 'narrowed', o.frequency, n.frequency, is > was ? widened : narrowed);
    }

    if (o.approval !== n.approval) {
        if (n.approval === undefined) add('approval', 'approval', 'widened', o.approval, null, widened);
        else add('approval', 'approval', 'changed', o.approval, n.approval, 'substantive');
    }
}

/** `widened`, `narrowed` or nothing, for the `onward` line (§8 table). */
function compareOnward(o: Exchange, n: Exchange): 'widened' | 'narrowed' | undefined {
    const state = (e: Exchange) => (!e.onward ? 'absent' : e.onward.forbidden ? 'forbidden' : 'allowed');
    const was = state(o);
    const is = state(n);
    if (was === 'allowed' && is === 'allowed') {
        const delta = setDelta(refs(o.onward!.allowedTo), refs(n.onward!.allowedTo));
        if (delta.added.length) return 'widened';
        return delta.removed.length ? 'narrowed' : undefined;
    }
    if (was === is) return undefined;
    // Wider and wider: forbidden < allowed-to … < no line at all.
    const rank = { forbidden: 0, allowed: 1, absent: 2 };
    return rank[is] > rank[was] ? 'widened' : 'narrowed';
}

function onwardText(e: Exchange): string | undefined {
    if (!e.onward) return undefined;
    return e.onward.forbidden ? 'forbidden' : `allowed-to ${unique(refs(e.onward.allowedTo)).join(', ')}`;
}

function basisText(e: Exchange): string | undefined {
    if (!e.basis) return e.citation === undefined ? undefined : quote(e.citation);
    return e.citation === undefined ? e.basis : `${e.basis} ${quote(e.citation)}`;
}

function compareFundings(c: Collector, target: string, o: Funding, n: Funding): void {
    scalar(c, 'funding', target, 'form', o, n, 'form', o.form, n.form, 'substantive');
    scalar(c, 'funding', target, 'by', o, n, 'by', ref(o.by), ref(n.by), 'substantive');
    scalar(c, 'funding', target, 'to', o, n, 'to', ref(o.to), ref(n.to), 'substantive');
    const amountKey = (f: Funding) => f.amount && `${parseAmount(f.amount.value) ?? f.amount.value} ${amountPer(f.amount)}`;
    scalar(c, 'funding', target, 'amount', o, n, 'amount', amountText(o), amountText(n), 'substantive', amountKey(o) === amountKey(n));
    scalar(c, 'funding', target, 'basis', o, n, 'basis', o.basis, n.basis, 'substantive');
    scalar(c, 'funding', target, 'until', o, n, 'until', o.until, n.until, 'substantive');
}

function amountText(f: Funding): string | undefined {
    if (!f.amount) return undefined;
    return `${f.amount.value} ${f.amount.currency ?? 'CNY'}${f.amount.per ? ` per ${f.amount.per}` : ''}`;
}

function compareObligations(c: Collector, target: string, o: Obligation, n: Obligation): void {
    scalar(c, 'obligation', target, 'by', o, n, 'by', ref(o.by), ref(n.by), 'substantive');
    set(c, 'obligation', target, 'for', o, n, 'beneficiaries', refs(o.beneficiaries), refs(n.beneficiaries), 'substantive');
    scalar(c, 'obligation', target, 'due', o, n, 'due', o.due, n.due, 'substantive');
    scalar(c, 'obligation', target, 'remedy', o, n, 'remedy', o.remedy, n.remedy, 'substantive');
}

// ---------------------------------------------------------------- labels

/**
 * The label, its translations and the doc comment: `editorial`, element `label` (§8).
 * A clause's label is its text, in any language: element `clause`, `substantive`
 * (docs/diff.md); its doc comment stays editorial.
 */
function compareLabels(c: Collector, target: string, o: Agreement | Member, n: Agreement | Member,
    before: DiffSide, after: DiffSide, clause: boolean): void {
    const element: DiffElement = clause ? 'clause' : 'label';
    const impact: DiffImpact = clause ? 'substantive' : 'editorial';
    if (o.label !== n.label) {
        c.add(element, 'changed', target, clause ? 'text' : 'label', o.label, n.label, impact, placeOf(o, 'label'), placeOf(n, 'label'));
    }
    const oldTranslations = translationsOf(o.translations);
    const newTranslations = translationsOf(n.translations);
    for (const lang of mergeOrder([...oldTranslations.keys()], [...newTranslations.keys()])) {
        const was = oldTranslations.get(lang);
        const is = newTranslations.get(lang);
        if (was?.text === is?.text) continue;
        c.add(element, 'changed', target, 'translation',
            was ? { [lang]: was.text } : null, is ? { [lang]: is.text } : null, impact,
            was ? placeOf(was) : undefined, is ? placeOf(is) : undefined);
    }
    const oldDoc = before.doc(o);
    const newDoc = after.doc(n);
    if (normalizeDoc(oldDoc) !== normalizeDoc(newDoc)) {
        c.add('label', 'changed', target, 'doc', oldDoc, newDoc, 'editorial',
            oldDoc === undefined ? undefined : placeOf(o), newDoc === undefined ? undefined : placeOf(n));
    }
}

function translationsOf(translations: Translation[]): Map<string, Translation> {
    const map = new Map<string, Translation>();
    for (const translation of translations) if (translation.lang && !map.has(translation.lang)) map.set(translation.lang, translation);
    return map;
}

/** A doc comment re-wrapped is no change: white space runs compare as one space. */
function normalizeDoc(doc: string | undefined): string | undefined {
    return doc?.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- values

function ref(reference: Reference | undefined): string | undefined {
    if (!reference) return undefined;
    const text = referenceText(reference);
    return text || undefined;
}

function refs(references: ReadonlyArray<Reference>): string[] {
    return unique(references.map(r => referenceText(r)).filter(Boolean));
}

function unique<T>(values: readonly T[]): T[] {
    return [...new Set(values)];
}

function setDelta(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
    const was = new Set(before);
    const is = new Set(after);
    return { added: after.filter(v => !was.has(v)), removed: before.filter(v => !is.has(v)) };
}

const HOURS: Record<string, bigint> = { hour: 1n, day: 24n, month: 30n * 24n, year: 365n * 24n };

/** A duration in hours: §8 compares in days with a month as 30 and a year as 365. */
export function hoursOf(duration: Duration | undefined): bigint | undefined {
    if (!duration?.value || !duration.unit || !/^\d+$/.test(duration.value)) return undefined;
    const unit = HOURS[duration.unit.replace(/s$/, '')];
    return unit === undefined ? undefined : BigInt(duration.value) * unit;
}

/** A duration in months when it is written in months or years (a year is 12 months). */
function monthsOf(duration: Duration | undefined): bigint | undefined {
    if (!duration?.value || !/^\d+$/.test(duration.value)) return undefined;
    const unit = duration.unit?.replace(/s$/, '');
    return unit === 'month' ? BigInt(duration.value) : unit === 'year' ? BigInt(duration.value) * 12n : undefined;
}

/**
 * Compares two durations: negative when `a` is shorter. §8 compares in days (a month
 * 30, a year 365) and also says `60 months` = `5 years`, which days alone would not
 * give (1800 ≠ 1825): two durations both in months or years compare in months (a
 * year is 12), any other pair in days (docs/diff.md). Undefined when one is unreadable.
 */
export function durationOrder(a: Duration | undefined, b: Duration | undefined): number | undefined {
    const [ma, mb] = [monthsOf(a), monthsOf(b)];
    const [x, y] = ma !== undefined && mb !== undefined ? [ma, mb] : [hoursOf(a), hoursOf(b)];
    if (x === undefined || y === undefined) return undefined;
    return x < y ? -1 : x > y ? 1 : 0;
}

function sameDuration(a: Duration | undefined, b: Duration | undefined): boolean {
    if (!a || !b) return !a && !b;
    const order = durationOrder(a, b);
    return order === undefined ? durationText(a) === durationText(b) : order === 0;
}

function durationText(duration: Duration | undefined): string | undefined {
    return duration ? `${duration.value} ${duration.unit}` : undefined;
}

function disputesKey(a: Agreement): string | undefined {
    const d = a.disputes;
    if (!d) return undefined;
    return JSON.stringify([memberRelative(a, d.body), d.escalation ?? null, d.forum ?? null]);
}

function disputesValue(a: Agreement): string | undefined {
    const d = a.disputes;
    if (!d) return undefined;
    const body = memberRelative(a, d.body);
    const shown = body && !body.includes('.') ? `${idOf(a)}.${body}` : body ?? '';
    return `${shown}${d.escalation ? ` then ${d.escalation}` : ''}${d.forum !== undefined ? ` ${quote(d.forum)}` : ''}`;
}

/** A body named by its simple name or as `Agreement.Body`: the simple name, so a successor compares equal. */
function memberRelative(a: Agreement, reference: Reference | undefined): string | undefined {
    const text = ref(reference);
    const prefix = `${idOf(a)}.`;
    return text?.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** A string as CityPact writes it. */
function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

/** The last CST node of a property that is present. */
function propertyNode(node: AstNode, property: string): CstNode | undefined {
    const nodes = GrammarUtils.findNodesForProperty(node.$cstNode, property);
    return nodes.length ? nodes[nodes.length - 1] : undefined;
}

function placeIfPresent(node: AstNode, property: string): Place | undefined {
    const value = (node as unknown as Record<string, unknown>)[property];
    const present = Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
    return present ? placeOf(node, property) : undefined;
}

/** A scalar property: `changed` (or added/removed as a line) when its value, or given key, differs. */
function scalar(c: Collector, element: DiffElement, target: string, field: string, o: AstNode, n: AstNode, property: string,
    before: string | undefined, after: string | undefined, impact: DiffImpact, same = before === after): void {
    if (same) {
        c.anchor(o, n, property);
        return;
    }
    c.add(element, 'changed', target, field, before, after, impact, placeIfPresent(o, property), placeIfPresent(n, property));
}

/** A list that compares as a set (§8): order and repetition never make a change. */
function set(c: Collector, element: DiffElement, target: string, field: string, o: AstNode, n: AstNode, property: string,
    before: readonly string[], after: readonly string[], impact: DiffImpact): void {
    const delta = setDelta(unique(before), unique(after));
    if (!delta.added.length && !delta.removed.length) {
        c.anchor(o, n, property);
        return;
    }
    c.add(element, 'changed', target, field, unique(before), unique(after), impact, placeIfPresent(o, property), placeIfPresent(n, property));
}
