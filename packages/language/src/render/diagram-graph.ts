import type { ActorRef, AgreementView, ExchangeView, LabelView, ServiceView } from './agreement-view.js';
import { levelTerm, personalDataTerm, term } from './terms.js';

/**
 * What the diagram shows, before any coordinates (docs/render.md, "The diagram"):
 *
 * - every party, and every other actor the agreement's services, exchanges and
 *   bodies name, as a box inside the boxes of the jurisdictions it lies in, so the
 *   regions and levels of a cooperation are visible;
 * - each service as a node between its provider and its users;
 * - each exchange as an arrow from the sender through a label card (dataset, purpose,
 *   legal basis) to every recipient, coloured by how personal the data is;
 * - each body as a node listing its chair and members, inside the smallest
 *   jurisdiction box that holds all of them.
 */

export type DiagramNodeKind = 'party' | 'actor' | 'service' | 'exchange' | 'body';

/** One line of text in a node, before wrapping. */
export interface TextRow {
    text: string;
    style: 'kicker' | 'title' | 'subtitle' | 'detail';
    /** At most this many lines after wrapping; the last one ends in … when cut. */
    maxLines: number;
}

export interface DiagramNode {
    /** Unique in the graph: `party:Shanghai.MedicalSecurity`, `exchange:YRD.Records`. */
    id: string;
    kind: DiagramNodeKind;
    /** The qualified name it stands for. */
    ref: string;
    rows: TextRow[];
    /** Source line in the agreement file (a party's `party` line, a member's first line). */
    line: number;
    /** The innermost jurisdiction cluster it sits in, if any. */
    cluster?: string;
    /** CSS classes beyond the kind: `role-lead`, `data-sensitive`, `third-party`, ... */
    classes: string[];
    /** Shown as the node's tooltip: its qualified name and what it is. */
    tooltip: string;
    /** Nodes to place below this one, without a visible line (a body sits above its chair). */
    above?: string[];
}

export interface DiagramCluster {
    id: string;
    ref: string;
    /** `上海市 Shanghai · 市级`. */
    title: string;
    /** `上海市 · 市级`, for a box too narrow for the title. */
    shortTitle: string;
    /** `province`, `city`, `district` or `township`. */
    level: string;
    parent?: string;
}

export type DiagramEdgeKind = 'provides' | 'uses' | 'sends' | 'receives' | 'onward';

export interface DiagramEdge {
    id: string;
    from: string;
    to: string;
    kind: DiagramEdgeKind;
    line: number;
    classes: string[];
}

export interface DiagramGraph {
    nodes: DiagramNode[];
    clusters: DiagramCluster[];
    edges: DiagramEdge[];
}

export function diagramGraph(view: AgreementView): DiagramGraph {
    return new GraphBuilder(view).build();
}

class GraphBuilder {
    private readonly nodes = new Map<string, DiagramNode>();
    private readonly clusters = new Map<string, DiagramCluster>();
    private readonly edges: DiagramEdge[] = [];
    private readonly partyIds: Set<string>;
    private readonly partyLabels = new Map<string, string>();

    constructor(private readonly view: AgreementView) {
        this.partyIds = new Set(view.parties.map(p => p.actor.id));
        for (const party of view.parties) this.partyLabels.set(party.actor.id, shortLabel(party.actor));
    }

    build(): DiagramGraph {
        const view = this.view;
        for (const party of view.parties) this.partyNode(party.actor, party.role, party.line);
        for (const service of view.services) this.service(service);
        for (const exchange of view.exchanges) this.exchange(exchange);
        // Bodies list their members instead of drawing a line to each: with two or three
        // bodies of five members, the lines would cross every data flow in the picture.
        for (const body of view.bodies) {
            const id = `body:${body.id}`;
            const decides = body.decidesBy ? term(body.decidesBy) : undefined;
            // §2.5: a declared kind says what sort of body it is (联席会议, 专门工作组 …).
            const kind = body.kind ? `${term(body.kind).zh} ${term(body.kind).en}` : `${term('body').zh} body`;
            this.nodes.set(id, {
                id, kind: 'body', ref: body.id, line: body.line, classes: [],
                tooltip: `${body.id} (body)`,
                above: body.chair && this.nodes.has(`actor:${body.chair.id}`) ? [`actor:${body.chair.id}`] : undefined,
                cluster: this.commonCluster(body.members.map(m => this.nodes.get(`actor:${m.id}`)?.cluster)),
                rows: [
                    row([kind, decides && `${decides.zh} ${decides.en}`].filter(Boolean).join(' · '), 'kicker', 2),
                    ...labelRows(body.label),
                    ...(body.chair ? [row(`召集人 chair: ${shortLabel(body.chair)}`, 'detail', 2)] : []),
                    row(`成员 members: ${body.members.map(shortLabel).join('、') || '—'}`, 'detail', 5),
                ],
            });
        }
        this.placeMembersInClusters();
        return { nodes: [...this.nodes.values()], clusters: [...this.clusters.values()], edges: this.edges };
    }

