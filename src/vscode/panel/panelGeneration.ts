import type { ClaimFinding } from "../../core/claims/checkClaims";
import { renderDescription } from "../../core/catalog/formats/renderDescription";
import { marketingCopyJob } from "../../core/marketing/marketingCopyJob";
import { channels } from "../../core/marketing/channels";
import {
  briefFromPanelForm,
  previewFromChannelDraft,
  previewFromProductDescription,
  type PanelForm,
  type PanelPreview,
  type PreviewFinding,
  type PreviewStatus,
} from "../../core/panel/panelMessages";
import { productDescriptionJob } from "../../core/productDescription/productDescriptionJob";
import { findIndustryProfile } from "../../core/profiles/industryProfiles";
import type { StructuredJob } from "../../core/structuredJob";
import { writeChecked } from "../../engine/structured/writeChecked";
import { logPrompt } from "../promptLog";
import { readSettings } from "../settings";
import type { TailorServices } from "../tailorServices";
import type { PanelResult } from "./panelHistory";

/** One output kind of the panel: the shared job, and how its drafts look in the preview. */
interface PanelJob<Draft> {
  readonly job: StructuredJob<Draft>;
  readonly preview: (draft: Draft, status: PreviewStatus, note: string | undefined, findings: readonly PreviewFinding[]) => PanelPreview;
  readonly html?: (draft: Draft) => string;
}

/** The panel writes one variant: Regenerate gives another, and one fits a sidebar preview. */
const panelVariants = 1;

/**
 * Writes what the form asks for through the same checked path as the commands (writeChecked)
 * and streams each newer draft to `onPreview`. Resolves with the finished result; engine and
 * model errors are thrown for the caller to report.
 */
export function generateFromPanelForm(services: TailorServices, form: PanelForm, signal: AbortSignal, onPreview: (preview: PanelPreview) => void): Promise<PanelResult> {
  const brief = briefFromPanelForm(form);
  if (form.output === "description") {
    return run(services, form, signal, onPreview, {
      job: productDescriptionJob(brief),
      preview: previewFromProductDescription,
      html: (draft) => renderDescription(draft, "html"),
    });
  }
  const channel = channels[form.output];
  return run(services, form, signal, onPreview, {
    job: marketingCopyJob(brief, channel, panelVariants),
    preview: (draft, status, note, findings) => previewFromChannelDraft(channel, draft, status, note, findings),
  });
}

async function run<Draft>(
  services: TailorServices,
  form: PanelForm,
  signal: AbortSignal,
  onPreview: (preview: PanelPreview) => void,
  panelJob: PanelJob<Draft>,
): Promise<PanelResult> {
  const settings = readSettings();
  const { job } = panelJob;
  // "" follows the workspace's tailor.industry; an unknown id (a profile since removed) does too.
  const profile = (form.industry && findIndustryProfile(form.industry)) || services.profile.profile;
  const written = await writeChecked(services.engine, job, {
    guidance: await services.profile.guidance(job.briefText, profile),
    rules: await services.profile.rules(profile),
    maxTokens: settings.maxTokens,
    temperature: settings.temperature,
    priority: "user",
    signal,
    onPrompt: (description, messages) => logPrompt(services.log, `${description} (panel), ${profile.displayName}`, messages),
    onDraft: (draft, attempt) => onPreview(panelJob.preview(draft, "writing", attempt > 1 ? "Rewriting without the flagged claims…" : undefined, [])),
    onRetry: (findings) => onPreview(panelJob.preview(job.toDraft(undefined), "writing", `The draft broke ${findings.length} rule(s) of ${profile.displayName}: writing it again…`, [])),
  });
  const missing = job.missing(written.draft);
  let status: PreviewStatus = "completed";
  let note: string | undefined;
  if (written.result.stopReason === "cancelled") {
    status = "cancelled";
    note = `Cancelled after ${written.result.tokens} tokens; what the model had written is kept.`;
  } else if (missing.length > 0) {
    status = "incomplete";
    note =
      written.result.stopReason === "maxTokens"
        ? `Incomplete: the model reached tailor.generation.maxTokens (${settings.maxTokens}) before writing ${missing.join(", ")}.`
        : `Incomplete: ${missing.join("; ")}.`;
  } else if (written.findings.length > 0) {
    note = `Even after a rewrite this copy breaks ${written.findings.length} rule(s) of ${profile.displayName}; see the warnings below.`;
  }
  return {
    form,
    preview: panelJob.preview(written.draft, status, note, written.findings.map(toPreviewFinding)),
    markdown: job.render(written.draft),
    html: panelJob.html?.(written.draft),
  };
}

function toPreviewFinding(finding: ClaimFinding): PreviewFinding {
  return { text: finding.matchedText, reason: finding.reason };
}
