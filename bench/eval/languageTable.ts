import { numberChanges } from "../../src/core/translation/keptNumbers";
import type { EvalBrief } from "./evalBrief";
import type { OutputScore } from "./scoreOutput";
import { textTable } from "./textTable";

/** Per language: is the copy in it, are the numbers the same, and did the model keep the limits. */
export interface LanguageRow {
  readonly language: string;
  readonly outputs: number;
  readonly languageIdPct: number;
  readonly numbersKeptPct: number;
  readonly limitsHeldPct: number;
}

/**
 * Numbers kept: a translation lost or changed none of its source's numbers; copy written in the
 * language states no number its brief's facts lack. Limits held: the model's own text fitted every
 * limit, before Tailor trimmed anything (what is written always fits). Computed from stored
 * outputs alone, so rescoreEval prints it for an earlier result.
 */
export function languageRows(scores: readonly OutputScore[], briefFor: (score: OutputScore) => EvalBrief | undefined): LanguageRow[] {
  const languages = [...new Set(scores.map((score) => score.language))].sort();
  return languages.map((language) => {
    const group = scores.filter((score) => score.language === language && !score.error);
    const pct = (pick: (score: OutputScore) => boolean) => (group.length === 0 ? 0 : (100 * group.filter(pick).length) / group.length);
    return {
      language,
      outputs: group.length,
      languageIdPct: pct((score) => score.detectedLanguage === score.language),
      numbersKeptPct: pct((score) => numbersKept(score, briefFor(score))),
      limitsHeldPct: pct((score) => score.cuts.length === 0),
    };
  });
}

function numbersKept(score: OutputScore, brief: EvalBrief | undefined): boolean {
  if (score.source !== undefined) {
    const changes = numberChanges(score.source, score.copy);
    return changes.missing.length === 0 && changes.added.length === 0;
  }
  return numberChanges((brief?.brief.facts ?? []).join("\n"), score.copy).added.length === 0;
}

/** The brief an output was written (or translated) from: a translation's label is the brief's with "→de". */
export function briefOfOutput(briefs: readonly EvalBrief[], score: OutputScore): EvalBrief | undefined {
  const label = score.label.split("→")[0];
  return briefs.find((brief) => brief.label === label);
}

export function formatLanguageTable(rows: readonly LanguageRow[]): string {
  const header = ["language", "n", "language-ID", "numbers kept", "limits held"];
  const cells = rows.map((row) => [row.language, String(row.outputs), `${row.languageIdPct.toFixed(0)}%`, `${row.numbersKeptPct.toFixed(0)}%`, `${row.limitsHeldPct.toFixed(0)}%`]);
  return textTable(header, cells);
}