    /**
     * A service, exchange or body whose actors all lie in one jurisdiction is drawn
     * inside that jurisdiction's box: a data flow within Shanghai stays within the
     * Shanghai box, and only flows between jurisdictions cross box borders.
     */
    private placeMembersInClusters(): void {
        for (const node of this.nodes.values()) {
            if (node.kind === 'party' || node.kind === 'actor' || node.kind === 'body') continue;
            const ends = this.edges.filter(e => e.from === node.id || e.to === node.id)
                .map(e => this.nodes.get(e.from === node.id ? e.to : e.from)!);
            node.cluster = ends.length ? this.commonCluster(ends.map(n => n.cluster)) : undefined;
        }
    }

    private commonCluster(clusters: (string | undefined)[]): string | undefined {
        const chain = (id: string | undefined): string[] => {
            const result: string[] = [];
            for (let c = id; c; c = this.clusters.get(c)?.parent) result.unshift(c);
            return result;
        };
        const chains = clusters.map(chain);
        const common: string[] = [];
        for (let i = 0; chains.every(c => c.length > i && c[i] === chains[0][i]); i++) common.push(chains[0][i]);
        return common[common.length - 1];
    }

    private service(service: ServiceView): void {
        const id = `service:${service.id}`;
        const mode = service.mode ? term(service.mode) : undefined;
        const rows: TextRow[] = [
            row(['服务 service', mode && `${mode.zh} ${mode.en}`].filter(Boolean).join(' · '), 'kicker', 2),
            ...labelRows(service.label),
        ];
        if (service.collectsAt || service.processesAt) {
            const collects = service.collectsAt ? shortLabel(service.collectsAt) : '?';
            const processes = service.processesAt ? shortLabel(service.processesAt) : '?';
            rows.push(row(`${collects}代收 → ${processes}代办`, 'detail', 2));
        }
        this.nodes.set(id, { id, kind: 'service', ref: service.id, line: service.line, rows, classes: [], tooltip: `${service.id} (service)` });
        if (service.provider) this.edge(this.actorNode(service.provider, service.line), id, 'provides', service.line, []);
        for (const user of service.users) this.edge(id, this.actorNode(user, service.line), 'uses', service.line, []);
    }

    private exchange(exchange: ExchangeView): void {
        const id = `exchange:${exchange.id}`;
        const dataset = exchange.dataset;
        const grade = dataset?.personalData ?? 'none';
        const sensitivity = grade === 'sensitive' ? 'data-sensitive' : grade === 'ordinary' ? 'data-personal' : 'data-plain';
        const classes = [sensitivity, ...(dataset?.classification === 'core' ? ['data-core'] : [])];
        const personal = personalDataTerm(grade);
        const classification = dataset?.classification && dataset.classification !== 'general' ? ` · ${term(dataset.classification).zh}` : '';
        const basis = exchange.basis ? term(exchange.basis) : undefined;
        const rows: TextRow[] = [
            row(`${personal.zh} ${personal.en}${classification}`, 'kicker', 2),
            ...(dataset?.label ? labelRows(dataset.label) : [row(dataset?.id ?? exchange.label.text, 'title', 3)]),
            row(`用途 purpose: ${exchange.purpose ?? '未写明 none'}`, 'detail', 3),
            row(`依据 basis: ${basis ? `${basis.zh} ${basis.en}` : '未写明 none'}`, 'detail', 2),
            ...(exchange.frequency ? [row(`频次 frequency: ${term(exchange.frequency).zh} ${term(exchange.frequency).en}`, 'detail')] : []),
        ];
        this.nodes.set(id, {
            id, kind: 'exchange', ref: exchange.id, line: exchange.line, rows, classes,
            tooltip: `${exchange.id}: ${exchange.label.text}${exchange.label.en ? ` (${exchange.label.en})` : ''}`,
        });
        if (exchange.from) this.edge(this.actorNode(exchange.from, exchange.line), id, 'sends', exchange.line, classes);
        for (const recipient of exchange.to) this.edge(id, this.actorNode(recipient, exchange.line), 'receives', exchange.line, classes);
        if (exchange.onward && !exchange.onward.forbidden) {
            for (const third of exchange.onward.allowedTo) {
                this.edge(id, this.actorNode(third, exchange.line), 'onward', exchange.line, classes);
            }
        }
    }

