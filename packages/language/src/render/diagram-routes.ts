import type { Point } from './diagram-layout.js';

/**
 * Edge routes that never run through a node or along another edge.
 *
 * dagre places nodes in rows (ranks, top to bottom; `rankalign: 'top'` lines up each
 * row's top edge) and gives each edge one point per row it crosses, in a column it
 * keeps free. A smooth curve through those points can still cut through a node of
 * the same row when its target is far to the side, and a red arrow that seems to run
 * through another data card tells the reader something false.
 *
 * So edges are routed like lines on a metro map: straight down through rows, in the
 * columns dagre reserved, and sideways only in the gaps between rows, each sideways
 * run on its own track so that no two runs overlap. A gap with many tracks is made
 * taller, moving the rows below it down. Where several edges meet one side of a
 * node, their ends are spread along that side in the order they head to, so
 * arrowheads do not pile up on one point. Corners are rounded when drawn (routePath).
 */

export interface Box {
    id: string;
    x: number;
    y: number;
    width: number;
    height: number;
    /**
     * Room the jurisdiction boxes around a node take above it (their titles and
     * padding) and below it: tracks stay out of both, so lines run between boxes,
     * not along their borders or through their titles.
     */
    margin?: { above: number; below: number };
}

export interface RoutedEdge {
    id: string;
    from: string;
    to: string;
    /** dagre's points: first and last on the node borders, one per rank in between. */
    points: Point[];
}

/** Distance between two tracks, and between a track and the rows around it. */
const TRACK_SPACING = 7;

interface Row {
    top: number;
    bottom: number;
    /** The largest margins of the row's nodes. */
    above: number;
    below: number;
}

/** One edge, top to bottom: the x where it crosses each row, from its upper to its lower node. */
interface Path {
    edge: RoutedEdge;
    downward: boolean;
    upper: Box;
    lower: Box;
    firstRow: number;
    /** columns[0] is the upper node's port, the last one the lower node's port. */
    columns: number[];
}

interface Run {
    path: Path;
    /** Gap index: the gap below row `gap`. */
    gap: number;
    from: number;
    to: number;
    track?: number;
}

/**
 * Routes the edges; moves rows down where a gap needs more tracks (the boxes are
 * changed in place, so call this before anything is placed relative to them).
 */
export function routeEdges(nodes: Box[], edges: RoutedEdge[]): Map<string, Point[]> {
    const byId = new Map(nodes.map(n => [n.id, n]));
    const rows = rowsOf(nodes);
    const rowOf = (y: number) => rows.findIndex(r => Math.abs(r.top - y) < 1);

    const paths: Path[] = [];
    for (const edge of edges) {
        const source = byId.get(edge.from);
        const target = byId.get(edge.to);
        if (!source || !target || source === target) continue;
        const downward = source.y <= target.y;
        const [upper, lower] = downward ? [source, target] : [target, source];
        const firstRow = rowOf(upper.y);
        const lastRow = rowOf(lower.y);
        if (firstRow < 0 || lastRow <= firstRow) continue;
        // dagre's dummy points, one in each row the edge passes through, keep their columns.
        const via = edge.points.slice(1, -1);
        const columns = [centre(upper)];
        for (let row = firstRow + 1; row < lastRow; row++) {
            const point = via.find(p => Math.abs(p.y - rows[row].top) < 1);
            columns.push(point ? point.x : columns[columns.length - 1]);
        }
        columns.push(centre(lower));
        paths.push({ edge, downward, upper, lower, firstRow, columns });
    }

    spreadPorts(paths);
    const runs = assignTracks(paths);
    const trackY = makeRoomForTracks(rows, runs, nodes);

    const routes = new Map<string, Point[]>();
    for (const path of paths) {
        const route: Point[] = [{ x: path.columns[0], y: path.upper.y + path.upper.height }];
        path.columns.slice(1).forEach((x, i) => {
            const gap = path.firstRow + i;
            const previous = path.columns[i];
            const run = runs.find(r => r.path === path && r.gap === gap);
            const y = run?.track !== undefined ? trackY(gap, run.track) : rows[gap].bottom;
            route.push({ x: previous, y }, { x, y });
            route.push({ x, y: i + 1 < path.columns.length - 1 ? rows[gap + 1].bottom : path.lower.y });
        });
        const simplified = withoutRedundantPoints(route);
        routes.set(path.edge.id, path.downward ? simplified : simplified.reverse());
    }
    return routes;
}

function centre(box: Box): number {
    return box.x + box.width / 2;
}

/** Rows of nodes (their tops line up), top to bottom, each down to its lowest bottom. */
function rowsOf(nodes: Box[]): Row[] {
    const rows: Row[] = [];
    for (const node of nodes) {
        let row = rows.find(r => Math.abs(r.top - node.y) < 1);
        if (!row) rows.push(row = { top: node.y, bottom: node.y, above: 0, below: 0 });
        row.bottom = Math.max(row.bottom, node.y + node.height);
        row.above = Math.max(row.above, node.margin?.above ?? 0);
        row.below = Math.max(row.below, node.margin?.below ?? 0);
    }
    return rows.sort((a, b) => a.top - b.top);
}

/**
 * Several ends on one side of a node are spread over its middle 60%, ordered by the
 * column each heads to, so that they do not cross right at the node.
 */
