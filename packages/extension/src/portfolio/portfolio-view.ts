import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    PORTFOLIO_REQUEST_METHOD,
    type PortfolioRequestParams, type PortfolioRequestResult, type PortfolioStatusName, type PortfolioTreeAgreement, type PortfolioTreeDeadline,
} from 'citypact-language/portfolio-protocol';

/**
 * The CityPact view in the explorer and the "Open Portfolio Report" page
 * (docs/report.md): both ask the language server for `citypact/portfolio`, so they
 * show what `citypact report` would, for today in China. They refresh when the
 * server publishes new diagnostics (it has rebuilt after an edit or a change on
 * disk), debounced so that typing does not re-ask on every keystroke.
 */

/** Most urgent first: what an office looks at first. */
const GROUP_ORDER: PortfolioStatusName[] = ['expiring', 'in-force', 'signed', 'draft', 'expired', 'superseded'];
const REFRESH_MS = 400;

type Node =
    | { kind: 'group'; status: PortfolioStatusName; agreements: PortfolioTreeAgreement[] }
    | { kind: 'agreement'; agreement: PortfolioTreeAgreement }
    | { kind: 'deadline'; agreement: PortfolioTreeAgreement; deadline: PortfolioTreeDeadline }
    | { kind: 'message'; text: string };

function statusLabel(status: PortfolioStatusName): string {
    switch (status) {
        case 'expiring': return vscode.l10n.t('Expiring within 90 days');
        case 'in-force': return vscode.l10n.t('In force');
        case 'signed': return vscode.l10n.t('Signed, not yet effective');
        case 'draft': return vscode.l10n.t('Draft');
        case 'expired': return vscode.l10n.t('Expired');
        case 'superseded': return vscode.l10n.t('Superseded');
    }
}

export class PortfolioTree implements vscode.TreeDataProvider<Node> {
    private readonly changed = new vscode.EventEmitter<Node | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private result: PortfolioRequestResult | undefined;
    private error: string | undefined;

    constructor(private readonly clientOf: () => LanguageClient | undefined) {}

    async refresh(): Promise<void> {
        const client = this.clientOf();
        if (!client || !client.isRunning()) return;
        try {
            this.result = await client.sendRequest<PortfolioRequestResult>(PORTFOLIO_REQUEST_METHOD, {} satisfies PortfolioRequestParams);
            this.error = undefined;
        } catch (error) {
            this.error = vscode.l10n.t('CityPact: the portfolio could not be computed: {0}', (error as Error)?.message ?? String(error));
        }
        this.changed.fire(undefined);
    }

    getChildren(node?: Node): Node[] {
        if (!node) {
            if (this.error) return [{ kind: 'message', text: this.error }];
            if (!this.result) return [{ kind: 'message', text: vscode.l10n.t('Loading the portfolio…') }];
            if (this.result.agreements.length === 0) return [{ kind: 'message', text: vscode.l10n.t('No agreement in this workspace.') }];
            return GROUP_ORDER
                .map(status => ({ kind: 'group' as const, status, agreements: this.result!.agreements.filter(a => a.status === status) }))
                .filter(group => group.agreements.length > 0);
        }
        if (node.kind === 'group') return node.agreements.map(agreement => ({ kind: 'agreement' as const, agreement }));
        if (node.kind === 'agreement') return node.agreement.deadlines.map(deadline => ({ kind: 'deadline' as const, agreement: node.agreement, deadline }));
        return [];
    }