    /** A party's node; a party named twice (a `duplicate-party` error) keeps its first. */
    private partyNode(actor: ActorRef, role: string, line: number): string {
        const id = `actor:${actor.id}`;
        if (this.nodes.has(id)) return id;
        const kind = kindTerm(actor);
        const roleTerm = term(role);
        const kicker = [role !== 'member' ? `${roleTerm.zh} ${roleTerm.en}` : undefined, kind].filter(Boolean).join(' · ');
        this.nodes.set(id, {
            id, kind: 'party', ref: actor.id, line, cluster: this.clusterOf(actor),
            rows: [row(kicker, 'kicker'), ...actorRows(actor)],
            classes: [`role-${role}`, ...(actor.kind === 'organization' ? ['organization'] : []), ...(actor.resolved ? [] : ['unresolved'])],
            tooltip: `${actor.id} (party, ${role})`,
        });
        return id;
    }

    /**
     * The node of an actor named by a member. Actors that are not parties themselves
     * still appear: a department of a party jurisdiction (it belongs to that party),
     * a third party allowed to receive data onward, or an actor that should be a
     * party and is not (a `not-a-party` error the reader should see).
     */
    private actorNode(actor: ActorRef, line: number): string {
        const id = `actor:${actor.id}`;
        if (this.nodes.has(id)) return id;
        const party = [...this.partyIds].find(p => actor.id.startsWith(`${p}.`));
        const status = !actor.resolved ? ['unresolved', '未解析 unresolved']
            : party ? ['belongs-to-party', `隶属 ${this.partyLabels.get(party)}`]
                : ['third-party', '协议外 not a party'];
        this.nodes.set(id, {
            id, kind: 'actor', ref: actor.id, line, cluster: this.clusterOf(actor),
            rows: [row([status[1], actor.resolved ? kindTerm(actor) : undefined].filter(Boolean).join(' · '), 'kicker', 2), ...actorRows(actor)],
            classes: [status[0], ...(actor.kind === 'organization' ? ['organization'] : [])],
            tooltip: `${actor.id} (${party ? `belongs to the party ${party}` : actor.resolved ? 'not a party' : 'unresolved'})`,
        });
        return id;
    }

    /** Creates the clusters of an actor's jurisdictions and returns the innermost one. */
    private clusterOf(actor: ActorRef): string | undefined {
        let parent: string | undefined;
        for (const jurisdiction of actor.jurisdictions) {
            const id = `jurisdiction:${jurisdiction.id}`;
            if (!this.clusters.has(id)) {
                const level = levelTerm(jurisdiction.level);
                const english = jurisdiction.label.en ? ` ${jurisdiction.label.en}` : '';
                this.clusters.set(id, {
                    id, ref: jurisdiction.id, level: jurisdiction.level, parent,
                    title: `${jurisdiction.label.text}${english} · ${level.zh}`,
                    shortTitle: `${jurisdiction.label.text} · ${level.zh}`,
                });
            }
            parent = id;
        }
        return parent;
    }

    private edge(from: string, to: string, kind: DiagramEdgeKind, line: number, classes: string[]): void {
        this.edges.push({ id: `edge:${this.edges.length + 1}`, from, to, kind, line, classes });
    }
}

function row(text: string, style: TextRow['style'], maxLines = 1): TextRow {
    return { text, style, maxLines };
}

/** The official name, then a translation when there is one. */
function labelRows(label: LabelView): TextRow[] {
    const translation = label.en ?? label.zh;
    return [row(label.text, 'title', 3), ...(translation && translation !== label.text ? [row(translation, 'subtitle', 2)] : [])];
}

function actorRows(actor: ActorRef): TextRow[] {
    return actor.label ? labelRows(actor.label) : [row(actor.id, 'title', 3)];
}

/** What kind of actor, in Chinese: jurisdictions act through their people's government (§2.2). */
function kindTerm(actor: ActorRef): string | undefined {
    if (!actor.kind) return undefined;
    if (actor.kind === 'department') return term('department').zh;
    if (actor.kind === 'organization') return term(actor.organizationKind ?? 'organization').zh;
    return term('government').zh;
}

/** The label as written, for mentions inside other nodes; the name when unresolved. */
export function shortLabel(actor: ActorRef): string {
    return actor.label?.text ?? actor.id;
}
