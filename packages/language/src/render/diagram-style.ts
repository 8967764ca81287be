/**
 * The diagram's visual language as CSS (docs/render.md). Colours are CSS variables
 * so that one SVG follows the page's light or dark scheme and, inside VS Code, the
 * editor theme (html.ts maps the variables to VS Code's own). Only classes are
 * used, never `style` attributes: the preview's content-security policy allows
 * styles from its one nonce'd `<style>` element and nothing else.
 */

/** Light defaults; html.ts overrides them for dark schemes and VS Code themes. */
export const DIAGRAM_COLOR_DEFAULTS = `
  --cp-fg: #1f2328;
  --cp-muted: #59636e;
  --cp-bg: #ffffff;
  --cp-node-fill: #ffffff;
  --cp-node-stroke: #8c959f;
  --cp-lead: #0b5cad;
  --cp-org-fill: #fff7e6;
  --cp-org-stroke: #b7791f;
  --cp-service: #1a7f37;
  --cp-service-fill: #eef8f0;
  --cp-body: #6639ba;
  --cp-body-fill: #f5f0ff;
  --cp-card-fill: #ffffff;
  --cp-plain: #0969da;
  --cp-personal: #bf6a02;
  --cp-sensitive: #cf222e;
  --cp-province: #eef2f7;
  --cp-city: #f4f7fb;
  --cp-district: #f8fafc;
  --cp-township: #fbfcfd;
  --cp-cluster-stroke: #b6c2cf;
  --cp-font: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif;
`;

/** Dark defaults, for `prefers-color-scheme: dark` outside VS Code. */
export const DIAGRAM_COLOR_DARK = `
  --cp-fg: #e6edf3;
  --cp-muted: #9198a1;
  --cp-bg: #0d1117;
  --cp-node-fill: #161b22;
  --cp-node-stroke: #6e7681;
  --cp-lead: #58a6ff;
  --cp-org-fill: #2b2111;
  --cp-org-stroke: #d29922;
  --cp-service: #3fb950;
  --cp-service-fill: #12261b;
  --cp-body: #a371f7;
  --cp-body-fill: #1f1933;
  --cp-card-fill: #161b22;
  --cp-plain: #4493f8;
  --cp-personal: #d29922;
  --cp-sensitive: #f85149;
  --cp-province: #161d27;
  --cp-city: #131a23;
  --cp-district: #11171f;
  --cp-township: #10151c;
  --cp-cluster-stroke: #3d4a5a;
`;

