/**
 * Starts a real VS Code (the offline VS Code 1.139 server) with Tailor installed, on the sample
 * workspace, and prints the address to open in a browser. Uses TAILOR_MODEL as the model when
 * set, otherwise SmolLM2-135M-Instruct from set-up's cache (the tiny fixture when it is missing).
 * PORT (default 8080) and HOST (default 127.0.0.1) choose where it listens. Ctrl+C stops it.
 */
import { existsSync } from "node:fs";
import { demoModel, startDemoWorkbench } from "./demoWorkbench";

async function main(): Promise<void> {
  const model = demoModel();
  if (!existsSync(model)) throw new Error(`No model at ${model}. Set TAILOR_MODEL to a .gguf file.`);
  const { server, url } = await startDemoWorkbench({ model, port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? "127.0.0.1" });
  console.log(`VS Code 1.139 with Tailor is running. Model: ${model}`);
  console.log(`Open this address in a browser:\n\n  ${url}\n`);
  console.log("Then select a brief in samples/workspace/briefs and run \"Tailor: Generate Product Description\" (F1). Ctrl+C stops the server.");
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await new Promise<void>((resolve) => server.process.once("exit", () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