    getTreeItem(node: Node): vscode.TreeItem {
        switch (node.kind) {
            case 'message':
                return new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
            case 'group': {
                const item = new vscode.TreeItem(statusLabel(node.status), node.status === 'expired' || node.status === 'superseded'
                    ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
                item.description = String(node.agreements.length);
                item.id = `group:${node.status}`;
                item.contextValue = 'citypact.statusGroup';
                return item;
            }
            case 'agreement': {
                const { agreement } = node;
                const overdue = agreement.deadlines.filter(d => d.status === 'overdue').length;
                const item = new vscode.TreeItem(agreement.label || agreement.id, agreement.deadlines.length
                    ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
                item.id = `agreement:${agreement.id}`;
                item.description = [agreement.id, agreement.until ? vscode.l10n.t('until {0}', agreement.until) : '', overdue ? vscode.l10n.t('{0} overdue', overdue) : '']
                    .filter(Boolean).join(' · ');
                item.tooltip = `${agreement.label}\n${agreement.id} — ${statusLabel(agreement.status)}`;
                item.iconPath = new vscode.ThemeIcon(overdue ? 'warning' : agreement.status === 'expiring' ? 'clock' : 'file-text');
                item.command = openCommand(agreement.uri, agreement.line);
                item.contextValue = 'citypact.agreement';
                return item;
            }
            case 'deadline': {
                const { deadline } = node;
                const item = new vscode.TreeItem(`${deadline.due}  ${deadline.label}`, vscode.TreeItemCollapsibleState.None);
                item.id = `deadline:${deadline.obligation}`;
                item.description = deadline.status === 'overdue' ? vscode.l10n.t('overdue') : vscode.l10n.t('due');
                item.tooltip = deadline.obligation;
                item.iconPath = new vscode.ThemeIcon(deadline.status === 'overdue' ? 'error' : 'calendar');
                item.command = openCommand(node.agreement.uri, deadline.line);
                return item;
            }
        }
    }
}

function openCommand(uri: string, line: number): vscode.Command {
    const position = new vscode.Position(Math.max(0, line - 1), 0);
    return {
        command: 'vscode.open',
        title: vscode.l10n.t('Open'),
        arguments: [vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) } satisfies vscode.TextDocumentShowOptions],
    };
}

/** The report page in a webview: the server's HTML, no script, styles allowed by nonce only. */
class PortfolioReportPanel {
    static current: PortfolioReportPanel | undefined;

    private constructor(readonly panel: vscode.WebviewPanel, private readonly clientOf: () => LanguageClient | undefined) {
        panel.onDidDispose(() => { PortfolioReportPanel.current = undefined; });
    }

    static show(clientOf: () => LanguageClient | undefined): PortfolioReportPanel {
        if (PortfolioReportPanel.current) {
            PortfolioReportPanel.current.panel.reveal();
        } else {
            const panel = vscode.window.createWebviewPanel('citypact.portfolioReport', vscode.l10n.t('CityPact Portfolio'), vscode.ViewColumn.Active, {
                enableScripts: false, enableCommandUris: false, localResourceRoots: [],
            });
            PortfolioReportPanel.current = new PortfolioReportPanel(panel, clientOf);
        }
        void PortfolioReportPanel.current.refresh();
        return PortfolioReportPanel.current;
    }

    async refresh(): Promise<void> {
        const client = this.clientOf();
        if (!client || !client.isRunning()) return;
        const nonce = randomBytes(18).toString('base64');
        try {
            const result = await client.sendRequest<PortfolioRequestResult>(PORTFOLIO_REQUEST_METHOD, {
                html: { cspSource: this.panel.webview.cspSource, nonce },
            } satisfies PortfolioRequestParams);
            this.panel.title = vscode.l10n.t('CityPact Portfolio ({0})', result.asOf);
            this.panel.webview.html = result.html ?? '';
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: the portfolio could not be computed: {0}', (error as Error)?.message ?? String(error)));
        }
    }
}

export function registerPortfolio(context: vscode.ExtensionContext, clientOf: () => LanguageClient | undefined): { refresh(): void } {
    const tree = new PortfolioTree(clientOf);
    const view = vscode.window.createTreeView('citypact.portfolio', { treeDataProvider: tree, showCollapseAll: true });
    let timer: NodeJS.Timeout | undefined;
    const refresh = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            if (view.visible) void tree.refresh();
            void PortfolioReportPanel.current?.refresh();
        }, REFRESH_MS);
    };
    context.subscriptions.push(
        view,
        view.onDidChangeVisibility(() => { if (view.visible) refresh(); }),
        // The server publishes diagnostics after every rebuild: the portfolio may have changed with them.
        vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(uri => uri.path.endsWith('.citypact'))) refresh();
        }),
        vscode.commands.registerCommand('citypact.openPortfolioReport', () => { PortfolioReportPanel.show(clientOf); }),
        vscode.commands.registerCommand('citypact.refreshPortfolio', () => { void tree.refresh(); void PortfolioReportPanel.current?.refresh(); }),
        { dispose: () => clearTimeout(timer) },
    );
    return { refresh };
}
