/**
 * node-llama-cpp measured directly in one process, with no worker and no IPC: the baseline that
 * shows what Tailor's own layers cost. Run as a child process (UV_THREADPOOL_SIZE only counts
 * when set before a process starts): node out/bench/directBench.js MODEL THREADS RUNS CHARS_PER_TOKEN
 * Prints one JSON line: { promptTokPerS, genTokPerS, firstTokenMs, loadMs }.
 */
import { generationTokens, promptOfTokens, promptTokens, shortPrompt } from "./prompts";
import { median } from "./stats";

async function main(): Promise<void> {
  const [modelPath, threadsText, runsText, charsPerTokenText] = process.argv.slice(2);
  const charsPerToken = Number(charsPerTokenText);
  const threads = Number(threadsText);
  const runs = Number(runsText ?? 2);
  const { getLlama, LlamaCompletion } = await import("node-llama-cpp");
  const llama = await getLlama({ gpu: false, build: "never" });
  const loadStarted = performance.now();
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: 2048, threads, sequences: 1 });
  const loadMs = performance.now() - loadStarted;
  const completion = new LlamaCompletion({ contextSequence: context.getSequence() });

  const promptRates: number[] = [];
  const firstTokens: number[] = [];
  for (let run = 0; run < runs; run++) {
    const prompt = promptOfTokens(1000 + run, promptTokens, charsPerToken);
    const tokens = model.tokenize(prompt).length;
    const started = performance.now();
    let firstTokenMs: number | undefined;
    await completion.generateCompletion(prompt, { maxTokens: 1, temperature: 0, onToken: () => (firstTokenMs ??= performance.now() - started) });
    firstTokens.push(firstTokenMs!);
    promptRates.push(tokens / (firstTokenMs! / 1000));
  }

  const genRates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const stamps: number[] = [];
    await completion.generateCompletion(`${run} ${shortPrompt}`, {
      maxTokens: generationTokens,
      temperature: 0,
      onToken: (chunk) => chunk.forEach(() => stamps.push(performance.now())),
    });
    genRates.push((stamps.length - 1) / ((stamps[stamps.length - 1] - stamps[0]) / 1000));
  }
  await model.dispose();
  await llama.dispose();
  console.log(JSON.stringify({ promptTokPerS: median(promptRates), genTokPerS: median(genRates), firstTokenMs: median(firstTokens), loadMs }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
