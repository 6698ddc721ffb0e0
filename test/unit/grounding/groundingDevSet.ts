import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { ProductBrief } from "../../../src/core/brief";
import { repoRoot } from "../../support/paths";

/** One labelled pair of the development set: a brief, copy written from it, and the copy's unsupported spans. */
export interface GroundingDevItem {
  readonly industry: string;
  readonly brief: ProductBrief;
  readonly copy: string;
  readonly unsupported: readonly { readonly text: string; readonly kind: string }[];
}

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

/** Free-standing features ("free parking") lie outside what the checker reads; they are measured apart. */
export const outOfScopeKinds: ReadonlySet<string> = new Set(["feature"]);

/** The development set the checker was built against, or the smaller one written after it was built ("groundingFreshSet.jsonl"). */
export function loadGroundingDevSet(name = "groundingDevSet.jsonl"): GroundingDevItem[] {
  const file = path.join(repoRoot, "test", "unit", "grounding", name);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const raw = JSON.parse(line) as GroundingDevItem & { brief: Partial<ProductBrief> };
      return { ...raw, brief: { name: raw.brief.name ?? "", facts: raw.brief.facts ?? [], keywords: raw.brief.keywords ?? [] } };
    });
}

/** Each labelled span's offsets: its first occurrence in the copy as whole words ("2 hours", not the end of "12 hours"). */
export function goldSpans(item: GroundingDevItem): GoldSpan[] {
  return item.unsupported.map((span) => {
    const escaped = span.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const start = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, "u").exec(item.copy)?.index ?? item.copy.indexOf(span.text);
    if (start < 0) throw new Error(`"${span.text}" is not in the copy of ${item.brief.name}`);
    return { start, end: start + span.text.length, kind: span.kind };
  });
}
