// Bundles the extension, the model worker, the tests and the helper scripts with esbuild.
// node-llama-cpp stays external and is loaded with a real dynamic import() (an ESM-only package
// with top-level await: require() cannot load it), which needs a target of node20 or later.
import * as esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: production ? false : "linked",
  minify: production,
  external: ["vscode", "node-llama-cpp", "mocha", "playwright-core", "@vscode/test-electron"],
  logLevel: "warning",
};

function filesUnder(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => pattern.test(f));
}

const builds = [
  { ...common, entryPoints: { extension: "src/extension.ts", worker: "src/engine/worker/workerMain.ts", downloader: "src/models/download/downloaderMain.ts" }, outdir: "dist" },
  // `tailor catalog …` (package.json "bin"); it forks dist/worker.js beside it.
  { ...common, entryPoints: { cli: "src/cli/tailorCli.ts" }, outdir: "dist", banner: { js: "#!/usr/bin/env node" } },
  // The Tailor panel's script runs in the webview, a browser page: one self-contained file.
  {
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2022",
    sourcemap: common.sourcemap,
    minify: production,
    logLevel: common.logLevel,
    entryPoints: { panel: "src/webview/panel/main.ts" },
    outdir: "dist/webview",
  },
];
if (!production) {
  const testEntries = Object.fromEntries(
    [
      ...filesUnder("test", /\.ts$/),
      ...filesUnder("scripts", /\.ts$/),
      ...filesUnder("bench", /\.ts$/),
    ].map((f) => [relative(".", f).replace(/\.ts$/, ""), f]),
  );
  builds.push({ ...common, entryPoints: testEntries, outdir: "out" });
}

// The worker's native completion loop (dist/native/), rebuilt only when its inputs change.
if (process.platform === "linux") execFileSync("bash", ["scripts/buildNativeCompletion.sh"], { stdio: "inherit" });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // npx and a global install run the bin directly.
  chmodSync("dist/cli.js", 0o755);
}
