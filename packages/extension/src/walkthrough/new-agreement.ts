import * as vscode from 'vscode';

/** A first agreement that checks clean against the standard library alone. */
export const AGREEMENT_TEMPLATE = `/** 新的城市间合作协议。 A new inter-city cooperation agreement. */
agreement FirstCooperation "沪杭合作框架协议" en "Shanghai–Hangzhou Cooperation Framework" {
  version 1.0.0
  dimensions cross-region
  signed 2025-01-10
  effective 2025-02-01 until 2028-01-31

  party Shanghai role lead signatory "市长"
  party Hangzhou signatory "市长"

  body JointCommittee "沪杭合作联席会议" en "Shanghai–Hangzhou Joint Committee" {
    members Shanghai, Hangzhou
    chair Shanghai
    decides by unanimity
    meets half-yearly
  }

  service OnlineServices "政务服务跨省通办" en "Cross-Province Online Services" {
    mode online
    provider Shanghai
    users Hangzhou
    responds within 5 days
    costs {
      Shanghai 50%
      Hangzhou 50%
    }
  }

  clause Confidentiality "各方对合作中获取的信息负有保密义务。" en "Each party keeps information obtained in the cooperation confidential."

  disputes by JointCommittee then higher-authority
  amendment by unanimity
  termination notice 90 days
}
`;

/**
 * "CityPact: New Agreement from Template": asks where to save a first agreement,
 * writes the template there and opens it, so diagnostics and the workspace's
 * registries apply at once (an untitled file would have no workspace around it).
 */
export function registerNewAgreementCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('citypact.newAgreement', async () => {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const target = await vscode.window.showSaveDialog({
            defaultUri: folder ? vscode.Uri.joinPath(folder, 'first-agreement.citypact') : undefined,
            filters: { CityPact: ['citypact'] },
            title: vscode.l10n.t('Save the new agreement'),
        });
        if (!target) return;
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(AGREEMENT_TEMPLATE));
        await vscode.window.showTextDocument(target);
    }));
}