export const DIAGRAM_CSS = `
.cp-diagram { font-family: var(--cp-font); color: var(--cp-fg); max-width: 100%; height: auto; }
.cp-diagram text { fill: var(--cp-fg); }
.cp-diagram .cp-t-kicker { font-size: 10.5px; font-weight: 600; fill: var(--cp-muted); }
.cp-diagram .cp-t-title { font-size: 13px; font-weight: 700; }
.cp-diagram .cp-t-subtitle { font-size: 11px; fill: var(--cp-muted); }
.cp-diagram .cp-t-detail { font-size: 11px; }
.cp-diagram .cp-cluster rect { stroke: var(--cp-cluster-stroke); stroke-width: 1; }
.cp-diagram .cp-cluster.level-province rect { fill: var(--cp-province); stroke-width: 1.6; }
.cp-diagram .cp-cluster.level-city rect { fill: var(--cp-city); stroke-width: 1.3; }
.cp-diagram .cp-cluster.level-district rect { fill: var(--cp-district); stroke-dasharray: 6 3; }
.cp-diagram .cp-cluster.level-township rect { fill: var(--cp-township); stroke-dasharray: 2 3; }
.cp-diagram .cp-cluster-title { font-size: 11px; font-weight: 600; fill: var(--cp-muted); paint-order: stroke; stroke-width: 4px; stroke-linejoin: round; }
.cp-diagram .cp-cluster-title.level-province { stroke: var(--cp-province); }
.cp-diagram .cp-cluster-title.level-city { stroke: var(--cp-city); }
.cp-diagram .cp-cluster-title.level-district { stroke: var(--cp-district); }
.cp-diagram .cp-cluster-title.level-township { stroke: var(--cp-township); }
.cp-diagram .cp-node > rect { fill: var(--cp-node-fill); stroke: var(--cp-node-stroke); stroke-width: 1.2; }
.cp-diagram .cp-node.role-lead > rect { stroke: var(--cp-lead); stroke-width: 2.6; }
.cp-diagram .cp-node.role-lead .cp-t-kicker { fill: var(--cp-lead); }
.cp-diagram .cp-node.role-observer > rect { stroke-dasharray: 5 3; }
.cp-diagram .cp-node.role-observer text { fill: var(--cp-muted); }
.cp-diagram .cp-node.organization > rect { fill: var(--cp-org-fill); stroke: var(--cp-org-stroke); }
.cp-diagram .cp-node.kind-actor > rect { stroke-dasharray: 4 3; }
.cp-diagram .cp-node.third-party > rect { stroke-dasharray: 1 3; stroke-width: 1.6; }
.cp-diagram .cp-node.unresolved > rect { stroke: var(--cp-sensitive); stroke-dasharray: 3 2; }
.cp-diagram .cp-node.kind-service > rect { fill: var(--cp-service-fill); stroke: var(--cp-service); stroke-width: 1.4; }
.cp-diagram .cp-node.kind-service .cp-t-kicker { fill: var(--cp-service); }
.cp-diagram .cp-node.kind-body > rect { fill: var(--cp-body-fill); stroke: var(--cp-body); stroke-width: 1.4; }
.cp-diagram .cp-node.kind-body .cp-t-kicker { fill: var(--cp-body); }
.cp-diagram .cp-node.kind-exchange > rect { fill: var(--cp-card-fill); stroke-width: 1.4; }
.cp-diagram .cp-node.kind-exchange > .cp-stripe { stroke: none; }
.cp-diagram .data-plain > rect, .cp-diagram .data-plain > .cp-stripe { stroke: var(--cp-plain); }
.cp-diagram .data-plain > .cp-stripe { fill: var(--cp-plain); }
.cp-diagram .data-plain .cp-t-kicker { fill: var(--cp-plain); }
.cp-diagram .data-personal > rect { stroke: var(--cp-personal); }
.cp-diagram .data-personal > .cp-stripe { fill: var(--cp-personal); }
.cp-diagram .data-personal .cp-t-kicker { fill: var(--cp-personal); }
.cp-diagram .data-sensitive > rect { stroke: var(--cp-sensitive); stroke-width: 2.2; }
.cp-diagram .data-sensitive > .cp-stripe { fill: var(--cp-sensitive); }
.cp-diagram .data-sensitive .cp-t-kicker { fill: var(--cp-sensitive); }
.cp-diagram .cp-node.data-core > rect { stroke-width: 3; }
.cp-diagram .cp-edge { fill: none; stroke-width: 1.6; }
.cp-diagram .cp-edge.kind-provides, .cp-diagram .cp-edge.kind-uses { stroke: var(--cp-service); }
.cp-diagram .cp-edge.data-plain { stroke: var(--cp-plain); }
.cp-diagram .cp-edge.data-personal { stroke: var(--cp-personal); stroke-width: 2; }
.cp-diagram .cp-edge.data-sensitive { stroke: var(--cp-sensitive); stroke-width: 2.6; }
.cp-diagram .cp-edge.kind-onward { stroke-dasharray: 7 4; stroke-width: 1.4; }
.cp-diagram .cp-marker-service { fill: var(--cp-service); }
.cp-diagram .cp-marker-plain { fill: var(--cp-plain); }
.cp-diagram .cp-marker-personal { fill: var(--cp-personal); }
.cp-diagram .cp-marker-sensitive { fill: var(--cp-sensitive); }
.cp-diagram .cp-legend text { font-size: 11px; fill: var(--cp-muted); }
.cp-diagram .cp-legend .cp-legend-title { font-weight: 600; }
.cp-diagram a .cp-node { cursor: pointer; }
.cp-diagram a:hover .cp-node > rect, .cp-diagram a:focus .cp-node > rect { filter: brightness(0.96); stroke-width: 2.6; }
`;
