import type { ProductBrief } from "../brief";
import { isChannelId, type ChannelId } from "../marketing/channels";

export const panelLengths = ["short", "standard", "long"] as const;
export type PanelLength = (typeof panelLengths)[number];

/** What the panel writes: a product description, or marketing copy for one channel. */
export type PanelOutput = "description" | ChannelId;

/** The product brief form as the user fills it in. Every field is raw text, so a half-typed form survives a reload. */
export interface PanelForm {
  readonly name: string;
  /** One fact per line. */
  readonly facts: string;
  readonly audience: string;
  readonly tone: string;
  /** An industry profile id; "" means the workspace's tailor.industry setting. */
  readonly industry: string;
  readonly length: PanelLength;
  /** Comma-separated. */
  readonly keywords: string;
  readonly output: PanelOutput;
}

/** Target words per length choice, handed to the prompt as the brief's `words`. */
export const panelLengthWords: Readonly<Record<PanelLength, number>> = { short: 80, standard: 150, long: 300 };

/**
 * What a user may type, in characters, shown as the inputs' maxlength and checked again by
 * panelFormProblems, because a restored or host-sent form never passed through the inputs.
 */
export const panelFormLimits = {
  name: 200,
  facts: 10_000,
  audience: 500,
  tone: 200,
  keywords: 1_000,
  keywordCount: 20,
} as const;

export const emptyPanelForm: PanelForm = {
  name: "",
  facts: "",
  audience: "",
  tone: "",
  industry: "",
  length: "standard",
  keywords: "",
  output: "description",
};

/** Profile ids are file names such as "outdoor-sports"; the host still checks that the profile exists. */
const industryIdPattern = /^(?:[a-z0-9][a-z0-9-]{0,63})?$/;

export function isPanelLength(value: string): value is PanelLength {
  return (panelLengths as readonly string[]).includes(value);
}

export function isPanelOutput(value: string): value is PanelOutput {
  return value === "description" || isChannelId(value);
}

export function isIndustryIdText(value: string): boolean {
  return industryIdPattern.test(value);
}

/** Pasted lists keep their bullets or numbers; the prompt lists facts itself, so the markers go, as parseBrief drops them. */
export function factLines(facts: string): string[] {
  return splitTrimmed(facts, /\r?\n/)
    .map((line) => line.replace(/^(?:[-*•]|\d+[.)])(?:\s+|$)/, "").trim())
    .filter((line) => line.length > 0);
}

export function keywordList(keywords: string): string[] {
  return splitTrimmed(keywords, ",");
}

export function briefFromPanelForm(form: PanelForm): ProductBrief {
  return {
    name: form.name.trim(),
    facts: factLines(form.facts),
    audience: optionalText(form.audience),
    tone: optionalText(form.tone),
    keywords: keywordList(form.keywords),
    words: panelLengthWords[form.length],
  };
}

export interface PanelFormProblem {
  /** The control to mark invalid. */
  readonly field: keyof PanelForm;
  readonly message: string;
}

/** Both sides run this: the webview to show problems beside the fields, the host to refuse a form that slipped past. */
export function panelFormFieldProblems(form: PanelForm): PanelFormProblem[] {
  const problems: PanelFormProblem[] = [];
  const tooLong = (field: "name" | "facts" | "audience" | "tone" | "keywords", label: string) => {
    const limit = panelFormLimits[field];
    if (form[field].length > limit) problems.push({ field, message: `${label} can be at most ${limit.toLocaleString("en-US")} characters.` });
  };
  tooLong("name", "The product name");
  if (factLines(form.facts).length === 0) problems.push({ field: "facts", message: "Add at least one fact." });
  tooLong("facts", "The facts");
  tooLong("audience", "The audience");
  tooLong("tone", "The tone");
  tooLong("keywords", "The keywords");
  if (keywordList(form.keywords).length > panelFormLimits.keywordCount) {
    problems.push({ field: "keywords", message: `Use at most ${panelFormLimits.keywordCount} keywords.` });
  }
  if (!isIndustryIdText(form.industry)) problems.push({ field: "industry", message: "Choose an industry from the list." });
  if (!isPanelLength(form.length)) problems.push({ field: "length", message: "Choose a length from the list." });
  if (!isPanelOutput(form.output)) problems.push({ field: "output", message: "Choose what to write from the list." });
  return problems;
}

export function panelFormProblems(form: PanelForm): string[] {
  return panelFormFieldProblems(form).map((problem) => problem.message);
}

function splitTrimmed(text: string, separator: RegExp | string): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * A new form from the tailor.brief.* settings. The industry stays "" (the workspace's
 * tailor.industry), so changing that setting later still steers a form left at its default.
 */
export function panelFormFromDefaults(defaults: { readonly audience: string; readonly tone: string; readonly length: string; readonly output: string }): PanelForm {
  return {
    ...emptyPanelForm,
    audience: defaults.audience.slice(0, 500),
    tone: defaults.tone.slice(0, 200),
    length: isPanelLength(defaults.length) ? defaults.length : emptyPanelForm.length,
    output: isPanelOutput(defaults.output) ? defaults.output : emptyPanelForm.output,
  };
}
