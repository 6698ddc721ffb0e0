import type { ChannelId } from "../../core/marketing/channels";
import {
  emptyPanelForm,
  isPanelLength,
  isPanelOutput,
  type PanelForm,
  type PanelFormProblem,
  type PanelOption,
} from "../../core/panel/panelMessages";
import type { PanelElements } from "./elements";

type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const formFields: readonly (keyof PanelForm)[] = ["name", "facts", "audience", "tone", "industry", "length", "keywords", "output"];

function controls(ui: PanelElements): Record<keyof PanelForm, FieldControl> {
  return {
    name: ui.name,
    facts: ui.facts,
    audience: ui.audience,
    tone: ui.tone,
    industry: ui.industry,
    length: ui.length,
    keywords: ui.keywords,
    output: ui.output,
  };
}

export function readForm(ui: PanelElements): PanelForm {
  return {
    name: ui.name.value,
    facts: ui.facts.value,
    audience: ui.audience.value,
    tone: ui.tone.value,
    industry: ui.industry.value,
    length: isPanelLength(ui.length.value) ? ui.length.value : emptyPanelForm.length,
    keywords: ui.keywords.value,
    output: isPanelOutput(ui.output.value) ? ui.output.value : emptyPanelForm.output,
  };
}

export function writeForm(ui: PanelElements, form: PanelForm): void {
  ui.name.value = form.name;
  ui.facts.value = form.facts;
  ui.audience.value = form.audience;
  ui.tone.value = form.tone;
  ui.keywords.value = form.keywords;
  keepChoice(ui.industry, form.industry);
  selectValue(ui.industry, form.industry, "");
  selectValue(ui.length, form.length, emptyPanelForm.length);
  selectValue(ui.output, form.output, emptyPanelForm.output);
}

/** Marks each field with a problem and names the problem beside it; clears the rest. Returns the first bad control. */
export function showProblems(ui: PanelElements, problems: readonly PanelFormProblem[]): FieldControl | undefined {
  let first: FieldControl | undefined;
  const byField = controls(ui);
  for (const field of formFields) {
    const control = byField[field];
    const messages = problems.filter((problem) => problem.field === field).map((problem) => problem.message);
    const errorLine = document.getElementById(`${control.id}-error`);
    if (messages.length > 0) {
      control.setAttribute("aria-invalid", "true");
      first ??= control;
    } else {
      control.removeAttribute("aria-invalid");
    }
    if (errorLine) {
      errorLine.textContent = messages.join(" ");
      errorLine.hidden = messages.length === 0;
    }
  }
  return first;
}

export function hasShownProblems(ui: PanelElements): boolean {
  return Object.values(controls(ui)).some((control) => control.getAttribute("aria-invalid") === "true");
}

/** Keeps the "workspace setting" choice the markup starts with and adds the host's profiles after it. */
export function fillIndustries(ui: PanelElements, industries: readonly PanelOption[]): void {
  const current = ui.industry.value;
  ui.industry.replaceChildren(new Option("Workspace setting", ""), ...industries.map((industry) => new Option(industry.label, industry.id)));
  selectValue(ui.industry, current, "");
}

export function fillOutputs(ui: PanelElements, channels: readonly PanelOption<ChannelId>[]): void {
  const current = ui.output.value;
  ui.output.replaceChildren(
    new Option("Product description", "description"),
    ...channels.map((channel) => new Option(`Marketing copy: ${channel.label}`, channel.id)),
  );
  selectValue(ui.output, current, emptyPanelForm.output);
}

/**
 * Before `init` the industry list holds only "workspace setting"; a saved profile id stays
 * chosen under its id until `init` brings the real list, which then keeps it or drops it.
 */
function keepChoice(select: HTMLSelectElement, value: string): void {
  if (value !== "" && !Array.from(select.options).some((option) => option.value === value)) select.add(new Option(value, value));
}

/** A value the list lacks (a profile since removed) would leave the select blank, so it falls back. */
function selectValue(select: HTMLSelectElement, value: string, fallback: string): void {
  select.value = Array.from(select.options).some((option) => option.value === value) ? value : fallback;
}
