import { renderDescription } from "../../core/catalog/formats/renderDescription";
import type { ProductBrief } from "../../core/brief";
import { withBriefLanguage } from "../briefLanguage";
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
import { descriptionScorer, renderedCopyScorer, type CopyScorer } from "../../core/scores/copyScorers";
import { scoreRows } from "../../core/scores/scoreDisplay";
import { findIndustryProfile } from "../../core/profiles/industryProfiles";
import { profileForBrief } from "../../core/profiles/profileForBrief";
import type { StructuredJob } from "../../core/structuredJob";
import type { CopyFinding } from "../../writing/copyChecks";
import { outcomeNotes } from "../../writing/outcomeNotes";
import { writeCopy } from "../../writing/writeCopy";
import { editorTerms, editorWriteOptions } from "../editorWriting";
import type { TailorServices } from "../tailorServices";
import type { PanelResult } from "./panelHistory";

/** One output kind of the panel: the shared job, and how its drafts look in the preview. */
interface PanelJob<Draft> {
  readonly job: StructuredJob<Draft>;
  readonly preview: (draft: Draft, status: PreviewStatus, note: string | undefined, findings: readonly PreviewFinding[]) => PanelPreview;
  readonly html?: (draft: Draft) => string;
  readonly score: CopyScorer<Draft>;
}

/** The panel writes one variant: Regenerate gives another, and one fits a sidebar preview. */
const panelVariants = 1;

/**
 * Writes what the form asks for through the one writing path the commands use (writeCopy)
 * and streams each newer draft to `onPreview`. Resolves with the finished result; engine and
 * model errors are thrown for the caller to report.
 */
export async function generateFromPanelForm(services: TailorServices, form: PanelForm, signal: AbortSignal, onPreview: (preview: PanelPreview) => void): Promise<PanelResult> {
  const brief = withBriefLanguage(briefFromPanelForm(form));
  if (form.output === "description") {
    return run(services, form, brief, signal, onPreview, {
      job: productDescriptionJob(brief),
      preview: previewFromProductDescription,
      html: (draft) => renderDescription(draft, "html"),
      score: descriptionScorer(brief),
    });
  }
  const channel = channels[form.output];
  // The workspace's own packs (.tailor/packs) apply in the panel as they do to the command.
  const job = marketingCopyJob(brief, channel, panelVariants, await services.channelPacks.packs());
  return run(services, form, brief, signal, onPreview, {
    job,
    preview: (draft, status, note, findings) => previewFromChannelDraft(channel, draft, status, note, findings),
    score: renderedCopyScorer(job.render),
  });
}

async function run<Draft>(
  services: TailorServices,
  form: PanelForm,
  brief: ProductBrief,
  signal: AbortSignal,
  onPreview: (preview: PanelPreview) => void,
  panelJob: PanelJob<Draft>,
): Promise<PanelResult> {
  const { job } = panelJob;
  // "" follows the workspace's tailor.industry; an unknown id (a profile since removed) does too.
  const panelProfile = (form.industry && findIndustryProfile(form.industry)) || services.profile.profile;
  const profile = profileForBrief(brief, panelProfile);
  const options = await editorWriteOptions(services, { briefText: job.briefText, brief }, " (panel)", profile);
  const outcome = await writeCopy(services.engine, job, {
    ...options,
    signal,
    onDraft: (draft, attempt) => onPreview(panelJob.preview(draft, "writing", attempt > 1 ? "Rewriting without the flagged claims…" : undefined, [])),
    onRetry: (findings) => onPreview(panelJob.preview(job.toDraft(undefined), "writing", `The draft broke ${findings.length} rule(s) of ${profile.displayName}: writing it again…`, [])),
  });
  const notes = outcomeNotes(outcome, editorTerms, options.maxTokens);
  const flagged = [notes.flagged, notes.unsupported].filter(Boolean).join(" ");
  const note = notes.cancelled ?? notes.incomplete ?? ([flagged && `${flagged} See the warnings below.`, notes.removed].filter(Boolean).join(" ") || undefined);
  const preview = panelJob.preview(outcome.draft, outcome.status, note, outcome.findings.map(toPreviewFinding));
  // Cut-short copy is not what would be published, so it is not scored.
  const score = outcome.status === "cancelled" ? undefined : panelJob.score(outcome.draft);
  return {
    form,
    preview: score ? { ...preview, scores: { overall: score.score, rows: scoreRows(score) } } : preview,
    markdown: job.render(outcome.draft),
    html: panelJob.html?.(outcome.draft),
  };
}

function toPreviewFinding(finding: CopyFinding): PreviewFinding {
  return { text: finding.text, reason: finding.reason };
}
