import { channelPacks } from "../core/channelPacks/channelPacks";
import { withWorkspacePacks, type LoadedChannelPacks } from "../core/channelPacks/withWorkspacePacks";

/** A workspace's `.tailor/packs` folder, however a surface reads it. */
export interface PackFolder {
  /** The names of the files in `.tailor/packs`; none when there is no such folder. */
  fileNames(): Promise<readonly string[]>;
  /** A file's text, by its name in `.tailor/packs`; undefined when it cannot be read. */
  readText(fileName: string): Promise<string | undefined>;
}

/**
 * The packs in force: the built-in ones, extended or added to by `.tailor/packs/*.json`. A
 * workspace's files decide what copy is flagged and rewritten, so an untrusted workspace's
 * folder is not read at all and the built-in packs apply as shipped.
 */
export async function readWorkspacePacks(folder: PackFolder | undefined, trusted: boolean): Promise<LoadedChannelPacks> {
  if (!folder || !trusted) return { packs: channelPacks, problems: [] };
  const files = [];
  for (const name of await folder.fileNames()) {
    if (!name.toLowerCase().endsWith(".json")) continue;
    const text = await folder.readText(name);
    if (text !== undefined) files.push({ fileName: `.tailor/packs/${name}`, text });
  }
  return withWorkspacePacks(channelPacks, files);
}
