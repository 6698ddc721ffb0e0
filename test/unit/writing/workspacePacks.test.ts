import * as assert from "node:assert/strict";
import { channelPacks } from "../../../src/core/channelPacks/channelPacks";
import { readWorkspacePacks, type PackFolder } from "../../../src/writing/workspacePacks";

/** A `.tailor/packs` folder in memory that remembers what was read from it. */
function folderOf(files: Record<string, string>): PackFolder & { readonly reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    fileNames: async () => {
      reads.push("(list)");
      return Object.keys(files);
    },
    readText: async (name) => {
      reads.push(name);
      return files[name];
    },
  };
}

const stricter = JSON.stringify({ id: "amazon-listing", fields: { bullet: { label: "Bullet point", maxChars: 100 } } });

describe("workspace packs: the loading decision", () => {
  it("reads .tailor/packs/*.json in a trusted workspace", async () => {
    const folder = folderOf({ "amazon-listing.json": stricter, "notes.md": "not a pack" });
    const { packs, problems } = await readWorkspacePacks(folder, true);
    assert.deepEqual(problems, []);
    assert.equal(packs.find((pack) => pack.id === "amazon-listing")?.fields.bullet?.maxChars, 100);
    assert.deepEqual(folder.reads, ["(list)", "amazon-listing.json"]);
  });

  it("does not read the folder at all in an untrusted workspace: the built-in packs apply", async () => {
    const folder = folderOf({ "amazon-listing.json": stricter });
    const { packs, problems } = await readWorkspacePacks(folder, false);
    assert.equal(packs, channelPacks);
    assert.deepEqual(problems, []);
    assert.deepEqual(folder.reads, []);
  });

  it("names a bad file with its path in .tailor", async () => {
    const { packs, problems } = await readWorkspacePacks(folderOf({ "amazon-listing.json": "{" }), true);
    assert.match(problems[0] ?? "", /^\.tailor\/packs\/amazon-listing\.json: not valid JSON/);
    assert.deepEqual(packs, channelPacks);
  });
});
