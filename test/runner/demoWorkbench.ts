import * as path from "node:path";
import { fixture, repoRoot } from "../support/paths";
import { available, missingReason, realModels } from "../support/realModels";
import { startServer, type RunningServer } from "./codeServer";

export interface DemoWorkbench {
  readonly server: RunningServer;
  readonly model: string;
  /** The address a person opens. */
  readonly url: string;
}

/**
 * The workbench `npm start` opens for people: Tailor installed as an ordinary extension, on the
 * sample workspace, without the smoke-test driver (it would hide every notification).
 */
export async function startDemoWorkbench(options: { model: string; port?: number; host?: string; machineSettings?: Record<string, unknown> }): Promise<DemoWorkbench> {
  const workspace = path.join(repoRoot, "samples", "workspace");
  const server = await startServer({
    machineSettings: {
      "tailor.model": options.model,
      // The demo is about Tailor: VS Code's own chat would take a third of the window, and the
      // sample workspace inside this repository would prompt to open the repository.
      "chat.disableAIFeatures": true,
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      "git.openRepositoryInParentFolders": "never",
      ...options.machineSettings,
    },
    smokeTestDriver: false,
    installedExtension: repoRoot,
    port: options.port ?? 0,
    host: options.host,
  });
  return { server, model: options.model, url: server.url(workspace, [["skipWelcome", "true"]]) };
}

/** TAILOR_MODEL, else the real instruct model set-up fetched, else the gibberish-writing fixture. */
export function demoModel(warn: (line: string) => void = console.warn): string {
  if (process.env.TAILOR_MODEL) return path.resolve(process.env.TAILOR_MODEL);
  if (available("smolLm2")) return realModels.smolLm2;
  warn(`${missingReason("smolLm2")}\nUsing the tiny test model instead: it shows the whole flow, but writes gibberish.`);
  return fixture("tiny-a");
}
