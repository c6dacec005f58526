import * as vscode from 'vscode';

export interface ShownItem {
  node: unknown;
  label: string;
  description: string;
}

/** The children of `node` (the roots without it) as the view would show them. */
export async function shownChildren(tree: vscode.TreeDataProvider<unknown>, node?: unknown): Promise<ShownItem[]> {
  const children = (await tree.getChildren(node)) ?? [];
  return Promise.all(
    children.map(async (child) => {
      const item = await tree.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const description = typeof item.description === 'string' ? item.description : '';
      return { node: child, label, description };
    }),
  );
}
