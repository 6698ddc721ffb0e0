import { promises as fs } from "node:fs";
import * as path from "node:path";

export class CatalogOutputError extends Error {
  override readonly name = "CatalogOutputError";
}

/** "products.csv" -> "products.tailor.csv", next to the input. */
export function defaultOutputPath(inputPath: string): string {
  const extension = path.extname(inputPath);
  const stem = extension ? inputPath.slice(0, -extension.length) : inputPath;
  return `${stem}.tailor${extension || ".csv"}`;
}

/** Refuses an output that is the input under another name (a link, another spelling, a hard link). */
export async function assertNotInput(inputPath: string, outputPath: string): Promise<void> {
  const input = await fs.realpath(inputPath);
  const output = await canonicalPath(outputPath);
  let sameFile = input === output;
  if (!sameFile) {
    const [inputStat, outputStat] = await Promise.all([fs.stat(input), fs.stat(output).catch(() => undefined)]);
    sameFile = outputStat !== undefined && outputStat.dev === inputStat.dev && outputStat.ino === inputStat.ino;
  }
  if (sameFile) {
    throw new CatalogOutputError(`The output file is the input file (${inputPath}). Tailor never overwrites the input: choose another output file.`);
  }
}

async function canonicalPath(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(target)), path.basename(target));
    } catch {
      return path.resolve(target);
    }
  }
}
