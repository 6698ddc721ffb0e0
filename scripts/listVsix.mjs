// Prints a VSIX's size and the entries that matter (the bundle and the native runtime), and fails
// if something that must be there is missing or something that must not be there is present.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";

const vsix = process.argv[2];
const entries = execFileSync("unzip", ["-Z1", vsix], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).split("\n").filter(Boolean);
const required = [
  "extension/dist/extension.js",
  "extension/dist/worker.js",
  "extension/dist/downloader.js",
  "extension/dist/cli.js",
  "extension/dist/webview/panel.js",
  "extension/media/panel/panel.css",
  "extension/media/tailor-activity.svg",
  "extension/node_modules/node-llama-cpp/package.json",
  "extension/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/llama-addon.node",
  "extension/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/libllama.v0.5.0.so",
];
const forbidden = [/^extension\/test\//, /^extension\/bench\//, /^extension\/src\//, /^extension\/out\//, /gitRelease\.bundle$/, /@node-llama-cpp\/(?!linux-x64\/)/, /^extension\/\.vscode-test\//, /^extension\/\.cache\//, /\.map$/];
const missing = required.filter((entry) => !entries.includes(entry));
const unwanted = entries.filter((entry) => forbidden.some((pattern) => pattern.test(entry)));
const sizeMb = (statSync(vsix).size / 1024 / 1024).toFixed(1);
console.log(`${vsix}: ${sizeMb} MB, ${entries.length} files`);
for (const entry of entries.filter((e) => /^extension\/dist\/|bins\/linux-x64\/(llama-addon\.node|libllama)/.test(e))) console.log(`  ${entry}`);
if (missing.length || unwanted.length) {
  for (const entry of missing) console.error(`missing from the VSIX: ${entry}`);
  for (const entry of unwanted.slice(0, 20)) console.error(`must not be in the VSIX: ${entry}`);
  process.exit(1);
}