function spreadPorts(paths: Path[]): void {
    const sides = new Map<string, { path: Path; index: number; heading: number }[]>();
    const add = (key: string, entry: { path: Path; index: number; heading: number }) => {
        sides.set(key, [...(sides.get(key) ?? []), entry]);
    };
    for (const path of paths) {
        const last = path.columns.length - 1;
        add(`${path.upper.id}\0bottom`, { path, index: 0, heading: path.columns[1] });
        add(`${path.lower.id}\0top`, { path, index: last, heading: path.columns[last - 1] });
    }
    for (const [key, ends] of sides) {
        if (ends.length < 2) continue;
        const box = key.endsWith('\0bottom') ? ends[0].path.upper : ends[0].path.lower;
        ends.sort((a, b) => a.heading - b.heading || a.path.edge.id.localeCompare(b.path.edge.id));
        ends.forEach((end, i) => { end.path.columns[end.index] = box.x + box.width * (0.2 + (0.6 * i) / (ends.length - 1)); });
    }
}

/**
 * Puts each sideways run on a track of its gap, first fit: runs whose extents do not
 * overlap may share a track, overlapping runs never do.
 */
function assignTracks(paths: Path[]): Run[] {
    const runs: Run[] = [];
    for (const path of paths) {
        for (let i = 1; i < path.columns.length; i++) {
            const from = path.columns[i - 1];
            const to = path.columns[i];
            if (Math.abs(from - to) >= 0.5) runs.push({ path, gap: path.firstRow + i - 1, from, to });
        }
    }
    const byGap = new Map<number, Run[]>();
    for (const run of runs) byGap.set(run.gap, [...(byGap.get(run.gap) ?? []), run]);
    for (const gapRuns of byGap.values()) {
        // Runs to the right take the upper tracks the further right they start, runs to the
        // left the further left they start: then a run's vertical ends never cross the
        // neighbouring runs of a fan (channel routing's usual order).
        const rightward = gapRuns.filter(r => r.to > r.from).sort((a, b) => b.from - a.from || a.to - b.to);
        const leftward = gapRuns.filter(r => r.to < r.from).sort((a, b) => a.from - b.from || b.to - a.to);
        const tracks: [number, number][][] = [];
        for (const run of [...rightward, ...leftward]) {
            const left = Math.min(run.from, run.to) - TRACK_SPACING;
            const right = Math.max(run.from, run.to) + TRACK_SPACING;
            let track = tracks.findIndex(used => used.every(([l, r]) => right < l || left > r));
            if (track < 0) track = tracks.push([]) - 1;
            tracks[track].push([left, right]);
            run.track = track;
        }
    }
    return runs;
}

/**
 * Makes each gap tall enough for its tracks by moving every row below it (nodes and
 * dagre's points alike) down, and returns where track `t` of gap `g` lies.
 */
function makeRoomForTracks(rows: Row[], runs: Run[], nodes: Box[]): (gap: number, track: number) => number {
    const count = rows.map((_, gap) => Math.max(0, ...runs.filter(r => r.gap === gap).map(r => r.track! + 1)));
    // The free band of a gap: below the upper row's boxes, above the lower row's titles.
    const band = (gap: number) => ({ top: rows[gap].bottom + rows[gap].below, bottom: rows[gap + 1].top - rows[gap + 1].above });
    let shift = 0;
    const shifts = rows.map((_, index) => {
        const before = shift;
        if (index < rows.length - 1) {
            const { top, bottom } = band(index);
            shift += Math.max(0, (count[index] + 1) * TRACK_SPACING - (bottom - top));
        }
        return before;
    });
    for (const node of nodes) {
        const row = rows.findIndex(r => Math.abs(r.top - node.y) < 1);
        if (row >= 0) node.y += shifts[row];
    }
    rows.forEach((row, index) => { row.top += shifts[index]; row.bottom += shifts[index]; });
    return (gap, track) => {
        const { top, bottom } = band(gap);
        return top + ((bottom - top) * (track + 1)) / (count[gap] + 1);
    };
}

/** Drops points in the middle of a straight line. */
function withoutRedundantPoints(points: Point[]): Point[] {
    const result: Point[] = [];
    for (const point of points) {
        const last = result[result.length - 1];
        if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
        if (result.length >= 2) {
            const before = result[result.length - 2];
            const vertical = Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - point.x) < 0.01;
            const horizontal = Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - point.y) < 0.01;
            if (vertical || horizontal) result.pop();
        }
        result.push(point);
    }
    return result;
}

/** SVG path data for a route: straight lines with rounded corners. */
export function routePath(points: Point[], radius = 6): string {
    if (points.length === 0) return 'M0,0';
    const f = (p: Point) => `${round(p.x)},${round(p.y)}`;
    let d = `M${f(points[0])}`;
    for (let i = 1; i < points.length; i++) {
        const corner = points[i];
        const next = points[i + 1];
        if (!next) {
            d += ` L${f(corner)}`;
            break;
        }
        const previous = points[i - 1];
        const r = Math.min(radius, distance(previous, corner) / 2, distance(corner, next) / 2);
        d += ` L${f(towards(corner, previous, r))} Q${f(corner)} ${f(towards(corner, next, r))}`;
    }
    return d;
}

function distance(a: Point, b: Point): number {
    return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, length: number): Point {
    const d = distance(from, to) || 1;
    return { x: from.x + ((to.x - from.x) * length) / d, y: from.y + ((to.y - from.y) * length) / d };
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
