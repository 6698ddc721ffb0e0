import type { ChannelPack } from "./channelPack";
import { ChannelPackError, parseChannelPack } from "./parseChannelPack";

/** A workspace's pack file: its path as the user should read it (".tailor/packs/x.json") and its text. */
export interface ChannelPackFile {
  readonly fileName: string;
  readonly text: string;
}

export interface LoadedChannelPacks {
  readonly packs: readonly ChannelPack[];
  /** One line per file that could not be used, naming the file and what is wrong with it. */
  readonly problems: readonly string[];
}

/**
 * The built-in packs with a workspace's pack files applied: a file named after a built-in pack
 * extends it (see parseChannelPack), any other adds a pack. A file that fails to parse is left
 * out with its problem reported, so one bad edit never takes the built-in rules away.
 */
export function withWorkspacePacks(builtIns: readonly ChannelPack[], files: readonly ChannelPackFile[]): LoadedChannelPacks {
  const packs = [...builtIns];
  const problems: string[] = [];
  for (const file of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch (error) {
      problems.push(`${file.fileName}: not valid JSON (${(error as Error).message}).`);
      continue;
    }
    try {
      const id = typeof data === "object" && data !== null && "id" in data ? data.id : undefined;
      const base = builtIns.find((pack) => pack.id === id);
      const pack = parseChannelPack(data, file.fileName, base);
      // Ids match file names, so a file either extends a built-in pack or adds a new one.
      if (base) packs[packs.indexOf(base)] = pack;
      else packs.push(pack);
    } catch (error) {
      if (!(error instanceof ChannelPackError)) throw error;
      problems.push(error.message);
    }
  }
  return { packs, problems };
}
