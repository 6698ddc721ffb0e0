/**
 * Starts a real VS Code (the offline VS Code 1.139 server) with Tailor loaded, on the sample
 * workspace, and prints the address to open in a browser. Uses TAILOR_MODEL as the model when
 * set, otherwise SmolLM2-135M-Instruct from set-up's cache (the tiny fixture when it is missing).
 * PORT (default 8080) and HOST (default 127.0.0.1) choose where it listens. Ctrl+C stops it.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { fixture, repoRoot } from "../support/paths";
import { available, missingReason, realModels } from "../support/realModels";
import { startServer } from "./codeServer";

async function main(): Promise<void> {
  const model = demoModel();
  if (!existsSync(model)) throw new Error(`No model at ${model}. Set TAILOR_MODEL to a .gguf file.`);
  const workspace = path.join(repoRoot, "samples", "workspace");
  const server = await startServer({
    machineSettings: {
      "tailor.model": model,
      // The demo is about Tailor: VS Code's own chat would take a third of the window, and the
      // sample workspace inside this repository would prompt to open the repository.
      "chat.disableAIFeatures": true,
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      "git.openRepositoryInParentFolders": "never",
    },
    // A workbench for people: the smoke-test driver would hide every notification, so Tailor is
    // installed (linked) as an ordinary extension instead of loaded for development.
    smokeTestDriver: false,
    installedExtension: repoRoot,
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? "127.0.0.1",
  });
  const url = server.url(workspace, [["skipWelcome", "true"]]);
  console.log(`VS Code ${"1.139"} with Tailor is running. Model: ${model}`);
  console.log(`Open this address in a browser:\n\n  ${url}\n`);
  console.log("Then select a brief in samples/workspace/briefs and run \"Tailor: Generate Product Description\" (F1). Ctrl+C stops the server.");
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await new Promise<void>((resolve) => server.process.once("exit", () => resolve()));
}

/** TAILOR_MODEL, else the real instruct model set-up fetched, else the gibberish-writing fixture. */
function demoModel(): string {
  if (process.env.TAILOR_MODEL) return path.resolve(process.env.TAILOR_MODEL);
  if (available("smolLm2")) return realModels.smolLm2;
  console.warn(`${missingReason("smolLm2")}\nUsing the tiny test model instead: it shows the whole flow, but writes gibberish.`);
  return fixture("tiny-a");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
