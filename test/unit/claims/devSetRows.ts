import { readFileSync } from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../../support/paths";

export interface DevSetRow {
  readonly id: string;
  readonly industry: string;
  readonly category: string;
  readonly label: "violation" | "negative";
  readonly source: string;
  readonly text: string;
  /** Which fresh round wrote it ("fresh-round-47"); absent for the first rows. */
  readonly written?: string;
}

export const devSetPath = path.join(repoRoot, "test", "unit", "claims", "claimsDevSet.jsonl");

export function readDevSet(file = devSetPath): DevSetRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as DevSetRow);
}
