import * as vscode from "vscode";
import { emptyPanelForm, isPanelLength, isPanelOutput, type PanelForm } from "../../core/panel/panelMessages";

/**
 * A new form, filled from the tailor.brief.* settings. The industry stays "" (the workspace's
 * tailor.industry), so changing that setting later still steers a form left at its default.
 */
export function defaultPanelForm(): PanelForm {
  const brief = vscode.workspace.getConfiguration("tailor.brief");
  const length = brief.get<string>("length", emptyPanelForm.length);
  const output = brief.get<string>("output", emptyPanelForm.output);
  return {
    ...emptyPanelForm,
    audience: brief.get<string>("audience", "").slice(0, 500),
    tone: brief.get<string>("tone", "").slice(0, 200),
    length: isPanelLength(length) ? length : emptyPanelForm.length,
    output: isPanelOutput(output) ? output : emptyPanelForm.output,
  };
}
