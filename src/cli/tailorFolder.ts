import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import * as path from "node:path";
import type { TailorFolder } from "../writing/workspaceVoice";

/**
 * The `.tailor` folder the command line steers with: the one beside the input file, else the one
 * in the working directory, as a workspace opened there in VS Code would use.
 */
export function findTailorFolder(inputPath: string, workingDirectory: string): string | undefined {
  for (const dir of [path.dirname(path.resolve(inputPath)), path.resolve(workingDirectory)]) {
    const candidate = path.join(dir, ".tailor");
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
  }
  return undefined;
}

/** A `.tailor` folder on disk, read with Node. */
export function nodeTailorFolder(folder: string): TailorFolder {
  return {
    readText: (relativePath) => readFile(path.join(folder, relativePath), "utf8").catch(() => undefined),
    approvedNames: () => readdir(path.join(folder, "approved")).catch(() => [] as string[]),
  };
}
