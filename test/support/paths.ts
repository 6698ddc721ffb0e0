import { existsSync } from "node:fs";
import * as path from "node:path";

/** The repository root, from a test bundled to out/test/<dir>/<file>.js or run in place. */
export const repoRoot = findRoot(__dirname);
export const fixturesDir = path.join(repoRoot, "test", "fixtures", "models");
export const workerPath = path.join(repoRoot, "dist", "worker.js");

/** The machine settings a test run meant to set, as JSON, for tests that check they took effect. */
export const intendedMachineSettingsVariable = "TAILOR_INTENDED_MACHINE_SETTINGS";

export type FixtureModel = "tiny-a" | "tiny-b" | "broken-truncated" | "broken-not-gguf" | "broken-missing-keys" | "smollm2-135m-shaped-q8_0";

export function fixture(name: FixtureModel): string {
  return path.join(fixturesDir, `${name}.gguf`);
}

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
}
